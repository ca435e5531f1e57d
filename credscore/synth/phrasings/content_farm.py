"""content_farm: automated accounts that fill every platform with links, on a timer.

Slots: ``name`` (display name), ``bio``, ``headline`` (a headline with a link), ``repost``
(someone else's words the farm re-shares; the behaviour prefixes ``RT @source:`` on some).

p1 listicles ("7 astuces pour…"), p2 news aggregator ("[ACTU] …"), p3 tip-and-quote bot.
"""

SETS = {
    "p1": {
        "fr": {
            "name": ["Astuces Marketing", "Le Coin du Web", "Top Conseils Pro", "Marketing Facile"],
            "bio": ["Les meilleures astuces marketing, chaque jour. Abonnez-vous !",
                    "Conseils, outils et listes pour réussir sur le web.",
                    "{num} astuces par jour pour booster votre business en ligne."],
            "headline": [
                "{n} astuces pour {goal} {link}", "{n} erreurs qui {harm} {link}",
                "Les {n} outils indispensables pour {goal} {link}", "{n} façons de {goal} (la {n}e va vous "
                "surprendre) {link}", "Comment {goal} en {n} étapes {link} {ftag}",
            ],
            "n": ["5", "7", "9", "10", "12", "15", "21"],
            "goal": ["doubler votre audience", "écrire des titres irrésistibles", "réussir sur Pinterest",
                     "gagner du temps sur les réseaux", "trouver des clients en ligne", "booster votre blog",
                     "rédiger une newsletter", "choisir vos hashtags", "lancer votre podcast"],
            "harm": ["tuent votre blog", "font fuir vos abonnés", "ruinent votre page Facebook",
                     "plombent votre référencement", "sabotent vos ventes"],
            "ftag": ["#astuces", "#marketing", "#web", "#conseils", "#outils"],
            "repost": ["{n} astuces pour {goal}", "Guide complet : {goal}", "Pourquoi vous devez {goal} {link}",
                       "Tuto : {goal} en moins d'une heure"],
        },
        "en": {
            "name": ["Marketing Hacks Daily", "The Web Corner", "Top Pro Tips", "Marketing Made Easy"],
            "bio": ["The best marketing tips, every day. Follow us!",
                    "Tips, tools and lists to win online.",
                    "{num} tips a day to boost your online business."],
            "headline": [
                "{n} tips to {goal} {link}", "{n} mistakes that {harm} {link}",
                "The {n} must-have tools to {goal} {link}", "{n} ways to {goal} (number {n} will surprise you) "
                "{link}", "How to {goal} in {n} steps {link} {ftag}",
            ],
            "n": ["5", "7", "9", "10", "12", "15", "21"],
            "goal": ["double your audience", "write irresistible headlines", "win on Pinterest",
                     "save time on social", "find clients online", "boost your blog", "write a newsletter",
                     "pick your hashtags", "launch your podcast"],
            "harm": ["kill your blog", "drive your followers away", "ruin your Facebook page",
                     "sink your SEO", "sabotage your sales"],
            "ftag": ["#tips", "#marketing", "#web", "#advice", "#tools"],
            "repost": ["{n} tips to {goal}", "Complete guide: how to {goal}", "Why you need to {goal} {link}",
                       "Tutorial: {goal} in under an hour"],
        },
    },
    "p2": {
        "fr": {
            "name": ["Actu Digitale 24/7", "Le Fil Tech", "Veille Numérique", "Info Business Express"],
            "bio": ["Toute l'actualité du numérique en temps réel.", "Le fil d'info tech & business, 24h/24.",
                    "Veille automatisée : startups, réseaux, e-commerce."],
            "headline": [
                "[ACTU] {subject} {event} {url}", "{subject} : {event} {link}", "⚡ {subject} {event} {link}",
                "[{rubric}] {subject} {event} {url}", "Flash | {subject} {event} {link}",
            ],
            "subject": ["Facebook", "Twitter", "LinkedIn", "Google", "Une startup lyonnaise", "Amazon",
                        "Le e-commerce français", "Instagram", "Un géant de la tech", "La French Tech"],
            "event": ["lance une nouvelle fonctionnalité", "change encore son algorithme",
                      "lève des fonds", "rachète un concurrent", "teste un abonnement payant",
                      "dévoile ses chiffres trimestriels", "annonce des licenciements", "mise sur la vidéo"],
            "rubric": ["TECH", "BUSINESS", "SOCIAL", "STARTUP", "MOBILE"],
            "repost": ["{subject} {event}", "Selon nos confrères, {subject} {event} {url}",
                       "Info : {subject} {event}"],
        },
        "en": {
            "name": ["Digital News 24/7", "The Tech Wire", "Web Watch", "Business Flash"],
            "bio": ["All the digital news, in real time.", "Tech & business newswire, 24/7.",
                    "Automated watch: startups, social, e-commerce."],
            "headline": [
                "[NEWS] {subject} {event} {url}", "{subject}: {event} {link}", "⚡ {subject} {event} {link}",
                "[{rubric}] {subject} {event} {url}", "Flash | {subject} {event} {link}",
            ],
            "subject": ["Facebook", "Twitter", "LinkedIn", "Google", "A Berlin startup", "Amazon",
                        "UK e-commerce", "Instagram", "A tech giant", "Silicon Valley"],
            "event": ["launches a new feature", "changes its algorithm again", "raises a new round",
                      "buys a competitor", "tests a paid subscription", "reveals quarterly numbers",
                      "announces layoffs", "bets on video"],
            "rubric": ["TECH", "BUSINESS", "SOCIAL", "STARTUP", "MOBILE"],
            "repost": ["{subject} {event}", "Via our friends: {subject} {event} {url}", "Report: {subject} {event}"],
        },
    },
    "p3": {
        "fr": {
            "name": ["Citations & Réussite", "Pensée Entrepreneur", "Le Conseil du Jour", "Motivation Business"],
            "bio": ["Une citation, un conseil, chaque heure.", "Inspiration quotidienne pour entrepreneurs.",
                    "Conseils automatiques pour réussir. Partagez !"],
            "headline": [
                "Conseil n°{num} : {maxim} {link}", "« {maxim} » {link} {qtag}", "{maxim} ➜ {link}",
                "💡 {maxim} {link}", "Pensée du jour : {maxim} {qtag} {link}",
            ],
            "maxim": ["la patience est la clé du succès", "osez demander", "un client satisfait en amène dix",
                      "la réussite commence par une décision", "travaillez plus intelligemment, pas plus dur",
                      "chaque échec est une leçon", "visez la lune", "le temps, c'est de l'argent",
                      "entourez-vous des meilleurs"],
            "qtag": ["#citation", "#motivation", "#réussite", "#entrepreneur", "#inspiration"],
            "repost": ["« {maxim} »", "{maxim} {qtag}", "Rappel : {maxim}"],
        },
        "en": {
            "name": ["Quotes & Success", "Founder Thoughts", "Tip of the Hour", "Business Motivation"],
            "bio": ["One quote, one tip, every hour.", "Daily inspiration for founders.",
                    "Automatic tips for success. Share!"],
            "headline": [
                "Tip #{num}: {maxim} {link}", "\"{maxim}\" {link} {qtag}", "{maxim} ➜ {link}",
                "💡 {maxim} {link}", "Thought of the day: {maxim} {qtag} {link}",
            ],
            "maxim": ["patience is the key to success", "dare to ask", "one happy customer brings ten more",
                      "success starts with a decision", "work smarter, not harder", "every failure is a lesson",
                      "shoot for the moon", "time is money", "surround yourself with the best"],
            "qtag": ["#quote", "#motivation", "#success", "#entrepreneur", "#inspiration"],
            "repost": ["\"{maxim}\"", "{maxim} {qtag}", "Reminder: {maxim}"],
        },
    },
}
