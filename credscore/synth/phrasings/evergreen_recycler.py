"""evergreen_recycler (fake, gaming): a hollow guru whose tool re-posts the same "evergreen"
texts on the same platform, week after week, for months: a library of a couple of dozen tips and
links, recycled in rotation. Few new words, no exchange, no figure.

Slots: ``bio``, ``evergreen`` (a tip or a link teaser; the account keeps a library of them),
``welcome_dm``, ``genuine_habit``.

p1 a "social media marketing" blogger; p2 a "TikTok for business" coach.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Blogueur marketing des réseaux sociaux 📱 Astuces chaque jour | Consultant",
                    "Social media marketer | Astuces, outils, tendances 📲",
                    "Le blog n°1 des astuces réseaux sociaux 🏆"],
            "evergreen": ["{tip_open} {tip}", "{tip}", "{tip} {link}", "{teaser} {link}",
                          "{tip_open} {tip} #socialmedia"],
            "tip_open": ["Astuce du jour 💡", "Rappel 📌", "À savoir :", "Conseil pro :"],
            "tip": ["publiez quand votre audience est en ligne, pas quand vous avez le temps.",
                    "une image attire plus l'œil qu'un texte seul.",
                    "les hashtags augmentent la portée de vos publications.",
                    "répondez aux commentaires pour booster l'algorithme.",
                    "la régularité compte plus que la quantité.",
                    "une bonne bio, c'est votre carte de visite.",
                    "les vidéos courtes génèrent plus d'engagement.",
                    "recyclez vos meilleurs contenus, personne ne les a tous vus."],
            "teaser": ["10 erreurs qui tuent votre engagement 😱", "Le guide ultime des hashtags 📖",
                       "Les meilleurs horaires pour publier en {year} ⏰", "7 outils gratuits pour vos réseaux 🛠️",
                       "Comment doubler vos abonnés (méthode simple) 📈"],
            "welcome_dm": ["Merci pour le follow ! Mes 50 astuces réseaux sociaux offertes ici : {link}"],
            "genuine_habit": ["{mention} bonne remarque, sur mon site les visites viennent surtout de Google, "
                              "pas des réseaux.", "Week-end à la mer, enfin."],
        },
        "en": {
            "bio": ["Social media marketing blogger 📱 Daily tips | Consultant",
                    "Social media marketer | Tips, tools, trends 📲", "The #1 blog for social media tips 🏆"],
            "evergreen": ["{tip_open} {tip}", "{tip}", "{tip} {link}", "{teaser} {link}",
                          "{tip_open} {tip} #socialmedia"],
            "tip_open": ["Tip of the day 💡", "Reminder 📌", "Did you know:", "Pro tip:"],
            "tip": ["post when your audience is online, not when you have time.",
                    "an image catches the eye better than text alone.", "hashtags increase your posts' reach.",
                    "reply to comments to boost the algorithm.", "consistency matters more than quantity.",
                    "a good bio is your business card.", "short videos drive more engagement.",
                    "recycle your best content, nobody saw it all."],
            "teaser": ["10 mistakes killing your engagement 😱", "The ultimate hashtag guide 📖",
                       "Best times to post in {year} ⏰", "7 free tools for your socials 🛠️",
                       "How to double your followers (simple method) 📈"],
            "welcome_dm": ["Thanks for the follow! My 50 free social media tips are here: {link}"],
            "genuine_habit": ["{mention} good point, visits to my site mostly come from Google, not social.",
                              "Weekend at the seaside, finally."],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Coach TikTok pour entreprises 🎬 Deviens viral sans danser",
                    "TikTok business | Vidéos courtes | Viralité garantie 🎥",
                    "Je rends les entreprises virales sur TikTok 🚀"],
            "evergreen": ["{hook} {advice}", "{advice} 🎬", "{hook} {advice} {link}", "{offer} {link}"],
            "hook": ["Tu veux percer sur TikTok ?", "Arrête de scroller 🛑", "Le hack TikTok que personne ne "
                     "connaît :", "Entrepreneurs, écoutez bien 👂"],
            "advice": ["les trois premières secondes décident de tout.",
                       "filme-toi, même si tu n'aimes pas ta voix.", "suis les tendances, mais à ta façon.",
                       "une vidéo par jour, et l'algorithme te récompensera.",
                       "le son tendance, c'est la moitié du succès.",
                       "montre les coulisses, ta communauté adore ça."],
            "offer": ["Ma formation TikTok Business est ouverte 🎬", "Le replay de ma masterclass virale 🔥",
                      "Télécharge ma liste de 100 idées de vidéos 💡"],
            "welcome_dm": ["Salut ! Merci pour le follow 🎬 Mes 100 idées de vidéos virales : {link}"],
            "genuine_habit": ["{mention} franchement, pour un plombier je ne suis pas sûr que TikTok soit le "
                              "bon canal.", "Mon chien a fait plus de vues que moi cette semaine 🐶"],
        },
        "en": {
            "bio": ["TikTok coach for businesses 🎬 Go viral without dancing",
                    "TikTok business | Short video | Virality guaranteed 🎥",
                    "I make businesses go viral on TikTok 🚀"],
            "evergreen": ["{hook} {advice}", "{advice} 🎬", "{hook} {advice} {link}", "{offer} {link}"],
            "hook": ["Want to break through on TikTok?", "Stop scrolling 🛑", "The TikTok hack nobody knows:",
                     "Founders, listen up 👂"],
            "advice": ["the first three seconds decide everything.", "film yourself, even if you hate your voice.",
                       "follow trends, but your way.", "one video a day and the algorithm will reward you.",
                       "the trending sound is half the success.", "show behind the scenes, your community loves it."],
            "offer": ["My TikTok Business course is open 🎬", "Replay of my viral masterclass 🔥",
                      "Download my list of 100 video ideas 💡"],
            "welcome_dm": ["Hey! Thanks for the follow 🎬 My 100 viral video ideas: {link}"],
            "genuine_habit": ["{mention} honestly, for a plumber I'm not sure TikTok is the right channel.",
                              "My dog got more views than me this week 🐶"],
        },
    },
}
