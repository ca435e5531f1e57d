"""unlimited_seller: "unlimited posting on ten platforms" (seed ``004_…``: offers of unlimited
content on a dozen networks; "178 accounts" sprawl).

Slots: ``bio``, ``offer`` (packages, unlimited posting, many platforms; prices but no business
result), ``proof`` (vague social proof), ``pitch_dm`` (the DM a new follower gets; ``{first}``,
``{link}``), ``cold_dm`` (unsolicited pitch), ``dm_in`` (what prospects answer), ``followup_dm``,
``genuine_habit``.

p1 "packs" with prices, p2 "agency automation" register, p3 freelance-gig register.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Publication ILLIMITÉE sur {nets} réseaux sociaux 📲 Packs dès {price}/mois",
                    "Votre com' sur {nets} plateformes sans lever le petit doigt. Devis gratuit 👇",
                    "Community manager externalisé | Pack Bronze • Argent • Or | {nets} réseaux"],
            "nets": ["10", "12", "15", "dix", "20"],
            "offer": [
                "📢 PACK {pack} : publications illimitées sur {nets} réseaux sociaux pour {price}/mois ! {link}",
                "Marre de gérer vos réseaux ? On publie pour vous sur {nets} plateformes, tous les jours, sans "
                "limite. {link}",
                "Offre flash ⚡ {nets} réseaux, posts illimités, {price} seulement ! Places limitées 👉 {link}",
                "Facebook, Twitter, Instagram, LinkedIn, Pinterest, TikTok… et {nets} autres ! Présence "
                "illimitée avec notre pack {pack}. {link}",
                "Pourquoi choisir ? Soyez partout ! Pack {pack} = {nets} réseaux + publications illimitées. "
                "DM pour infos",
            ],
            "pack": ["Bronze", "Argent", "Or", "Premium", "Illimité", "Visibilité Max"],
            "proof": ["Déjà des centaines de clients satisfaits 🙏", "Nos clients adorent, pourquoi pas vous ?",
                      "Encore un client ravi de son pack {pack} ! ⭐⭐⭐⭐⭐",
                      "Résultats garantis ou presque 😉"],
            "pitch_dm": [
                "Bonjour {first} ! Merci pour l'abonnement 🙏 Profitez de -30 % sur notre pack {pack} : "
                "publications illimitées sur {nets} réseaux. Infos : {link}",
                "Salut {first}, tu veux être visible partout sans y passer tes soirées ? Notre pack {pack} à "
                "{price} s'occupe de tout 👉 {link}",
            ],
            "cold_dm": [
                "Bonjour, votre entreprise mérite plus de visibilité ! Nous publions pour vous sur {nets} "
                "réseaux, en illimité. Tarifs : {link}",
                "Bonjour ! Vous n'êtes pas encore sur tous les réseaux ? Nous pouvons régler ça dès demain. "
                "{link}",
            ],
            "dm_in": ["C'est combien exactement ?", "Non merci.", "Vous avez des exemples de clients ?",
                      "Qui êtes-vous ?", "Stop svp", "Ça m'intéresse, c'est quoi le délai ?"],
            "followup_dm": ["Le pack {pack} est à {price}/mois, sans engagement ! On commence quand ? 😊",
                            "Je vous relance : l'offre se termine ce soir ! {link}",
                            "Nos clients sont très satisfaits, vous pouvez commander ici : {link}"],
            "genuine_habit": [
                "Fermé jusqu'au {dom} août, bonnes vacances à tous !",
                "{mention} c'est vrai que Pinterest n'a aucun intérêt pour un garage auto, on l'a retiré du pack.",
            ],
        },
        "en": {
            "bio": ["UNLIMITED posting on {nets} social networks 📲 Packages from {price}/month",
                    "Your social media on {nets} platforms without lifting a finger. Free quote 👇",
                    "Outsourced community manager | Bronze • Silver • Gold packages | {nets} networks"],
            "nets": ["10", "12", "15", "ten", "20"],
            "offer": [
                "📢 {pack} PACKAGE: unlimited posts on {nets} social networks for {price}/month! {link}",
                "Tired of running your socials? We post for you on {nets} platforms, every day, no limits. {link}",
                "Flash deal ⚡ {nets} networks, unlimited posts, only {price}! Limited spots 👉 {link}",
                "Facebook, Twitter, Instagram, LinkedIn, Pinterest, TikTok… and {nets} more! Unlimited presence "
                "with our {pack} package. {link}",
                "Why choose? Be everywhere! {pack} package = {nets} networks + unlimited posts. DM for info",
            ],
            "pack": ["Bronze", "Silver", "Gold", "Premium", "Unlimited", "Max Visibility"],
            "proof": ["Hundreds of happy clients already 🙏", "Our clients love it, why not you?",
                      "Another client thrilled with the {pack} package! ⭐⭐⭐⭐⭐", "Results guaranteed (almost) 😉"],
            "pitch_dm": [
                "Hi {first}! Thanks for following 🙏 Get 30% off our {pack} package: unlimited posts on {nets} "
                "networks. Info: {link}",
                "Hey {first}, want to be visible everywhere without losing your evenings? Our {pack} package at "
                "{price} takes care of everything 👉 {link}",
            ],
            "cold_dm": [
                "Hello, your business deserves more visibility! We post for you on {nets} networks, unlimited. "
                "Pricing: {link}",
                "Hi! Not on every network yet? We can fix that by tomorrow. {link}",
            ],
            "dm_in": ["How much exactly?", "No thanks.", "Do you have client examples?", "Who are you?",
                      "Please stop", "Interested, what's the turnaround?"],
            "followup_dm": ["The {pack} package is {price}/month, no commitment! When do we start? 😊",
                            "Just following up: the offer ends tonight! {link}",
                            "Our clients are very happy, you can order here: {link}"],
            "genuine_habit": [
                "Closed until the {dom} of August, happy holidays everyone!",
                "{mention} fair point, Pinterest is useless for a car repair shop, we took it out of the package.",
            ],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Agence de diffusion automatisée • Votre contenu partout, tout le temps • {nets}+ plateformes",
                    "Automatisation sociale pour TPE. On programme, vous encaissez.",
                    "Diffusion multi-réseaux clé en main. Essai gratuit 7 jours."],
            "nets": ["10", "12", "14", "25"],
            "offer": [
                "Un seul contenu, diffusé automatiquement sur {nets} plateformes. C'est ça, la puissance. {link}",
                "Notre robot publie pour vous jour et nuit sur {nets} réseaux. Abonnement {pack} : {price}. {link}",
                "Vous postez une fois, on s'occupe des {nets} autres réseaux. Essai gratuit ➜ {link}",
                "Diffusion illimitée, programmation illimitée, réseaux illimités. Formule {pack}. {link}",
            ],
            "pack": ["Starter", "Business", "Entreprise", "Infinity"],
            "proof": ["Plus de {big} publications programmées ce mois-ci par nos clients.",
                      "Ils nous font confiance : commerçants, artisans, coachs, agences.",
                      "« Je ne m'occupe plus de rien » – un client formule {pack}"],
            "pitch_dm": [
                "Bonjour {first}, merci de nous suivre. Savez-vous que vous pourriez être présent sur {nets} "
                "réseaux en 5 minutes par semaine ? Essai gratuit : {link}",
                "{first}, bienvenue ! Votre premier mois de diffusion automatique est offert 🎁 {link}",
            ],
            "cold_dm": [
                "Bonjour, nous avons remarqué votre page. Notre solution diffuse vos posts sur {nets} réseaux "
                "automatiquement. Intéressé(e) ? {link}",
                "Bonjour, gagnez 10 heures par semaine grâce à la diffusion automatique. Démo : {link}",
            ],
            "dm_in": ["Combien de réseaux exactement ?", "Pas intéressé.", "Comment ça marche ?",
                      "Vous êtes un bot ?", "Envoyez-moi une plaquette."],
            "followup_dm": ["Avec la formule {pack}, c'est {price} par mois pour {nets} réseaux. Je vous "
                            "active l'essai ?", "Voici le lien pour démarrer : {link}",
                            "Petit rappel : votre essai gratuit vous attend ! {link}"],
            "genuine_habit": [
                "{mention} merci du retour. Oui, le bug de publication sur LinkedIn est corrigé depuis ce matin.",
                "L'équipe fête ses 3 ans aujourd'hui 🎂",
            ],
        },
        "en": {
            "bio": ["Automated publishing agency • Your content everywhere, all the time • {nets}+ platforms",
                    "Social automation for small businesses. We schedule, you cash in.",
                    "Turnkey multi-network publishing. 7-day free trial."],
            "nets": ["10", "12", "14", "25"],
            "offer": [
                "One piece of content, published automatically on {nets} platforms. That's power. {link}",
                "Our robot posts for you day and night on {nets} networks. {pack} plan: {price}. {link}",
                "You post once, we take care of the {nets} other networks. Free trial ➜ {link}",
                "Unlimited publishing, unlimited scheduling, unlimited networks. {pack} plan. {link}",
            ],
            "pack": ["Starter", "Business", "Enterprise", "Infinity"],
            "proof": ["Over {big} posts scheduled by our clients this month.",
                      "Trusted by shops, trades, coaches and agencies.",
                      "\"I don't have to do anything anymore\" – a {pack} customer"],
            "pitch_dm": [
                "Hi {first}, thanks for following us. Did you know you could be on {nets} networks in 5 minutes "
                "a week? Free trial: {link}",
                "{first}, welcome! Your first month of automatic publishing is on us 🎁 {link}",
            ],
            "cold_dm": [
                "Hello, we noticed your page. Our tool publishes your posts on {nets} networks automatically. "
                "Interested? {link}",
                "Hello, save 10 hours a week with automatic publishing. Demo: {link}",
            ],
            "dm_in": ["How many networks exactly?", "Not interested.", "How does it work?", "Are you a bot?",
                      "Send me a brochure."],
            "followup_dm": ["With the {pack} plan it's {price} a month for {nets} networks. Shall I start your "
                            "trial?", "Here's the link to get started: {link}",
                            "Quick reminder: your free trial is waiting! {link}"],
            "genuine_habit": [
                "{mention} thanks for the report. Yes, the LinkedIn publishing bug has been fixed since this "
                "morning.",
                "The team turns 3 today 🎂",
            ],
        },
    },
    "p3": {
        "fr": {
            "bio": ["Freelance | Je poste vos contenus sur {nets} réseaux sociaux | Livraison 24h",
                    "Service de partage social : {nets} réseaux, illimité, pas cher !",
                    "Vous fournissez le lien, je fais le reste. Partout."],
            "nets": ["10", "15", "30", "50"],
            "offer": [
                "Je partage votre lien sur {nets} réseaux sociaux en 24h ✅ {price} seulement {link}",
                "Service : {nets} partages sociaux + {nets} pins + {nets} bookmarks pour {price} ! {link}",
                "Besoin de visibilité ? Je publie votre article partout, sans limite. Commandez : {link}",
                "PROMO : diffusion sur {nets} plateformes + bonus backlinks 🔗 {link}",
            ],
            "pack": ["Basique", "Standard", "Pro"],
            "proof": ["Note 5/5 sur plus de 300 commandes !", "Livraison rapide, client satisfait ✅",
                      "Encore une commande livrée en avance 💪"],
            "pitch_dm": [
                "Salut {first} ! Merci pour le follow. Je peux partager ton site sur {nets} réseaux dès "
                "aujourd'hui pour {price}. Ça te tente ? {link}",
                "Hello {first} 👋 tu as un site ? Je le diffuse sur {nets} plateformes en 24h. {link}",
            ],
            "cold_dm": ["Bonjour, je propose de diffuser votre contenu sur {nets} réseaux sociaux. Tarif : {price}. "
                        "{link}", "Hello ! Besoin de partages ? {nets} réseaux en 24h. {link}"],
            "dm_in": ["C'est quels réseaux ?", "Non.", "C'est légal ce truc ?", "Ok envoie le détail",
                      "Arrête de m'écrire"],
            "followup_dm": ["Formule {pack} : {price}, livraison en 24h. Je lance ?", "Commande ici : {link}",
                            "Dernière relance, j'ai une place libre aujourd'hui !"],
            "genuine_habit": [
                "Pause de quelques jours, mon père est à l'hôpital. Je réponds à tout le monde à mon retour.",
                "{mention} oui, les réseaux de bookmarks ne servent plus à grand-chose, je les ai retirés.",
            ],
        },
        "en": {
            "bio": ["Freelancer | I post your content on {nets} social networks | 24h delivery",
                    "Social sharing service: {nets} networks, unlimited, cheap!",
                    "You send the link, I do the rest. Everywhere."],
            "nets": ["10", "15", "30", "50"],
            "offer": [
                "I will share your link on {nets} social networks within 24h ✅ only {price} {link}",
                "Service: {nets} social shares + {nets} pins + {nets} bookmarks for {price}! {link}",
                "Need visibility? I'll post your article everywhere, no limit. Order: {link}",
                "PROMO: publishing on {nets} platforms + bonus backlinks 🔗 {link}",
            ],
            "pack": ["Basic", "Standard", "Pro"],
            "proof": ["Rated 5/5 on 300+ orders!", "Fast delivery, happy client ✅",
                      "Another order delivered early 💪"],
            "pitch_dm": [
                "Hey {first}! Thanks for the follow. I can share your site on {nets} networks today for {price}. "
                "Interested? {link}",
                "Hi {first} 👋 got a website? I'll spread it on {nets} platforms in 24h. {link}",
            ],
            "cold_dm": ["Hello, I offer to publish your content on {nets} social networks. Price: {price}. {link}",
                        "Hi! Need shares? {nets} networks in 24h. {link}"],
            "dm_in": ["Which networks?", "No.", "Is this even legit?", "Ok send details", "Stop messaging me"],
            "followup_dm": ["{pack} option: {price}, delivered in 24h. Shall I start?", "Order here: {link}",
                            "Last reminder, I have one slot free today!"],
            "genuine_habit": [
                "Taking a few days off, my dad is in hospital. I'll answer everyone when I'm back.",
                "{mention} yes, bookmark sites are pretty useless now, I dropped them.",
            ],
        },
    },
}
