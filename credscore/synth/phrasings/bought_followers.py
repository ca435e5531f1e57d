"""bought_followers (fake): a lifestyle account whose follower count was bought. Its posts read like many
influencers' (outfits, workouts, "collabs"), vaguer about what is shown; some sell "coaching to grow your
audience" in hollow terms (visibility, personal brand, mindset, never a figure that could be checked).

Slots: ``bio``, ``subject``, ``caption``, ``sponsored``, ``coaching`` (the audience-growth pitch), ``comment``
(what its few real followers write), ``answer``.

p1 fashion and city lifestyle; p2 fitness and "mindset".
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Mode • Lifestyle • Paris ✨ Collabs : DM", "Fashion addict 💋 Influenceuse | Ambassadrice",
                    "Créatrice de contenu ✨ Mode & voyages | Booking en DM"],
            "subject": ["le look du jour", "ma nouvelle paire de sneakers", "mon sac préféré", "la tenue de soirée",
                        "le brunch du dimanche", "ma routine du matin", "le rooftop de l'hôtel", "mon nouveau manteau"],
            "caption": ["{vibe} {subject} {sparkle}", "{subject} {mood} {sparkle}", "{mood_cap} {subject} {tags}",
                        "{vibe} {mood}", "{subject} 🤍 {tags}"],
            "vibe": ["Obsédée par", "Petit moment pour", "Nouvelle obsession :", "On parle de"],
            "mood": ["parce qu'on le mérite.", "et rien d'autre.", "mood de la semaine.", "pour briller toujours."],
            "mood_cap": ["Toujours plus haut avec", "Journée parfaite avec", "Main character energy avec"],
            "sparkle": ["✨", "🤍✨", "💫", "💋"],
            "tags": ["#ootd #mode #lifestyle", "#fashion #paris", "#inspiration #style"],
            "sponsored": ["#ad Merci {brand} pour {subject} 🤍 Code MOI20", "#sponsorisé {brand} x moi, {subject} "
                          "✨ Lien en bio", "En collab avec {brand} pour {subject} 💋 #partenariat"],
            "brand": ["@modeflash", "@glowcosmetics", "@luxebags", "@urbanshoes"],
            "coaching": ["Tu veux vivre de ton compte ? Mon coaching visibilité t'apprend à devenir une marque 💫",
                         "Places ouvertes pour mon programme influence : mindset, personal branding, communauté ✨",
                         "De 0 à des milliers d'abonnés : ma méthode en 4 semaines, lien en bio 🚀",
                         "Arrête de poster dans le vide. Ensemble on construit ton image de marque 💋"],
            "comment": ["Il vient d'où {subject} ?", "Trop jolie sur cette photo", "Tu portes quelle taille ?",
                        "C'est où ce rooftop ?", "J'adore la couleur", "Le code marche encore ?"],
            "answer": ["Merci ma belle 🤍", "Lien en bio ✨", "DM 💋", "Merci ❤️"],
        },
        "en": {
            "bio": ["Fashion • Lifestyle • London ✨ Collabs: DM", "Fashion addict 💋 Influencer | Ambassador",
                    "Content creator ✨ Style & travel | Bookings via DM"],
            "subject": ["today's look", "my new sneakers", "my fave bag", "the evening outfit", "Sunday brunch",
                        "my morning routine", "the hotel rooftop", "my new coat"],
            "caption": ["{vibe} {subject} {sparkle}", "{subject} {mood} {sparkle}", "{mood_cap} {subject} {tags}",
                        "{vibe} {mood}", "{subject} 🤍 {tags}"],
            "vibe": ["Obsessed with", "A little moment for", "New obsession:", "Let's talk about"],
            "mood": ["because we deserve it.", "and nothing else.", "mood of the week.", "to always shine."],
            "mood_cap": ["Always higher with", "Perfect day with", "Main character energy with"],
            "sparkle": ["✨", "🤍✨", "💫", "💋"],
            "tags": ["#ootd #fashion #lifestyle", "#style #london", "#inspo #look"],
            "sponsored": ["#ad Thank you {brand} for {subject} 🤍 Code ME20", "#sponsored {brand} x me, {subject} ✨ "
                          "Link in bio", "Collab with {brand} for {subject} 💋 #ad"],
            "brand": ["@modeflash", "@glowcosmetics", "@luxebags", "@urbanshoes"],
            "coaching": ["Want to live off your account? My visibility coaching teaches you to become a brand 💫",
                         "Spots open for my influence programme: mindset, personal branding, community ✨",
                         "From 0 to thousands of followers: my 4-week method, link in bio 🚀",
                         "Stop posting into the void. Together we build your brand image 💋"],
            "comment": ["Where's {subject} from?", "So pretty in this pic", "What size are you wearing?",
                        "Where's this rooftop?", "Love the colour", "Does the code still work?"],
            "answer": ["Thank you babe 🤍", "Link in bio ✨", "DM 💋", "Thanks ❤️"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Coach fitness 💪 Transforme ton corps ET ton mental | Programme en bio",
                    "Fitness • Mindset • Réussite 🔥", "Athlète & entrepreneur 💪 Ton meilleur toi commence ici"],
            "subject": ["la séance jambes", "le cardio du matin", "ma transformation", "le repas post-training",
                        "la séance abdos", "le mindset du lundi", "ma routine discipline", "le challenge 30 jours"],
            "caption": ["{push} {subject} 💪 {hashtag}", "{subject} : {mantra}", "{mantra_cap} {subject} 🔥",
                        "{push} {mantra}", "{subject} ✅ {hashtag}"],
            "push": ["Pas d'excuses :", "Discipline > motivation.", "Encore une fois :", "Aucun jour off :"],
            "mantra": ["ton seul rival, c'est toi d'hier.", "la régularité bat le talent.",
                       "le confort ne construit rien.", "deviens la meilleure version de toi."],
            "mantra_cap": ["Reste focus sur", "Tout commence par", "Mental d'acier pour"],
            "hashtag": ["#fitness #motivation", "#nopainnogain #mindset", "#coaching #transformation"],
            "sponsored": ["#ad {brand} alimente mes séances 💪 Code COACH15", "#sponsorisé Mon shaker {brand} pour "
                          "{subject} 🔥", "Partenaire {brand} pour {subject} ✅ #partenariat"],
            "brand": ["@prowheyfr", "@fitgearpro", "@boostdrink"],
            "coaching": ["Tu veux des milliers d'abonnés qui t'écoutent ? Mon programme Influence Fit t'y emmène 🚀",
                         "Coaching créateurs fitness : visibilité, personal brand, mindset de leader 💪",
                         "J'ouvre 5 places pour t'apprendre à exploser ton audience. Réponds GO en commentaire 🔥",
                         "Ton compte est ton business. Je t'apprends à devenir une autorité dans ta niche ✅"],
            "comment": ["Tu fais combien de séries pour {subject} ?", "Quel programme pour débuter ?",
                        "Tu manges quoi le soir ?", "Ça fait mal aux genoux ce mouvement non ?",
                        "Ton programme c'est combien ?", "Respect la motivation"],
            "answer": ["Programme en bio 💪", "DM moi 🔥", "Merci frérot 💪", "Tout est dans le coaching ✅"],
        },
        "en": {
            "bio": ["Fitness coach 💪 Transform your body AND your mind | Programme in bio",
                    "Fitness • Mindset • Success 🔥", "Athlete & entrepreneur 💪 Your best self starts here"],
            "subject": ["leg day", "morning cardio", "my transformation", "the post-workout meal", "ab day",
                        "Monday mindset", "my discipline routine", "the 30-day challenge"],
            "caption": ["{push} {subject} 💪 {hashtag}", "{subject}: {mantra}", "{mantra_cap} {subject} 🔥",
                        "{push} {mantra}", "{subject} ✅ {hashtag}"],
            "push": ["No excuses:", "Discipline > motivation.", "Once again:", "No days off:"],
            "mantra": ["your only rival is yesterday's you.", "consistency beats talent.", "comfort builds nothing.",
                       "become the best version of yourself."],
            "mantra_cap": ["Stay focused on", "It all starts with", "Mind of steel for"],
            "hashtag": ["#fitness #motivation", "#nopainnogain #mindset", "#coaching #transformation"],
            "sponsored": ["#ad {brand} fuels my sessions 💪 Code COACH15", "#sponsored My {brand} shaker for "
                          "{subject} 🔥", "Partnered with {brand} for {subject} ✅ #ad"],
            "brand": ["@prowheyuk", "@fitgearpro", "@boostdrink"],
            "coaching": ["Want thousands of followers who listen to you? My Influence Fit programme gets you there 🚀",
                         "Coaching for fitness creators: visibility, personal brand, leader mindset 💪",
                         "Opening 5 spots to teach you to explode your audience. Comment GO 🔥",
                         "Your account is your business. I teach you to become an authority in your niche ✅"],
            "comment": ["How many sets do you do for {subject}?", "Which programme for a beginner?",
                        "What do you eat in the evening?", "Doesn't that move hurt your knees?",
                        "How much is your programme?", "Respect the motivation"],
            "answer": ["Programme in bio 💪", "DM me 🔥", "Thanks bro 💪", "It's all in the coaching ✅"],
        },
    },
}
