"""link_curator: shares many links, each with a comment of their own (seed ``003_…`` — field notes,
tags and bookmarks of a practitioner; ``000_…`` — substantive comments versus link drops).

Slots: ``bio``, ``comment_link`` (own opinion + full ``{url}``), ``comment_short`` (a shorter
comment through a shortened ``{link}``), ``reply``, ``life``, ``dm_in``/``dm_reply``,
``fake_habit``.

p1 UX / product curator, p2 retail & economy watcher, p3 researcher on social media (talks
about community and engagement, critically and with sources).
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Designer produit. Je partage ce que je lis sur l'UX, l'accessibilité et les interfaces.",
                    "UX research à {city}. Mes lectures, annotées.", "Interfaces, formulaires, et gens qui les "
                    "remplissent. Liens commentés."],
            "comment_link": [
                "{verdict} {detail} {url}", "{detail} {verdict} {url}", "{url} — {detail}",
                "{verdict} {url} ({detail})",
            ],
            "verdict": ["Très bon article.", "Lecture utile.", "Je ne suis pas d'accord avec tout, mais", "À garder.",
                        "Enfin quelqu'un qui le dit.", "Un peu long,"],
            "detail": [
                "la partie sur les messages d'erreur des formulaires devrait être lue par toutes les équipes.",
                "les tests avec des lecteurs d'écran montrent à quel point nos menus sont mal pensés.",
                "l'auteur mesure l'effet du mode sombre sur la lecture, avec un vrai protocole.",
                "bonne explication de pourquoi les carrousels sur une page d'accueil ne servent presque à rien.",
                "comparatif honnête de trois outils de prototypage, avec leurs défauts.",
                "l'étude porte sur {big} utilisateurs, ce qui change des tests à cinq personnes.",
                "la section sur le contraste des couleurs est ce que j'aurais voulu lire il y a dix ans.",
            ],
            "comment_short": ["Le passage sur les champs obligatoires 👌 {link}", "Court et juste : {link}",
                              "Pour les équipes qui refont leur tunnel d'inscription : {link}"],
            "reply": [
                "{mention} le papier cite un échantillon de quarante personnes, je prendrais la conclusion avec des "
                "pincettes.",
                "{mention} pour les lecteurs d'écran, le plus simple reste de tester soi-même avec NVDA une "
                "après-midi.",
                "{mention} la traduction française de ce livre est sortie l'an dernier, chez un petit éditeur "
                "lyonnais.",
                "{mention} on a testé les deux libellés : « Continuer » a fait moins d'abandons que « Suivant », "
                "mais l'écart était faible.",
                "{mention} je crois que la source originale est un papier de 2019, je te retrouve le lien.",
                "{mention} oui, et les tests avec de vrais utilisateurs âgés changent complètement les "
                "priorités.",
            ],
            "life": ["Jardin partagé ce matin, les tomates résistent.", "Train annulé, j'en profite pour lire.",
                     "Mon chat a décidé que le clavier était son lit."],
            "dm_in": ["Salut, tu as la référence de l'étude dont tu parlais ?",
                      "Bonjour, tu accepterais d'intervenir à notre meetup ?"],
            "dm_reply": ["Salut {first}, c'est celle-ci, la méthode est page 4 : {url}",
                         "Bonjour {first}, avec plaisir, en semaine de préférence. Tu as une date ?"],
            "fake_habit": ["{link}", "{link} #UX #design"],
        },
        "en": {
            "bio": ["Product designer. Sharing what I read on UX, accessibility and interfaces.",
                    "UX research in {city}. My reading, annotated.",
                    "Interfaces, forms, and the people who fill them in. Links with notes."],
            "comment_link": [
                "{verdict} {detail} {url}", "{detail} {verdict} {url}", "{url} — {detail}",
                "{verdict} {url} ({detail})",
            ],
            "verdict": ["Great piece.", "Useful read.", "Don't agree with all of it, but", "Bookmarking this.",
                        "Finally someone says it.", "A bit long, but"],
            "detail": [
                "the part about form error messages should be read by every team.",
                "the screen-reader tests show how badly thought-out our menus are.",
                "the author measures the effect of dark mode on reading, with a real protocol.",
                "good explanation of why homepage carousels do almost nothing.",
                "honest comparison of three prototyping tools, flaws included.",
                "the study covers {big} users, which beats five-person tests.",
                "the section on colour contrast is what I wish I'd read ten years ago.",
            ],
            "comment_short": ["The bit on required fields 👌 {link}", "Short and right: {link}",
                              "For teams rebuilding their sign-up flow: {link}"],
            "reply": [
                "{mention} the paper cites a sample of forty people, I'd take the conclusion with a pinch of salt.",
                "{mention} for screen readers, the easiest thing is still to try NVDA yourself for an afternoon.",
                "{mention} there's a second edition of that book with a whole new chapter on forms.",
                "{mention} we tested both labels: 'Continue' had fewer drop-offs than 'Next', but the gap was "
                "small.",
                "{mention} I think the original source is a 2019 paper, let me find you the link.",
                "{mention} yes, and testing with actual older users changes the priorities completely.",
            ],
            "life": ["Community garden this morning, the tomatoes are hanging on.",
                     "Train cancelled, catching up on reading.", "My cat has decided the keyboard is a bed."],
            "dm_in": ["Hi, do you have the reference for the study you mentioned?",
                      "Hello, would you speak at our meetup?"],
            "dm_reply": ["Hi {first}, this one, the method is on page 4: {url}",
                         "Hello {first}, happy to, weekdays preferably. Do you have a date?"],
            "fake_habit": ["{link}", "{link} #UX #design"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Économie du commerce et de la distribution. Revue de presse commentée, pas de pub.",
                    "Dix ans aux achats en grande distribution. Je lis la presse éco pour vous (et pour moi).",
                    "Commerce, prix, consommation. {city}."],
            "comment_link": [
                "{angle} {url}", "{url} {angle}", "{angle} Source : {url}", "Chiffre clé de l'article : {fact} {url}",
            ],
            "angle": [
                "Les marges des distributeurs expliquées sans caricature, ça change.",
                "Ce que l'article ne dit pas : les fournisseurs paient une bonne partie des promotions.",
                "Bonne enquête sur les drives, et sur ce qu'ils coûtent vraiment aux enseignes.",
                "Le point intéressant est la différence entre inflation affichée et inflation ressentie.",
                "À lire avec prudence : l'étude est financée par une fédération du secteur.",
                "Les petits commerces de centre-ville résistent mieux que prévu, surtout l'alimentaire.",
            ],
            "fact": ["{pct} des ventes passent désormais par les promotions.",
                     "le panier moyen recule de {pct} en volume.", "{big} magasins ont fermé en un an."],
            "comment_short": ["Le graphique page 2 résume tout {link}", "Bon résumé des négociations annuelles {link}"],
            "reply": [
                "{mention} attention, ce chiffre est en valeur, pas en volume : avec l'inflation, ça ne dit pas "
                "la même chose.",
                "{mention} c'est vrai pour les hypermarchés, beaucoup moins pour la proximité.",
                "{mention} la source est l'Insee, mais l'article arrondit beaucoup.",
            ],
            "life": ["Marché du samedi : les prix des fruits ont vraiment grimpé.", "Randonnée dans le Jura, "
                     "pas de réseau, parfait.", "Repas de famille, on a évidemment parlé des prix."],
            "dm_in": ["Bonjour, je suis journaliste, je peux vous citer ?", "Salut, tu as le lien du rapport ?"],
            "dm_reply": ["Bonjour {first}, oui, avec mon nom et mon ancien poste, merci.",
                         "Salut {first}, le voilà : {url}"],
            "fake_habit": ["{link}", "À lire {link} #retail"],
        },
        "en": {
            "bio": ["Retail economics. Annotated press review, no ads.",
                    "Former supermarket buyer. I read the business press for you (and for me).",
                    "Retail, prices, consumers. {city}."],
            "comment_link": [
                "{angle} {url}", "{url} {angle}", "{angle} Source: {url}", "Key number from the piece: {fact} {url}",
            ],
            "angle": [
                "Retailer margins explained without the usual caricature, for once.",
                "What the piece leaves out: suppliers fund a big share of promotions.",
                "Good investigation into click-and-collect, and what it really costs chains.",
                "The interesting bit is the gap between measured and perceived inflation.",
                "Read with care: the study is funded by an industry body.",
                "High-street shops are holding up better than expected, especially food.",
            ],
            "fact": ["{pct} of sales now go through promotions.", "average basket down {pct} in volume.",
                     "{big} stores closed in a year."],
            "comment_short": ["The chart on page 2 says it all {link}",
                              "Good summary of the annual negotiations {link}"],
            "reply": [
                "{mention} careful, that figure is in value, not volume: with inflation it means something else.",
                "{mention} true for hypermarkets, much less for convenience stores.",
                "{mention} the source is the ONS, but the article rounds a lot.",
            ],
            "life": ["Saturday market: fruit prices have really gone up.", "Hiking in the Peak District, no "
                     "signal, perfect.", "Family lunch, of course we talked about prices."],
            "dm_in": ["Hello, I'm a journalist, may I quote you?", "Hi, do you have the link to the report?"],
            "dm_reply": ["Hello {first}, yes, with my name and former role, thanks.", "Hi {first}, here it is: {url}"],
            "fake_habit": ["{link}", "Worth a read {link} #retail"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["Recherche en sciences de l'information. Réseaux sociaux, désinformation, méthodes.",
                    "Je lis des études sur les médias sociaux pour que vous n'ayez pas à le faire. Sources toujours.",
                    "Thèse en cours à {city}. Plateformes, communautés en ligne, données."],
            "comment_link": [
                "{finding} {url}", "{url} — {finding}", "{finding} Limite : {caveat} {url}",
                "Nouvelle étude : {finding} {caveat} {url}",
            ],
            "finding": [
                "les taux d'engagement publics sont gonflés par une minorité de comptes très actifs.",
                "l'étude compare {big} pages de marques et ne trouve aucun lien entre nombre de fans et ventes.",
                "la modération par des bénévoles tient mieux dans les petites communautés que dans les grandes.",
                "les comptes qui publient à intervalles parfaitement réguliers sont presque toujours automatisés.",
                "les DM automatiques de bienvenue font baisser le taux de réponse, pas l'inverse.",
                "le même contenu publié à l'identique sur trois plateformes performe moins bien partout.",
            ],
            "caveat": ["échantillon uniquement anglophone.", "données de 2019, avant le changement d'algorithme.",
                       "corrélation, pas causalité.", "pas encore relu par les pairs."],
            "comment_short": ["Le fil de l'autrice résume bien la méthode {link}", "Jeu de données ouvert ici {link}"],
            "reply": [
                "{mention} je me méfie de ce chiffre : il ne dit pas comment les comptes inactifs sont comptés.",
                "{mention} on a observé la même chose sur notre corpus, mais seulement en français.",
                "{mention} oui, l'engagement mesure l'attention, pas la confiance. Ce n'est pas pareil.",
            ],
            "life": ["Soutenance d'une collègue ce matin, bravo à elle.", "Je relis des épreuves en terrasse, "
                     "il y a pire.", "Week-end déconnecté, promis."],
            "dm_in": ["Bonjour, vous partageriez votre grille de codage ?", "Salut, tu viens au colloque de juin ?"],
            "dm_reply": ["Bonjour {first}, oui, je la dépose sur le dépôt du projet cette semaine.",
                         "Salut {first}, oui, je présente le jeudi après-midi."],
            "fake_habit": ["{link}", "Engagement, communauté, viralité : tout se joue maintenant 🔥"],
        },
        "en": {
            "bio": ["Information science researcher. Social media, misinformation, methods.",
                    "I read social media studies so you don't have to. Always with sources.",
                    "PhD student in {city}. Platforms, online communities, data."],
            "comment_link": [
                "{finding} {url}", "{url} — {finding}", "{finding} Caveat: {caveat} {url}",
                "New study: {finding} {caveat} {url}",
            ],
            "finding": [
                "public engagement rates are inflated by a small minority of very active accounts.",
                "the study compares {big} brand pages and finds no link between fan counts and sales.",
                "volunteer moderation holds up better in small communities than in large ones.",
                "accounts posting at perfectly regular intervals are almost always automated.",
                "automated welcome DMs lower reply rates, not the other way round.",
                "the same content posted identically on three platforms does worse everywhere.",
            ],
            "caveat": ["English-only sample.", "2019 data, before the algorithm change.",
                       "correlation, not causation.", "not peer reviewed yet."],
            "comment_short": ["The author's thread sums up the method well {link}", "Open dataset here {link}"],
            "reply": [
                "{mention} I'm wary of that figure: it doesn't say how inactive accounts are counted.",
                "{mention} we saw the same thing in our corpus, but only in French.",
                "{mention} yes, engagement measures attention, not trust. Not the same thing.",
            ],
            "life": ["A colleague's viva this morning, congrats to her.", "Proofreading on a café terrace, "
                     "could be worse.", "Offline weekend, promise."],
            "dm_in": ["Hello, would you share your coding scheme?", "Hi, coming to the June conference?"],
            "dm_reply": ["Hello {first}, yes, I'll put it in the project repository this week.",
                         "Hi {first}, yes, I'm presenting on Thursday afternoon."],
            "fake_habit": ["{link}", "Engagement, community, virality: it all happens now 🔥"],
        },
    },
}

# How this person starts and ends a post now and then (see Draft.write(fresh=True)).
_FRAMES = {
    ("p1", "fr"): (
        ["Lu ce matin :", "Dans mes lectures :", "Pour l'équipe produit :"],
        ["(via un collègue)", "Merci à qui me l'a envoyé.", "Lecture : 10 min."],
    ),
    ("p1", "en"): (
        ["Read this morning:", "From my reading list:", "For product teams:"],
        ["(via a colleague)", "Thanks to whoever sent it.", "10 min read."],
    ),
    ("p2", "fr"): (
        ["Revue de presse :", "Lu dans la presse éco :", "À noter :"],
        ["Avis bienvenus.", "Merci à la rédaction pour les chiffres.", "(article payant, désolé)"],
    ),
    ("p2", "en"): (
        ["Press review:", "From the business pages:", "Worth noting:"],
        ["Views welcome.", "Thanks to the newsroom for the numbers.", "(paywalled, sorry)"],
    ),
    ("p3", "fr"): (
        ["Pour les curieux :", "Lecture du jour :", "Un papier à lire :"],
        ["Preprint, à confirmer.", "Merci aux auteurs d'avoir publié les données.", "Fil complet en réponse."],
    ),
    ("p3", "en"): (
        ["For the curious:", "Today's paper:", "A paper worth reading:"],
        ["Preprint, to be confirmed.", "Kudos to the authors for sharing the data.", "Full thread below."],
    ),
}
for (_set, _lang), (_opener, _closer) in _FRAMES.items():
    SETS[_set][_lang].update(opener=_opener, closer=_closer)
