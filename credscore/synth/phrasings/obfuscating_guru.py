"""obfuscating_guru (fake, gaming): the checklist guru who writes his buzzwords with look-alike
Cyrillic letters, invisible zero-width characters or 𝐦𝐚𝐭𝐡-𝐛𝐨𝐥𝐝 letters, so that word lists no
longer match while readers see the same words. The texts themselves are plain hollow talk.

Slots: ``bio``, ``title`` (a self-title, often set in bold letters), ``broadcast``, ``link_post``,
``buzz`` (the words the account disguises wherever they occur), ``welcome_dm``,
``genuine_habit``.

p1 a loud "viral marketing" guru; p2 an "influence & engagement" trainer.
"""

SETS = {
    "p1": {
        "fr": {
            "title": ["Gourou du marketing viral", "Ninja de l'engagement", "Expert en viralité"],
            "bio": ["{title} 🔥 Engagement • Communauté • Buzz", "{title} | Je fais exploser votre visibilité 🚀",
                    "{title} 💥 Viralité garantie"],
            "broadcast": ["{bang} {line}", "{line} 🔥", "{line} #viral #engagement", "{bang} {line} {link}"],
            "bang": ["🚨 ATTENTION", "💥 BOOM", "🔥 Vérité :", "⚡ Secret révélé :"],
            "line": ["l'engagement de votre communauté, c'est votre seul vrai capital.",
                     "le buzz n'attend pas, la viralité non plus.",
                     "sans communauté engagée, votre marque est invisible.",
                     "mon secret pour une viralité explosive ? L'engagement émotionnel.",
                     "plus de visibilité, plus d'engagement, plus de buzz.",
                     "votre communauté veut de l'émotion et du buzz, donnez-lui !"],
            "link_post": ["🔥 {link}", "Ma méthode virale 👉 {link}", "{link} #buzz"],
            "buzz": ["engagement", "communauté", "viralité", "buzz", "visibilité", "virale", "viral", "engagée"],
            "welcome_dm": ["Merci du follow 🔥 Ma méthode pour un engagement viral : {link}"],
            "genuine_habit": ["Soirée pizza avec les potes à {city}.",
                              "{mention} pour être honnête je n'ai pas de chiffre de ventes sur ce client."],
        },
        "en": {
            "title": ["Viral Marketing Guru", "Engagement Ninja", "Virality Expert"],
            "bio": ["{title} 🔥 Engagement • Community • Buzz", "{title} | I make your visibility explode 🚀",
                    "{title} 💥 Virality guaranteed"],
            "broadcast": ["{bang} {line}", "{line} 🔥", "{line} #viral #engagement", "{bang} {line} {link}"],
            "bang": ["🚨 ALERT", "💥 BOOM", "🔥 Truth:", "⚡ Secret revealed:"],
            "line": ["your community's engagement is your only real capital.",
                     "buzz won't wait, and neither will virality.",
                     "without an engaged community your brand is invisible.",
                     "my secret for explosive virality? Emotional engagement.",
                     "more visibility, more engagement, more buzz.",
                     "your community wants emotion and buzz, give it to them!"],
            "link_post": ["🔥 {link}", "My viral method 👉 {link}", "{link} #buzz"],
            "buzz": ["engagement", "community", "virality", "buzz", "visibility", "viral", "engaged"],
            "welcome_dm": ["Thanks for the follow 🔥 My method for viral engagement: {link}"],
            "genuine_habit": ["Pizza night with friends in {city}.",
                              "{mention} to be honest I have no sales figures for that client."],
        },
    },
    "p2": {
        "fr": {
            "title": ["Formatrice en influence", "Experte storytelling", "Coach en personal branding"],
            "bio": ["{title} ✨ J'accompagne les marques vers l'influence", "{title} | Storytelling & influence",
                    "{title} 🌟 Communauté, authenticité, impact"],
            "broadcast": ["{soft} {idea}", "{idea} ✨", "{idea} #influence"],
            "soft": ["✨ Petite pensée :", "🌟 Pour vous aujourd'hui :", "💫 Inspiration :"],
            "idea": ["l'influence naît de l'authenticité, jamais de la publicité.",
                     "votre storytelling est le cœur de votre personal branding.",
                     "une communauté fidèle se construit avec de l'impact et de l'émotion.",
                     "l'algorithme récompense l'authenticité et l'interaction.",
                     "votre influence grandit à chaque story partagée."],
            "link_post": ["✨ Ma formation influence : {link}", "Le live d'hier 🌟 {link}"],
            "buzz": ["influence", "storytelling", "authenticité", "communauté", "impact", "algorithme",
                     "branding", "interaction"],
            "welcome_dm": ["Bienvenue ✨ Mon guide influence & storytelling est pour toi : {link}"],
            "genuine_habit": ["Séance de yoga ce matin, ça fait du bien.",
                              "{mention} bonne question, je n'ai jamais mesuré l'effet sur les ventes."],
        },
        "en": {
            "title": ["Influence trainer", "Storytelling expert", "Personal branding coach"],
            "bio": ["{title} ✨ Guiding brands to influence", "{title} | Storytelling & influence",
                    "{title} 🌟 Community, authenticity, impact"],
            "broadcast": ["{soft} {idea}", "{idea} ✨", "{idea} #influence"],
            "soft": ["✨ A little thought:", "🌟 For you today:", "💫 Inspiration:"],
            "idea": ["influence comes from authenticity, never from advertising.",
                     "your storytelling is the heart of your personal branding.",
                     "a loyal community is built on impact and emotion.",
                     "the algorithm rewards authenticity and interaction.",
                     "your influence grows with every story you share."],
            "link_post": ["✨ My influence course: {link}", "Yesterday's live 🌟 {link}"],
            "buzz": ["influence", "storytelling", "authenticity", "community", "impact", "algorithm", "branding",
                     "interaction"],
            "welcome_dm": ["Welcome ✨ My influence & storytelling guide is for you: {link}"],
            "genuine_habit": ["Yoga this morning, feels good.",
                              "{mention} good question, I've never measured the effect on sales."],
        },
    },
}
