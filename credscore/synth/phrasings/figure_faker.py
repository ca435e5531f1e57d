"""figure_faker (fake, gaming): a hollow guru who has learnt that figures sound credible. One or
two invented, boilerplate figure lines ("+300 % d'engagement en 30 jours") come back again and
again, never a business measure with its context; and a stream of "merci !" replies makes the
account look conversational.

Slots: ``bio``, ``broadcast``, ``figure`` (a boilerplate claim; one or two are chosen per
account and repeated), ``thanks`` (the short reply), ``link_post``, ``welcome_dm``,
``genuine_habit``.

p1 a "viral content" agency founder; p2 a "community-led growth" consultant.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Fondateur d'agence 🚀 Contenus viraux pour marques ambitieuses | Résultats garantis",
                    "CEO agence social media | Viralité & engagement | +100 marques accompagnées",
                    "Je rends les marques virales 🔥 Agence & formations"],
            "broadcast": ["{claim}", "{claim} {emoji}", "{claim} #viral #marketing"],
            "claim": ["Le contenu viral n'est pas de la chance, c'est une méthode.",
                      "Les marques qui osent sont celles dont on parle.",
                      "Votre audience s'ennuie. Surprenez-la.", "La visibilité se construit post après post.",
                      "Un bon hook vaut mille publicités.", "Le buzz, ça se provoque."],
            "figure": ["+300 % d'engagement en 30 jours pour nos clients 🚀",
                       "Nos clients gagnent en moyenne 10 000 abonnés par mois. Et vous ?",
                       "x5 sur la portée organique en 2 semaines avec notre méthode 🔥",
                       "97 % de nos clients voient leur visibilité exploser dès le premier mois."],
            "thanks": ["Merci !", "Merci 🙏", "Merci beaucoup !", "Merci à toi !", "Merci 🔥"],
            "link_post": ["Réservez votre audit offert 👉 {link}", "Notre méthode en vidéo : {link}", "{link}"],
            "welcome_dm": ["Merci pour le follow 🔥 Audit gratuit de vos réseaux en 1 clic : {link}"],
            "genuine_habit": ["Vacances à {city}, je coupe le téléphone quelques jours.",
                              "{mention} sur ce client, c'était surtout les avis Google qui ont fait la "
                              "différence, pas Instagram."],
        },
        "en": {
            "bio": ["Agency founder 🚀 Viral content for ambitious brands | Guaranteed results",
                    "CEO, social media agency | Virality & engagement | 100+ brands served",
                    "I make brands go viral 🔥 Agency & courses"],
            "broadcast": ["{claim}", "{claim} {emoji}", "{claim} #viral #marketing"],
            "claim": ["Viral content isn't luck, it's a method.", "Brands that dare are the ones people talk about.",
                      "Your audience is bored. Surprise it.", "Visibility is built one post at a time.",
                      "A good hook is worth a thousand ads.", "Buzz is something you make happen."],
            "figure": ["+300% engagement in 30 days for our clients 🚀",
                       "Our clients gain 10,000 followers a month on average. What about you?",
                       "5x organic reach in 2 weeks with our method 🔥",
                       "97% of our clients see their visibility explode in the first month."],
            "thanks": ["Thanks!", "Thank you 🙏", "Thanks so much!", "Thanks!!", "Thanks 🔥"],
            "link_post": ["Book your free audit 👉 {link}", "Our method on video: {link}", "{link}"],
            "welcome_dm": ["Thanks for the follow 🔥 Free audit of your socials in 1 click: {link}"],
            "genuine_habit": ["Holiday in {city}, phone off for a few days.",
                              "{mention} for that client it was mostly the Google reviews that made the difference, "
                              "not Instagram."],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Consultante community-led growth 🌱 Les communautés qui font grandir les marques",
                    "Community builder | Stratégie communautaire | Formatrice",
                    "Votre communauté est votre meilleur levier de croissance 💜"],
            "broadcast": ["{thought}", "{thought} 💜", "{thought} #communauté"],
            "thought": ["Une communauté engagée vaut mieux que mille publicités.",
                        "Le futur des marques est communautaire.",
                        "Créez un espace où vos membres se sentent chez eux.",
                        "La croissance par la communauté est la seule qui dure.",
                        "Vos membres sont vos meilleurs ambassadeurs.",
                        "Écouter sa communauté, c'est déjà la faire grandir."],
            "figure": ["Mes clientes multiplient par 4 leur taux d'engagement en 6 semaines 💜",
                       "92 % des membres d'une communauté achètent plus. Les chiffres parlent.",
                       "Une communauté active, c'est +250 % de fidélité client."],
            "thanks": ["Merci 💜", "Merci beaucoup", "Merci !!", "Merci à vous 🙏", "Merci pour ton retour !"],
            "link_post": ["Ma masterclass communauté : {link}", "Le podcast de la semaine 🎧 {link}", "{link}"],
            "welcome_dm": ["Bienvenue 💜 Rejoins ma communauté privée gratuite ici : {link}"],
            "genuine_habit": ["{mention} dans mon ancien poste on suivait surtout le taux de réachat, c'était "
                              "plus parlant.", "Journée au jardin avec ma mère."],
        },
        "en": {
            "bio": ["Community-led growth consultant 🌱 Communities that grow brands",
                    "Community builder | Community strategy | Trainer",
                    "Your community is your best growth lever 💜"],
            "broadcast": ["{thought}", "{thought} 💜", "{thought} #community"],
            "thought": ["An engaged community beats a thousand ads.", "The future of brands is community.",
                        "Build a space where your members feel at home.",
                        "Community-led growth is the only growth that lasts.",
                        "Your members are your best ambassadors.",
                        "Listening to your community is already growing it."],
            "figure": ["My clients 4x their engagement rate in 6 weeks 💜",
                       "92% of community members buy more. The numbers speak.",
                       "An active community means +250% customer loyalty."],
            "thanks": ["Thank you 💜", "Thanks a lot", "Thanks!!", "Thank you all 🙏", "Thanks for the feedback!"],
            "link_post": ["My community masterclass: {link}", "This week's podcast 🎧 {link}", "{link}"],
            "welcome_dm": ["Welcome 💜 Join my free private community here: {link}"],
            "genuine_habit": ["{mention} in my old job we mostly tracked repeat purchase rate, it said more.",
                              "Day in the garden with my mum."],
        },
    },
}
