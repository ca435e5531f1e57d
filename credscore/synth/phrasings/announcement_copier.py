"""announcement_copier (genuine, hard case): an engineer who pastes each announcement (a release,
a talk, a blog post, a job opening) on two networks, word for word, minutes or hours apart. The
rest of the feed lives on one network or the other: technical discussion, questions, opinions,
a bit of life.

Slots: ``bio``, ``announce`` (``{own}`` links to the person's blog or project page), ``path`` (the
site's sections), ``reply``,
``tech`` (a technical note or opinion), ``question``, ``life``, ``dm_in``/``dm_reply``.

p1 the maintainer of an open-source library; p2 a platform engineer at a logistics company.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Je maintiens {project}, une bibliothèque Python pour lire les fichiers géographiques. "
                    "Dév à {city}.", "Logiciel libre, SIG, Python. Mainteneur de {project}.",
                    "Développeur. {project} le jour, vélo le soir."],
            "project": ["geolire", "tuilier", "cartofile"],
            "path": ["blog", "blog", "releases", "talks"],
            "announce": ["{project} {version} est sortie : {change}. Notes de version : {own}",
                         "Nouvelle version de {project} ({version}) ! {change} Merci aux {num} contributeurs. {own}",
                         "J'ai écrit un billet sur {topic} : {own}",
                         "Je parlerai de {topic} au meetup Python de {city} le {dom} {month}. Détails : {own}",
                         "Appel à contributions : {project} cherche de l'aide pour {help}. Tickets étiquetés "
                         "« débutant » : {own}"],
            "version": ["2.4.0", "2.5.0", "3.0.0", "3.0.1", "3.1.0", "1.9.2"],
            "change": ["lecture des fichiers GeoPackage deux fois plus rapide",
                       "abandon de Python 3.8, et les types enfin complets",
                       "correction d'une fuite mémoire sur les gros fichiers",
                       "nouvelle option pour lire par morceaux"],
            "topic": ["les projections cartographiques expliquées sans mathématiques",
                      "comment on a divisé par trois le temps des tests", "ce que j'ai appris en cinq ans de "
                      "maintenance bénévole", "lire un fichier de 20 Go sans saturer la mémoire"],
            "help": ["la documentation en anglais", "le support de Windows", "les tests sur ARM"],
            "reply": ["{mention} c'est corrigé dans la branche principale, la version suivante arrive vendredi.",
                      "{mention} tu peux ouvrir un ticket avec le fichier ? Je n'arrive pas à reproduire.",
                      "{mention} bonne idée, mais ça casserait l'API. Peut-être pour la version 4.",
                      "{mention} le problème vient de la bibliothèque C en dessous, j'ai signalé le bug.",
                      "{mention} merci pour le correctif, fusionné !"],
            "tech": ["Rappel utile : une date sans fuseau horaire est un bug qui attend son heure.",
                     "Les tests qui passent en local et échouent en intégration continue, c'est presque toujours "
                     "l'ordre des fichiers.", "J'ai remplacé trois scripts shell par un Makefile de 20 lignes. "
                     "Aucun regret.", "Le profilage a montré que 80 % du temps partait dans la conversion des "
                     "coordonnées. Comme d'habitude, pas là où je pensais."],
            "question": ["Qui utilise encore le format Shapefile en production ? Je me demande s'il faut garder "
                         "le support.", "Des retours sur les outils de documentation en ce moment ?"],
            "life": ["Jardin ce week-end, pas d'ordinateur.", "Première sortie vélo de l'année, les jambes "
                     "s'en souviennent.", "Mon fils m'a demandé ce qu'est un « ticket ». Long débat."],
            "dm_in": ["Salut, ta bibliothèque plante sur mon fichier, je peux te l'envoyer ?",
                      "Bonjour, vous accepteriez une mission de conseil sur {project} ?"],
            "dm_reply": ["Salut {first}, oui, envoie-le, ou mieux ouvre un ticket avec un extrait.",
                         "Bonjour {first}, oui, en petite quantité. On s'appelle la semaine prochaine ?"],
        },
        "en": {
            "bio": ["I maintain {project}, a Python library for reading geospatial files. Dev in {city}.",
                    "Free software, GIS, Python. Maintainer of {project}.", "Developer. {project} by day, "
                    "cycling by night."],
            "project": ["georead", "tilesmith", "mapfile"],
            "path": ["blog", "blog", "releases", "talks"],
            "announce": ["{project} {version} is out: {change}. Release notes: {own}",
                         "New {project} release ({version})! {change} Thanks to the {num} contributors. {own}",
                         "I wrote a post about {topic}: {own}",
                         "I'll be talking about {topic} at the {city} Python meetup on {month} {dom}. Details: "
                         "{own}", "Call for help: {project} needs a hand with {help}. Good first issues: {own}"],
            "version": ["2.4.0", "2.5.0", "3.0.0", "3.0.1", "3.1.0", "1.9.2"],
            "change": ["GeoPackage reading twice as fast", "Python 3.8 dropped, and the type hints are finally "
                       "complete", "fixed a memory leak on large files", "new option to read in chunks"],
            "topic": ["map projections explained without maths", "how we cut our test time by two thirds",
                      "what five years of volunteer maintenance taught me",
                      "reading a 20 GB file without running out of memory"],
            "help": ["the docs", "Windows support", "testing on ARM"],
            "reply": ["{mention} fixed on main, the next release is out on Friday.",
                      "{mention} could you open an issue with the file? I can't reproduce it.",
                      "{mention} good idea, but it would break the API. Maybe for version 4.",
                      "{mention} the problem is in the C library underneath, I've reported it upstream.",
                      "{mention} thanks for the fix, merged!"],
            "tech": ["Friendly reminder: a timestamp without a time zone is a bug waiting to happen.",
                     "Tests that pass locally and fail in CI are nearly always about file ordering.",
                     "Replaced three shell scripts with a 20-line Makefile. No regrets.",
                     "Profiling showed 80% of the time went into coordinate conversion. As usual, not where "
                     "I thought."],
            "question": ["Who still uses Shapefiles in production? Wondering whether to keep supporting them.",
                         "Any recommendations for documentation tools these days?"],
            "life": ["Gardening this weekend, no laptop.", "First bike ride of the year, my legs remember.",
                     "My son asked what an 'issue' is. Long discussion."],
            "dm_in": ["Hi, your library crashes on my file, can I send it to you?",
                      "Hello, would you take on a consulting job on {project}?"],
            "dm_reply": ["Hi {first}, yes, send it, or better, open an issue with a sample.",
                         "Hello {first}, yes, in small doses. Shall we talk next week?"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Ingénieure plateforme chez {company}. Kubernetes, bases de données, astreintes.",
                    "Infra et fiabilité chez {company}, à {city}. On recrute.",
                    "SRE. J'aime les systèmes ennuyeux qui marchent."],
            "company": ["Transports Morel", "Colis Express", "LogiNord"],
            "path": ["posts", "posts", "jobs", "slides"],
            "announce": ["On recrute deux ingénieur·es infrastructure chez {company}, à {city} ou en télétravail. "
                         "L'annonce : {own}", "Notre retour d'expérience sur {incident} est publié : {own}",
                         "Mes slides de {event} sur {subject} : {own}",
                         "Billet de blog : {subject}. {own}",
                         "L'équipe ouvre le code de notre outil de {tool} : {own}"],
            "incident": ["la panne de mardi dernier", "la migration de la base de commandes",
                         "notre passage à une nouvelle région cloud"],
            "event": ["la conférence DevOps de {city}", "notre meetup interne", "la journée SRE"],
            "subject": ["pourquoi nous avons réduit le nombre d'alertes de 70 %", "les astreintes sans burn-out",
                        "migrer {big} colis par jour sans interruption", "les sauvegardes qu'on n'a jamais testées"],
            "tool": ["planification des tournées", "rotation des certificats", "tests de charge"],
            "reply": ["{mention} on a eu le même souci, c'était le délai d'expiration du répartiteur de charge.",
                      "{mention} oui, on garde une fenêtre de maintenance le dimanche, mais elle sert rarement.",
                      "{mention} ça dépend du volume : en dessous de 1 000 requêtes par seconde, je ne "
                      "m'embêterais pas.", "{mention} merci, je transmets à l'équipe, elle sera contente.",
                      "{mention} pas encore en production, on teste sur un entrepôt d'abord."],
            "tech": ["Une alerte qui ne demande aucune action n'est pas une alerte, c'est du bruit.",
                     "Astreinte calme cette semaine : deux appels, dont un pour un disque plein.",
                     "Le test de restauration de ce matin a pris 47 minutes. On visait 30.",
                     "Les incidents les plus coûteux chez nous ne sont jamais techniques au départ."],
            "question": ["Vous documentez vos procédures d'incident où ? Wiki, dépôt, autre ?",
                         "Quelqu'un a un retour sur les bases managées pour de petits volumes ?"],
            "life": ["Fin d'astreinte, je dors.", "Randonnée dans les Vosges, téléphone éteint.",
                     "Ma fille a réparé la box internet toute seule. La relève est là."],
            "dm_in": ["Bonjour, le poste est-il ouvert aux profils juniors ?",
                      "Salut, tu accepterais de parler à notre meetup ?"],
            "dm_reply": ["Bonjour {first}, oui, le second poste est prévu pour un profil junior. Postulez !",
                         "Salut {first}, avec plaisir, quelle date ?"],
        },
        "en": {
            "bio": ["Platform engineer at {company}. Kubernetes, databases, on-call.",
                    "Infra and reliability at {company}, {city}. We're hiring.",
                    "SRE. I like boring systems that work."],
            "company": ["Morel Haulage", "Parcel Express", "NorthLog"],
            "path": ["posts", "posts", "jobs", "slides"],
            "announce": ["We're hiring two infrastructure engineers at {company}, in {city} or remote. The ad: "
                         "{own}", "Our write-up on {incident} is out: {own}",
                         "My slides from {event} on {subject}: {own}", "Blog post: {subject}. {own}",
                         "The team is open-sourcing our {tool} tool: {own}"],
            "incident": ["last Tuesday's outage", "the orders database migration", "moving to a new cloud region"],
            "event": ["the {city} DevOps conference", "our internal meetup", "SRE day"],
            "subject": ["why we cut our alerts by 70%", "on-call without burnout",
                        "migrating {big} parcels a day with zero downtime", "the backups we never tested"],
            "tool": ["route planning", "certificate rotation", "load testing"],
            "reply": ["{mention} we had the same problem, it was the load balancer's idle timeout.",
                      "{mention} yes, we keep a Sunday maintenance window, but rarely use it.",
                      "{mention} depends on volume: under 1,000 requests a second I wouldn't bother.",
                      "{mention} thanks, passing it on to the team, they'll be pleased.",
                      "{mention} not in production yet, we're trying it in one warehouse first."],
            "tech": ["An alert that needs no action isn't an alert, it's noise.",
                     "Quiet on-call week: two pages, one for a full disk.",
                     "This morning's restore test took 47 minutes. We were aiming for 30.",
                     "Our most expensive incidents never start out as technical ones."],
            "question": ["Where do you keep your incident runbooks? Wiki, repo, elsewhere?",
                         "Anyone have experience with managed databases at small volumes?"],
            "life": ["Off call, going to sleep.", "Hiking in the Lakes, phone off.",
                     "My daughter fixed the router on her own. The next generation is here."],
            "dm_in": ["Hello, is the role open to junior candidates?", "Hi, would you speak at our meetup?"],
            "dm_reply": ["Hello {first}, yes, the second role is meant for someone junior. Do apply!",
                         "Hi {first}, happy to, what date?"],
        },
    },
}
