"""mention_stuffer (fake, gaming): a hollow social-media guru who appends "cc @a @b" to broadcasts
so that they look addressed to people. The tagged handles come back again and again (big accounts
it wants noticed by), nobody is answered, and the rest is the usual checklist: engagement and
community talk, links, automatic DMs.

Slots: ``bio``, ``broadcast``, ``link_post``, ``cc`` (how the tags are appended; ``{cc}`` is the
list of handles), ``welcome_dm``, ``genuine_habit``.

p1 a "growth & engagement" coach; p2 a LinkedIn personal-branding "top voice".
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Coach croissance & engagement 🚀 J'aide les marques à devenir virales | DM ouverts",
                    "Expert engagement 📈 Je fais grandir les communautés | Formations en ligne",
                    "Growth coach 💥 Réseaux sociaux, viralité, influence"],
            "broadcast": ["{start} {point}", "{point} {emoji}", "{start} {point} #engagement",
                          "{point} #growth #socialmedia"],
            "start": ["Conseil du jour :", "Petit rappel :", "Ce que personne ne vous dit :", "Astuce engagement :",
                      "Écoutez bien :"],
            "point": ["publiez plus, engagez plus, grandissez plus.",
                      "l'algorithme adore les comptes qui créent de l'interaction.",
                      "votre audience est une mine d'or, encore faut-il la faire réagir.",
                      "sans engagement, pas de visibilité. Sans visibilité, pas de marque.",
                      "la viralité se prépare, elle ne s'improvise pas.",
                      "chaque like est une porte ouverte vers votre communauté.",
                      "les marques qui gagnent sont celles qui font parler d'elles."],
            "link_post": ["À lire absolument 👉 {link}", "Mon dernier article sur l'engagement : {link}", "{link}",
                          "La méthode complète ici {link} 🔥"],
            "cc": ["cc {cc}", "cc {cc}", "/cc {cc}", "{cc} 👀", "{cc} qu'en pensez-vous ?"],
            "welcome_dm": ["Merci pour le follow 🚀 Mon guide gratuit pour booster ton engagement : {link}",
                           "Hello ! Ravi de te compter dans la communauté 💥 Télécharge ma checklist virale : {link}"],
            "genuine_habit": ["{mention} oui, j'ai eu le même souci avec un client, on a fini par changer "
                              "d'outil d'emailing.", "Week-end en famille à {city}, on a fait le marché."],
        },
        "en": {
            "bio": ["Growth & engagement coach 🚀 I help brands go viral | DMs open",
                    "Engagement expert 📈 I grow communities | Online courses",
                    "Growth coach 💥 Social media, virality, influence"],
            "broadcast": ["{start} {point}", "{point} {emoji}", "{start} {point} #engagement",
                          "{point} #growth #socialmedia"],
            "start": ["Tip of the day:", "Quick reminder:", "What nobody tells you:", "Engagement hack:",
                      "Listen up:"],
            "point": ["post more, engage more, grow more.", "the algorithm loves accounts that spark interaction.",
                      "your audience is a gold mine, if you can get it to react.",
                      "no engagement, no visibility. No visibility, no brand.",
                      "virality is prepared, not improvised.", "every like is an open door to your community.",
                      "the brands that win are the ones people talk about."],
            "link_post": ["Must read 👉 {link}", "My latest post on engagement: {link}", "{link}",
                          "The full method is here {link} 🔥"],
            "cc": ["cc {cc}", "cc {cc}", "/cc {cc}", "{cc} 👀", "{cc} thoughts?"],
            "welcome_dm": ["Thanks for the follow 🚀 My free guide to boost your engagement: {link}",
                           "Hey! Glad to have you in the community 💥 Grab my viral checklist: {link}"],
            "genuine_habit": ["{mention} yes, I had the same issue with a client, we ended up switching email "
                              "tools.", "Family weekend in {city}, we went to the market."],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Top Voice LinkedIn | Personal branding | J'aide les dirigeants à devenir des marques",
                    "Stratège en marque personnelle ✨ Conférencière | Storytelling",
                    "Votre marque, c'est vous. Personal branding & influence B2B"],
            "broadcast": ["{idea}\n\n{push}", "{idea}", "{idea} {push}"],
            "idea": ["Votre profil est votre vitrine. Soignez-la chaque jour.",
                     "Les gens n'achètent pas un produit, ils achètent une personne.",
                     "Le personal branding n'est plus une option pour un dirigeant.",
                     "Votre histoire est votre meilleur argument. Racontez-la.",
                     "Être visible, c'est exister. Être invisible, c'est disparaître.",
                     "L'authenticité est la nouvelle monnaie de l'influence."],
            "push": ["D'accord ? 👇", "Partagez si vous êtes d'accord ♻️", "Commentez « OUI » 👇",
                     "Likez pour plus de contenus comme celui-ci."],
            "link_post": ["Mon nouveau carrousel : {link}", "Le replay de mon live est dispo {link}",
                          "Inscriptions à ma masterclass ✨ {link}"],
            "cc": ["{cc}", "cc {cc}", "Merci pour l'inspiration {cc}", "{cc} vous validez ?"],
            "welcome_dm": ["Merci pour la connexion ✨ Je vous offre mon guide du personal branding : {link}",
                           "Ravie de cette connexion ! Découvrez ma masterclass gratuite : {link}"],
            "genuine_habit": ["{mention} très juste, et ça dépend beaucoup du secteur, j'en ai fait "
                              "l'expérience dans l'industrie.", "Dimanche pluvieux, soupe et bouquin."],
        },
        "en": {
            "bio": ["LinkedIn Top Voice | Personal branding | I turn leaders into brands",
                    "Personal brand strategist ✨ Keynote speaker | Storytelling",
                    "Your brand is you. Personal branding & B2B influence"],
            "broadcast": ["{idea}\n\n{push}", "{idea}", "{idea} {push}"],
            "idea": ["Your profile is your shop window. Polish it every day.",
                     "People don't buy a product, they buy a person.",
                     "Personal branding is no longer optional for a leader.",
                     "Your story is your best argument. Tell it.",
                     "To be visible is to exist. To be invisible is to vanish.",
                     "Authenticity is the new currency of influence."],
            "push": ["Agree? 👇", "Repost if you agree ♻️", "Comment 'YES' 👇", "Like for more content like this."],
            "link_post": ["My new carousel: {link}", "The replay of my live is up {link}",
                          "Sign up for my masterclass ✨ {link}"],
            "cc": ["{cc}", "cc {cc}", "Thanks for the inspiration {cc}", "{cc} do you agree?"],
            "welcome_dm": ["Thanks for connecting ✨ Here's my free personal branding guide: {link}",
                           "Great to connect! Check out my free masterclass: {link}"],
            "genuine_habit": ["{mention} very true, and it depends a lot on the sector, I learned that in "
                              "manufacturing.", "Rainy Sunday, soup and a book."],
        },
    },
}
