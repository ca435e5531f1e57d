"""casual_user: an ordinary person with a short history and everyday topics.

Slots: ``bio`` (may be empty), ``everyday``, ``reply`` (to friends), ``link_share`` (rare),
``dm`` / ``dm_in`` (chat with friends).

p1 student, p2 parent, p3 retired sports fan.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["", "fac à {city} • café • séries", "L3 socio. Je râle surtout sur les bus.", "🎧📚"],
            "everyday": [
                "partiel demain 8h et j'ai pas ouvert le cours 🙃", "le bus 12 encore en retard, quelle surprise",
                "qui a des bons plans resto pas cher à {city} ?", "fini la saison 2 en une nuit, je regrette rien",
                "coloc a fait des crêpes, meilleure soirée de la semaine", "il fait 3 degrés dans l'amphi sérieux",
                "stage trouvé !!! je commence en {month}", "{day} = lessive, courses, dodo",
            ],
            "reply": ["{mention} mdr grave", "{mention} trop hâte de te voir ce week-end",
                      "{mention} non mais c'était prévisible 😂", "{mention} je te prête mes notes si tu veux"],
            "link_share": ["cette vidéo m'a tuée {url}", "regardez ça {url}"],
            "dm": ["t'es où ?", "on se retrouve à la BU à {hour} ?", "tu me rends mon chargeur demain stp"],
            "dm_in": ["t'as le cours de mardi ?", "ce soir chez Léa ?", "tu viens au match ?"],
        },
        "en": {
            "bio": ["", "uni student in {city} • coffee • TV", "2nd year sociology. Mostly complaining about buses.",
                    "🎧📚"],
            "everyday": [
                "exam tomorrow 9am and I haven't opened the notes 🙃", "the 12 bus late again, shocker",
                "anyone know cheap places to eat in {city}?", "finished season 2 in one night, no regrets",
                "flatmate made pancakes, best evening of the week", "it's freezing in the lecture hall, seriously",
                "got the internship!!! starting in {month}", "{day} = laundry, groceries, sleep",
            ],
            "reply": ["{mention} lol same", "{mention} can't wait to see you this weekend",
                      "{mention} honestly saw that coming 😂", "{mention} I can lend you my notes"],
            "link_share": ["this video killed me {url}", "look at this {url}"],
            "dm": ["where are you?", "library at {hour}?", "can you bring my charger back tomorrow pls"],
            "dm_in": ["do you have tuesday's notes?", "tonight at Leah's?", "coming to the game?"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["", "Deux loulous, un chat, {city}.", "Cuisine du dimanche, vélo le samedi.",
                    "Parent fatigué mais heureux"],
            "everyday": [
                "Réunion parents-profs ce soir, on croise les doigts.",
                "Gâteau d'anniversaire raté mais les enfants l'ont mangé quand même.",
                "Quelqu'un connaît un bon pédiatre à {city} qui prend de nouveaux patients ?",
                "Premier jour de crèche pour la petite. Ça s'est mieux passé pour elle que pour moi.",
                "Vacances chez les grands-parents, enfin deux jours de calme.",
                "La kermesse de l'école, c'est {day}. J'ai été désigné pour la buvette.",
                "Soupe maison ce soir, personne n'a râlé, c'est une victoire.",
            ],
            "reply": ["{mention} Ah les nôtres c'est pareil !", "{mention} Bon courage, ça passe vite cet âge-là",
                      "{mention} On y sera, à samedi !", "{mention} Merci pour l'adresse, on a testé, super."],
            "link_share": ["Recette testée et approuvée par les enfants : {url}", "Article intéressant sur le "
                           "sommeil des ados {url}"],
            "dm": ["Tu peux récupérer les enfants à {hour} ?", "On fait quoi pour l'anniversaire de maman ?"],
            "dm_in": ["T'as pensé au pain ?", "Les petits dorment chez nous samedi ?"],
        },
        "en": {
            "bio": ["", "Two kids, one cat, {city}.", "Sunday cook, Saturday cyclist.", "Tired but happy parent"],
            "everyday": [
                "Parents' evening tonight, fingers crossed.",
                "Birthday cake was a disaster but the kids ate it anyway.",
                "Anyone know a good GP in {city} taking new patients?",
                "First day at nursery for the little one. Went better for her than for me.",
                "Kids at the grandparents', two whole days of quiet.",
                "School fair is on {day}. I've been put in charge of the drinks stand.",
                "Homemade soup tonight and nobody complained, that's a win.",
            ],
            "reply": ["{mention} Ours are exactly the same!", "{mention} Hang in there, that age goes fast",
                      "{mention} We'll be there, see you Saturday!",
                      "{mention} Thanks for the tip, we tried it, great."],
            "link_share": ["Recipe tested and approved by the kids: {url}", "Interesting piece on teenage sleep {url}"],
            "dm": ["Can you pick up the kids at {hour}?", "What are we doing for mum's birthday?"],
            "dm_in": ["Did you remember the bread?", "Kids sleeping over at ours Saturday?"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["", "À la retraite. Abonné au stade depuis 1975.", "Jardin, pétanque et foot.",
                    "Quarante ans à la SNCF."],
            "everyday": [
                "Quel match hier soir ! On n'y croyait plus à la 80e.", "Les tomates sont enfin rouges. Pas trop tôt.",
                "Concours de pétanque ce {day}, on a fini troisièmes.",
                "L'arbitre a encore sifflé n'importe quoi. Je ne dirai rien de plus.",
                "Promenade au bord du lac avec le chien, il fait un temps superbe.",
                "Les petits-enfants arrivent demain, le congélateur est plein.",
                "Le club recrute des bénévoles pour la buvette, avis aux amateurs.",
            ],
            "reply": ["{mention} Tout à fait d'accord avec toi.", "{mention} On verra bien samedi.",
                      "{mention} Ça me rappelle la finale de 98 !", "{mention} Bravo au petit !"],
            "link_share": ["Le résumé du match {url}", "Article sur notre club dans le journal {url}"],
            "dm": ["Tu viens au stade dimanche ?", "J'ai des courgettes pour toi."],
            "dm_in": ["On part à quelle heure samedi ?", "Tu as vu le match ?"],
        },
        "en": {
            "bio": ["", "Retired. Season ticket since 1975.", "Garden, bowls and football.", "Former railwayman."],
            "everyday": [
                "What a game last night! Didn't think we'd do it after 80 minutes.",
                "Tomatoes finally red. About time.", "Bowls tournament this {day}, we came third.",
                "The ref was all over the place again. I'll say no more.",
                "Walk by the lake with the dog, glorious weather.",
                "Grandkids arrive tomorrow, the freezer is full.",
                "The club needs volunteers for the bar, if anyone fancies it.",
            ],
            "reply": ["{mention} Couldn't agree more.", "{mention} We'll see on Saturday.",
                      "{mention} Reminds me of the '98 final!", "{mention} Well done to the lad!"],
            "link_share": ["Match highlights {url}", "Piece about our club in the paper {url}"],
            "dm": ["Coming to the ground on Sunday?", "I've got courgettes for you."],
            "dm_in": ["What time are we leaving Saturday?", "Did you see the game?"],
        },
    },
}

# How this person starts and ends a post now and then (see Draft.write(fresh=True)).
_FRAMES = {
    ("p1", "fr"): (
        ["bon", "ptn", "sérieux"],
        ["mdr", "bref", "😭", "voilà voilà"],
    ),
    ("p1", "en"): (
        ["ok so", "ugh", "honestly"],
        ["lol", "anyway", "😭", "that's it that's the post"],
    ),
    ("p2", "fr"): (
        ["Bon,", "Bref,", "Ce soir,"],
        ["Vivement les vacances.", "La vie de parent !", "😅"],
    ),
    ("p2", "en"): (
        ["Well,", "Anyway,", "Tonight,"],
        ["Roll on the holidays.", "Parenting!", "😅"],
    ),
    ("p3", "fr"): (
        ["Eh bien,", "Ma foi,", "Aujourd'hui,"],
        ["Allez l'équipe !", "Bonne soirée à tous.", "On verra bien."],
    ),
    ("p3", "en"): (
        ["Well now,", "I must say,", "Today,"],
        ["Come on the lads!", "Evening all.", "We'll see."],
    ),
}
for (_set, _lang), (_opener, _closer) in _FRAMES.items():
    SETS[_set][_lang].update(opener=_opener, closer=_closer)
