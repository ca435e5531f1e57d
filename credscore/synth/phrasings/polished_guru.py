"""polished_guru (fake, gaming): hollow expertise in fluent, well-formed, varied prose, as a
language model polishes it: a hook, a reflection, a development, a takeaway, a question. The
subject never changes (engagement, storytelling, community, the platforms themselves), no
business measure ever appears, and the mechanics are the fake's: the same post on several
networks, an automatic DM to every new follower.

Slots: ``bio``, ``post`` (assembled from ``hook``, ``insight``, ``develop``, ``takeaway``,
``ask``), ``short`` (a one-line version), ``welcome_dm``, ``genuine_habit``.

p1 a LinkedIn "thought leader" on social media strategy; p2 a brand-storytelling consultant.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["J'accompagne les dirigeants dans leur stratégie sur les réseaux sociaux. Conférencier, "
                    "auteur, passionné par l'humain derrière les écrans.",
                    "Stratégie social media & leadership digital. Je crois aux marques qui créent du lien.",
                    "Conseil en présence digitale. Convaincu que chaque entreprise a une voix à faire entendre."],
            "post": ["{hook}\n\n{insight} {develop}\n\n{takeaway}\n\n{ask}", "{hook} {insight}\n\n{ask}",
                     "{insight} {develop} {takeaway}", "{hook}\n\n{develop}\n\n{ask}"],
            "hook": ["Il y a dix ans, on mesurait une marque à sa publicité.",
                     "On me pose souvent la même question en conférence.",
                     "Hier, un dirigeant m'a confié quelque chose qui m'a marqué.",
                     "J'ai longtemps cru que la visibilité suffisait.",
                     "Les réseaux sociaux ont profondément changé la manière dont les marques existent.",
                     "Il y a une idée reçue que je croise chaque semaine.",
                     "En accompagnant des dizaines d'équipes, j'ai observé un schéma récurrent.",
                     "Le mot « engagement » est partout. Mais que recouvre-t-il vraiment ?"],
            "insight": ["Aujourd'hui, ce qui fait la différence, c'est la qualité du lien que l'on tisse avec sa "
                        "communauté.", "La vérité, c'est que l'engagement ne se décrète pas : il se mérite, "
                        "publication après publication.", "Une présence réussie ne repose pas sur le nombre "
                        "d'abonnés, mais sur la capacité à susciter des conversations sincères.",
                        "Ce que les algorithmes valorisent, au fond, c'est ce que les humains valorisent : "
                        "l'authenticité.", "Les entreprises qui réussissent sur les réseaux ne cherchent pas à "
                        "être partout ; elles cherchent à être attendues.",
                        "La confiance naît de la cohérence entre ce que l'on dit et ce que l'on montre."],
            "develop": ["Les marques qui l'ont compris ne parlent plus d'elles-mêmes ; elles racontent des "
                        "histoires dans lesquelles leur audience se reconnaît.",
                        "Cela demande de la constance, de l'écoute et une vraie ligne éditoriale, adaptée à chaque "
                        "plateforme.", "Chaque commentaire, chaque partage, chaque réaction est un signal qu'il "
                        "faut savoir lire et nourrir.", "C'est un changement de posture autant que de méthode : "
                        "passer de la diffusion à la relation.", "Il faut accepter que la croissance d'une "
                        "communauté soit lente, organique, et parfois invisible pendant des mois.",
                        "Les formats changent, les plateformes évoluent, mais le besoin de reconnaissance reste "
                        "le même."],
            "takeaway": ["La visibilité se loue ; la confiance se construit.",
                         "Le storytelling n'est pas un outil de communication, c'est une manière d'être présent.",
                         "Votre communauté est votre actif le plus précieux. Traitez-la comme tel.",
                         "L'engagement n'est pas un indicateur, c'est une relation."],
            "ask": ["Et vous, comment faites-vous vivre votre communauté au quotidien ?",
                    "Qu'est-ce qui, selon vous, rend une marque vraiment engageante ?",
                    "Je serais curieux de lire vos expériences en commentaire.",
                    "Quelle marque vous a récemment donné envie de vous engager ?"],
            "short": ["Une communauté ne se gagne pas, elle se cultive.",
                      "L'authenticité reste la meilleure stratégie sur les réseaux sociaux.",
                      "Moins de diffusion, plus de conversation : c'est là que naît l'engagement."],
            "welcome_dm": ["Bonjour {first}, merci pour votre abonnement. Je partage chaque semaine une réflexion "
                           "sur la stratégie sociale des marques ; mon guide est disponible ici : {link}",
                           "Merci de rejoindre mon réseau, {first}. Au plaisir d'échanger ; vous trouverez mes "
                           "ressources sur l'engagement ici : {link}"],
            "genuine_habit": ["Belle randonnée ce week-end du côté de {city}, sans téléphone.",
                              "{mention} c'est juste, je n'ai pas de données sur l'effet commercial, seulement "
                              "sur l'audience."],
        },
        "en": {
            "bio": ["I help leaders shape their social media strategy. Speaker, author, fascinated by the people "
                    "behind the screens.", "Social media strategy & digital leadership. I believe in brands "
                    "that build connection.", "Digital presence advisor. Convinced every company has a voice "
                    "worth hearing."],
            "post": ["{hook}\n\n{insight} {develop}\n\n{takeaway}\n\n{ask}", "{hook} {insight}\n\n{ask}",
                     "{insight} {develop} {takeaway}", "{hook}\n\n{develop}\n\n{ask}"],
            "hook": ["Ten years ago, we judged a brand by its advertising.",
                     "I'm often asked the same question at conferences.",
                     "Yesterday, a CEO told me something that stayed with me.",
                     "For a long time I believed visibility was enough.",
                     "Social media has profoundly changed how brands exist.",
                     "There's a misconception I come across every week.",
                     "Having worked alongside dozens of teams, I keep seeing the same pattern.",
                     "The word 'engagement' is everywhere. But what does it really mean?"],
            "insight": ["Today, what makes the difference is the quality of the connection you build with your "
                        "community.", "The truth is, engagement can't be decreed: it's earned, one post at a "
                        "time.", "A successful presence isn't about follower counts, but about sparking "
                        "genuine conversations.", "What algorithms reward, deep down, is what people reward: "
                        "authenticity.", "The companies that thrive on social media don't try to be everywhere; "
                        "they try to be looked forward to.",
                        "Trust grows from consistency between what you say and what you show."],
            "develop": ["The brands that understand this no longer talk about themselves; they tell stories "
                        "their audience recognises itself in.", "It takes consistency, listening and a real "
                        "editorial line, tailored to each platform.", "Every comment, every share, every "
                        "reaction is a signal worth reading and nurturing.", "It's a change of posture as much "
                        "as of method: moving from broadcasting to relationship.", "You have to accept that a "
                        "community grows slowly, organically, and sometimes invisibly for months.",
                        "Formats change and platforms evolve, but the need to feel recognised stays the same."],
            "takeaway": ["Visibility can be rented; trust has to be built.",
                         "Storytelling isn't a communication tool, it's a way of being present.",
                         "Your community is your most precious asset. Treat it that way.",
                         "Engagement isn't a metric, it's a relationship."],
            "ask": ["How do you keep your community alive day to day?",
                    "What, in your view, makes a brand truly engaging?",
                    "I'd love to read your experiences in the comments.",
                    "Which brand recently made you want to engage?"],
            "short": ["A community isn't won, it's cultivated.",
                      "Authenticity remains the best strategy on social media.",
                      "Less broadcasting, more conversation: that's where engagement is born."],
            "welcome_dm": ["Hi {first}, thank you for following. Every week I share a reflection on brands' "
                           "social strategy; my guide is available here: {link}",
                           "Thanks for joining my network, {first}. Looking forward to connecting; you'll find "
                           "my resources on engagement here: {link}"],
            "genuine_habit": ["Lovely hike near {city} this weekend, no phone.",
                              "{mention} fair point, I don't have data on the commercial effect, only on "
                              "audience."],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Consultante en storytelling de marque. Je donne une voix aux entreprises qui ont une histoire "
                    "à raconter.", "Storytelling, narration de marque, contenus inspirants. Autrice de la "
                    "newsletter « Récits ».", "J'aide les marques à trouver les mots justes pour toucher leur "
                    "public."],
            "post": ["{hook}\n\n{insight}\n\n{develop} {takeaway}", "{insight} {takeaway}\n\n{ask}",
                     "{hook} {develop}\n\n{ask}", "{hook}\n\n{insight} {takeaway}"],
            "hook": ["Une marque sans histoire est une marque sans mémoire.",
                     "Cette semaine, j'ai relu les premiers textes d'une cliente.",
                     "On sous-estime souvent la puissance d'un récit bien construit.",
                     "Il existe une différence subtile entre informer et émouvoir.",
                     "Chaque entreprise possède un trésor qu'elle ignore : son histoire.",
                     "Je repense souvent à cette phrase d'un fondateur : « personne ne nous connaît vraiment ».",
                     "Nous vivons une époque saturée de messages, et pourtant affamée de sens."],
            "insight": ["Le public ne retient pas des arguments, il retient des émotions et des personnages.",
                        "Un récit authentique crée une connexion qu'aucune campagne ne peut acheter.",
                        "Le storytelling transforme une audience passive en communauté qui partage vos valeurs.",
                        "Sur les réseaux sociaux, l'attention appartient à ceux qui savent raconter."],
            "develop": ["Il s'agit de trouver le fil narratif qui relie votre mission, vos équipes et les "
                        "personnes qui vous suivent.", "Cela suppose d'accepter la vulnérabilité, de montrer les "
                        "coulisses et les doutes autant que les réussites.",
                        "Une bonne histoire se raconte différemment sur chaque plateforme, mais garde toujours "
                        "la même âme.", "C'est un travail d'écoute avant d'être un travail d'écriture."],
            "takeaway": ["Racontez moins ce que vous faites, et davantage pourquoi vous le faites.",
                         "L'émotion précède toujours l'engagement.",
                         "Votre histoire mérite d'être entendue ; encore faut-il lui donner une forme.",
                         "La sincérité reste la plus belle des stratégies éditoriales."],
            "ask": ["Quelle histoire votre marque n'a-t-elle pas encore racontée ?",
                    "Quel récit de marque vous a récemment touché ?",
                    "Partagez-moi en commentaire le mot qui résume votre histoire."],
            "short": ["Les faits informent, les histoires engagent.",
                      "Derrière chaque marque qui inspire, il y a un récit sincère.",
                      "Votre histoire est votre meilleur contenu."],
            "welcome_dm": ["Bonjour {first}, et merci de me suivre. Ma newsletter « Récits » explore chaque "
                           "semaine l'art de raconter sa marque : {link}",
                           "Ravie de vous compter parmi mes lecteurs, {first}. Vous trouverez ici mon guide du "
                           "storytelling de marque : {link}"],
            "genuine_habit": ["Lecture au soleil ce dimanche, un vrai luxe.",
                              "{mention} vous avez raison, je n'ai jamais pu relier un récit à des ventes."],
        },
        "en": {
            "bio": ["Brand storytelling consultant. I give a voice to companies with a story to tell.",
                    "Storytelling, brand narrative, inspiring content. Author of the 'Tales' newsletter.",
                    "I help brands find the right words to move their audience."],
            "post": ["{hook}\n\n{insight}\n\n{develop} {takeaway}", "{insight} {takeaway}\n\n{ask}",
                     "{hook} {develop}\n\n{ask}", "{hook}\n\n{insight} {takeaway}"],
            "hook": ["A brand without a story is a brand without a memory.",
                     "This week I reread a client's very first texts.",
                     "We often underestimate the power of a well-built narrative.",
                     "There's a subtle difference between informing and moving people.",
                     "Every company holds a treasure it overlooks: its story.",
                     "I often think of what a founder once told me: 'nobody really knows us'.",
                     "We live in an age saturated with messages, yet hungry for meaning."],
            "insight": ["Audiences don't remember arguments, they remember emotions and characters.",
                        "An authentic narrative creates a connection no campaign can buy.",
                        "Storytelling turns a passive audience into a community that shares your values.",
                        "On social media, attention belongs to those who know how to tell a story."],
            "develop": ["It's about finding the narrative thread that links your mission, your teams and the "
                        "people who follow you.", "That means accepting vulnerability, showing the doubts and "
                        "the backstage as much as the wins.", "A good story is told differently on each "
                        "platform, yet always keeps the same soul.", "It's listening work before it is writing "
                        "work."],
            "takeaway": ["Say less about what you do, and more about why you do it.",
                         "Emotion always comes before engagement.",
                         "Your story deserves to be heard; it just needs a shape.",
                         "Sincerity remains the finest editorial strategy."],
            "ask": ["What story hasn't your brand told yet?", "Which brand story moved you recently?",
                    "Share in the comments the one word that sums up your story."],
            "short": ["Facts inform, stories engage.", "Behind every inspiring brand there's a sincere story.",
                      "Your story is your best content."],
            "welcome_dm": ["Hi {first}, and thank you for following. My 'Tales' newsletter explores the art of "
                           "telling your brand's story every week: {link}",
                           "Delighted to have you among my readers, {first}. Here's my guide to brand "
                           "storytelling: {link}"],
            "genuine_habit": ["Reading in the sun this Sunday, a real luxury.",
                              "{mention} you're right, I've never been able to tie a story to sales."],
        },
    },
}
