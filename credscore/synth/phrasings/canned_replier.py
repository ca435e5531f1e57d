"""canned_replier (fake, gaming): a hollow guru who "takes part in conversations" by posting one
canned 10–15-word thank-you reply under many people's posts. The reply is chosen once per account
(a tool or a text expander pastes it); the broadcasts are the usual engagement and community talk.

Slots: ``bio``, ``broadcast``, ``link_post``, ``canned`` (the one reply, 10–15 words),
``welcome_dm``, ``genuine_habit``.

p1 a "social selling" trainer on LinkedIn; p2 an Instagram "influence" coach.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Formateur social selling 💼 Je transforme LinkedIn en machine à opportunités",
                    "Social selling | Influence B2B | Conférencier", "Expert LinkedIn & social selling 🚀"],
            "broadcast": ["{lead} {body}", "{body}", "{lead} {body} #socialselling"],
            "lead": ["Réflexion du matin :", "Vérité du jour :", "Une leçon que j'ai apprise :", "Mon mantra :"],
            "body": ["le réseau, c'est la richesse. Cultivez-le chaque jour.",
                     "LinkedIn n'est pas un CV, c'est une scène.",
                     "chaque commentaire est une graine de relation commerciale.",
                     "votre visibilité vaut plus que votre carte de visite.",
                     "les relations d'abord, les ventes viendront toutes seules.",
                     "publiez tous les jours, l'algorithme récompense la constance."],
            "link_post": ["Ma nouvelle formation est en ligne 👉 {link}", "Replay du webinaire : {link}",
                          "{link}"],
            "canned": ["Merci pour ce partage précieux, c'est exactement ce dont notre réseau a besoin !",
                       "Superbe publication, merci de partager ta vision avec toute la communauté 🙏",
                       "Tellement inspirant, merci ! Continuons à faire grandir ce beau réseau ensemble."],
            "welcome_dm": ["Merci pour la connexion 🤝 Voici mon guide du social selling offert : {link}"],
            "genuine_habit": ["{mention} pour ma part j'ai signé {num} contrats en un an via LinkedIn, sur "
                              "environ 300 conversations.", "Match de foot du petit ce matin, il a marqué !"],
        },
        "en": {
            "bio": ["Social selling trainer 💼 I turn LinkedIn into an opportunity machine",
                    "Social selling | B2B influence | Speaker", "LinkedIn & social selling expert 🚀"],
            "broadcast": ["{lead} {body}", "{body}", "{lead} {body} #socialselling"],
            "lead": ["Morning thought:", "Truth of the day:", "A lesson I learned:", "My mantra:"],
            "body": ["your network is your net worth. Grow it every day.", "LinkedIn isn't a CV, it's a stage.",
                     "every comment is the seed of a business relationship.",
                     "your visibility is worth more than your business card.",
                     "relationships first, sales will follow.", "post daily, the algorithm rewards consistency."],
            "link_post": ["My new course is live 👉 {link}", "Webinar replay: {link}", "{link}"],
            "canned": ["Thanks for sharing this valuable post, exactly what our network needs right now!",
                       "Great post, thank you for sharing your vision with the whole community 🙏",
                       "So inspiring, thank you! Let's keep growing this amazing network together."],
            "welcome_dm": ["Thanks for connecting 🤝 Here's my free social selling guide: {link}"],
            "genuine_habit": ["{mention} for me it was {num} contracts in a year through LinkedIn, out of about "
                              "300 conversations.", "My son's football match this morning, he scored!"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Coach Instagram 📸 De 0 à 100K abonnés | Ma méthode en story",
                    "J'aide les créatrices à percer sur Instagram ✨ Reels & influence",
                    "Influence • Reels • Communauté 💕"],
            "broadcast": ["{tip} {sparkle}", "{tip}", "✨ {tip}"],
            "tip": ["Les Reels sont ta meilleure arme pour exploser ta visibilité.",
                    "Ta communauté veut te voir, pas ton logo. Montre-toi !",
                    "Poste en story tous les jours, c'est non négociable.",
                    "Une esthétique cohérente, c'est la clé d'un feed qui attire.",
                    "L'engagement commence dans tes commentaires. Réponds, toujours.",
                    "Tu n'as pas besoin de plus de followers, tu as besoin de vrais fans."],
            "sparkle": ["💕", "✨✨", "📸", "💫 #instagram #reels"],
            "link_post": ["Mon atelier Reels offert : {link}", "Le lien de ma méthode est en bio ou ici {link}",
                          "{link} 💕"],
            "canned": ["Wow, j'adore ce contenu ! Merci de nous inspirer chaque jour, continue comme ça 💕",
                       "Trop beau ! Ta communauté a tellement de chance de te suivre, bravo ✨",
                       "Magnifique publication, tu donnes tellement de valeur à tes abonnés, merci 🙏"],
            "welcome_dm": ["Coucou ! Merci de me suivre 💕 Mon mini-guide Reels offert : {link}"],
            "genuine_habit": ["{mention} honnêtement j'ai arrêté les hashtags, je n'ai vu aucune différence.",
                              "Pause cette semaine, je déménage à {city} 📦"],
        },
        "en": {
            "bio": ["Instagram coach 📸 From 0 to 100K followers | My method in stories",
                    "I help creators break through on Instagram ✨ Reels & influence",
                    "Influence • Reels • Community 💕"],
            "broadcast": ["{tip} {sparkle}", "{tip}", "✨ {tip}"],
            "tip": ["Reels are your best weapon to explode your visibility.",
                    "Your community wants to see you, not your logo. Show up!",
                    "Post stories every day, it's non-negotiable.",
                    "A consistent aesthetic is the key to a feed that attracts.",
                    "Engagement starts in your comments. Always reply.",
                    "You don't need more followers, you need true fans."],
            "sparkle": ["💕", "✨✨", "📸", "💫 #instagram #reels"],
            "link_post": ["My free Reels workshop: {link}", "Link to my method in bio or here {link}",
                          "{link} 💕"],
            "canned": ["Wow, love this content! Thank you for inspiring us every day, keep going 💕",
                       "So beautiful! Your community is so lucky to follow you, well done ✨",
                       "Gorgeous post, you give so much value to your followers, thank you 🙏"],
            "welcome_dm": ["Hey! Thanks for the follow 💕 Here's my free Reels mini-guide: {link}"],
            "genuine_habit": ["{mention} honestly I stopped using hashtags, saw no difference at all.",
                              "Taking this week off, moving to {city} 📦"],
        },
    },
}
