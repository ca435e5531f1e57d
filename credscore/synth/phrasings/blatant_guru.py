"""blatant_guru: the self-titled social-media guru of the 2013 checklist (seed ``004_…``).

Slots the behaviour uses: ``bio`` (self-titles), ``link_post`` (a link and almost nothing
else), ``hype`` (community / engagement / virality / branding talk with no business figure),
``welcome_dm`` (the automatic DM to every new follower; ``{link}``, optionally ``{handle}``),
``genuine_habit`` (the rare real thought, reply or number that such an account still posts).

p1 speaks "ninja / growth" with emoji, p2 "mindset coach" (tribe, impact, energy), p3 "agency
jargon" (360 strategy, levers, ecosystem). Each set has its own frames and its own hashtags.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": [
                "{title} 🥷 | J'aide les marques à exploser sur les réseaux 🚀 | DM ouverts",
                "{title} | {title} | Community • Engagement • Viralité 🔥",
                "Je transforme vos followers en fans 🔥 {title} | Conférencier | #SocialMedia",
                "{title}. 10 ans de réseaux sociaux dans les veines. Buzz garanti 💥",
            ],
            "title": ["Ninja des réseaux sociaux", "Gourou du social media", "Ninja du community management",
                      "Gourou de la viralité", "Expert social media", "Rockstar du buzz"],
            "link_post": [
                "{link}", "{link}", "{link} {tags}", "🔥 {link}", "{grab} {link}", "{grab} 👉 {link}",
                "{link} {emoji}{emoji}", "{grab} {link} {tags}",
            ],
            "grab": ["À ne pas rater !", "Pépite du jour :", "Énorme 😱", "Lisez ça, vraiment.", "Top 🔝",
                     "Must read !", "Incroyable :", "Ça va vous retourner le cerveau 🤯"],
            "tags": ["#socialmedia", "#communitymanagement #engagement", "#buzz #viral", "#growthhacking",
                     "#socialmedia #CM", "#engagement #communauté", "#viral #buzz #socialmedia"],
            "hype": [
                "{hype_open} {claim} {tags}", "{claim} {emoji}", "{hype_open} {claim}",
                "{claim} 👉 {link}", "{claim} {emoji} {tags}",
            ],
            "hype_open": ["Rappel du jour :", "Vérité qui pique :", "Le secret ?", "On ne le répétera jamais assez :",
                          "Breaking 🚨", "Mon conseil ninja :"],
            "claim": [
                "sans communauté, votre marque n'existe pas.",
                "l'engagement est la nouvelle monnaie du web.",
                "le buzz ne tombe pas du ciel, il se provoque.",
                "vos followers veulent de l'émotion, pas un catalogue.",
                "une marque qui ne fait pas parler d'elle est une marque morte.",
                "la viralité, c'est une science et j'en connais toutes les recettes.",
                "plus de partages, plus d'engagement, plus de communauté. C'est mathématique.",
                "soyez partout, tout le temps, sur tous les réseaux.",
                "votre communauté est votre plus grand actif. Chouchoutez-la !",
                "un bon hashtag vaut mieux qu'un long discours.",
                "les likes, c'est l'oxygène de votre marque.",
            ],
            "welcome_dm": [
                "Merci pour le follow ! 🙏 Boostez votre visibilité avec mon guide offert 👉 {link}",
                "Hello {handle} ! Ravi de t'accueillir dans ma communauté 🚀 Mon ebook gratuit pour exploser "
                "ton engagement : {link}",
                "Bienvenue ! 🔥 Découvre mes 7 secrets de viralité ici : {link}",
            ],
            "genuine_habit": [
                "{mention} bonne question. Pour une boutique de quartier, je commencerais par répondre aux avis "
                "Google avant de penser Instagram.",
                "Petite pause ce week-end, randonnée avec les enfants du côté de {city}.",
                "Dernier client : {num} demandes de devis en un mois après la refonte de sa page. Pas énorme, "
                "mais concret.",
            ],
        },
        "en": {
            "bio": [
                "{title} 🥷 | I help brands blow up on social 🚀 | DMs open",
                "{title} | {title} | Community • Engagement • Virality 🔥",
                "Turning followers into raving fans 🔥 {title} | Keynote speaker | #SocialMedia",
                "{title}. Social media runs in my veins. Buzz guaranteed 💥",
            ],
            "title": ["Social Media Ninja", "Social Media Guru", "Community Management Ninja", "Virality Guru",
                      "Social media expert", "Buzz rockstar"],
            "link_post": [
                "{link}", "{link}", "{link} {tags}", "🔥 {link}", "{grab} {link}", "{grab} 👉 {link}",
                "{link} {emoji}{emoji}", "{grab} {link} {tags}",
            ],
            "grab": ["Don't miss this!", "Gem of the day:", "Huge 😱", "Read this. Seriously.", "Top 🔝",
                     "Must read!", "Mind-blowing:", "This will change how you think 🤯"],
            "tags": ["#socialmedia", "#communitymanagement #engagement", "#buzz #viral", "#growthhacking",
                     "#socialmedia #SMM", "#engagement #community", "#viral #buzz #socialmedia"],
            "hype": [
                "{hype_open} {claim} {tags}", "{claim} {emoji}", "{hype_open} {claim}",
                "{claim} 👉 {link}", "{claim} {emoji} {tags}",
            ],
            "hype_open": ["Daily reminder:", "Hard truth:", "The secret?", "I'll say it again:", "Breaking 🚨",
                          "Ninja tip:"],
            "claim": [
                "without a community, your brand does not exist.",
                "engagement is the new currency of the web.",
                "buzz doesn't just happen, you make it happen.",
                "your followers want emotion, not a catalogue.",
                "a brand nobody talks about is a dead brand.",
                "virality is a science and I know every recipe.",
                "more shares, more engagement, more community. It's maths.",
                "be everywhere, all the time, on every network.",
                "your community is your greatest asset. Love it!",
                "one great hashtag beats a thousand words.",
                "likes are the oxygen of your brand.",
            ],
            "welcome_dm": [
                "Thanks for the follow! 🙏 Boost your visibility with my free guide 👉 {link}",
                "Hey {handle}! Stoked to have you in my community 🚀 Grab my free ebook to explode your "
                "engagement: {link}",
                "Welcome aboard! 🔥 My 7 secrets of virality are here: {link}",
            ],
            "genuine_habit": [
                "{mention} good question. For a corner shop I'd start by answering the Google reviews before "
                "even thinking about Instagram.",
                "Taking the weekend off, hiking with the kids near {city}.",
                "Last client: {num} quote requests in a month after we rebuilt the landing page. Not huge, "
                "but real.",
            ],
        },
    },
    "p2": {
        "fr": {
            "bio": [
                "{title} ✨ J'accompagne les entrepreneurs à rayonner en ligne. Ta tribu t'attend.",
                "{title} | Impact • Énergie • Storytelling | Ta marque mérite d'être vue 🌟",
                "Je libère ton potentiel d'influence 💫 {title} | Programme Rayonne+",
                "{title} | Parent, entrepreneur·e, fan d'influence positive ✨",
            ],
            "title": ["Jedi du web social", "Coach en influence", "Magicien·ne du storytelling",
                      "Mentor réseaux sociaux", "Sorcier de l'engagement", "Évangéliste du personal branding"],
            "link_post": [
                "{spark} {link}", "{link} ✨", "{spark} ➡️ {link}", "{link} #{mood}", "✨✨ {link} ✨✨",
                "{spark} {link} #{mood}",
            ],
            "spark": ["Inspiration du jour ✨", "Ceci va changer ta vision :", "Pour toi qui doutes :",
                      "Énergie du matin ☀️", "Lis ça et reviens me dire !", "Ta dose de motivation :"],
            "mood": ["mindset", "influence", "tribu", "storytelling", "personalbranding", "rayonner", "impact"],
            "hype": [
                "{belief} #{mood}", "{belief} ✨", "Rappel bienveillant : {belief}", "{belief} ➡️ {link}",
                "{belief} Qui est avec moi ? 🙋",
            ],
            "belief": [
                "ta tribu ne te suivra que si tu oses te montrer.",
                "l'authenticité crée l'engagement, l'engagement crée l'abondance.",
                "ton histoire est ta plus grande force : raconte-la chaque jour.",
                "chaque publication est une graine d'influence.",
                "ceux qui rayonnent en ligne ne sont pas plus doués, ils sont plus visibles.",
                "ta visibilité est le reflet de ton énergie.",
                "une communauté engagée, c'est une famille qui grandit avec toi.",
                "ose le storytelling, ton audience n'attend que ça.",
                "l'algorithme aime ceux qui s'aiment.",
                "arrête de vendre, commence à inspirer.",
            ],
            "welcome_dm": [
                "Coucou {handle} ✨ Merci de rejoindre ma tribu ! Voici mon masterclass offert pour rayonner : {link}",
                "Bienvenue dans l'aventure 💫 Ton kit « 30 jours d'influence » t'attend ici : {link}",
                "Merci pour ton abonnement ! Je t'offre ma méditation de l'entrepreneur visible 🎁 {link}",
            ],
            "genuine_habit": [
                "{mention} je te rejoins : sans offre claire, la plus belle communauté du monde ne paie pas le "
                "loyer.",
                "Journée sans écran aujourd'hui, jardin et confiture de prunes.",
                "Une cliente a signé {num} nouveaux contrats ce trimestre grâce à son blog. Fière d'elle.",
            ],
        },
        "en": {
            "bio": [
                "{title} ✨ Helping entrepreneurs shine online. Your tribe is waiting.",
                "{title} | Impact • Energy • Storytelling | Your brand deserves to be seen 🌟",
                "Unlocking your influence potential 💫 {title} | Shine+ programme",
                "{title} | Parent, founder, believer in positive influence ✨",
            ],
            "title": ["Social Jedi", "Influence coach", "Storytelling wizard", "Social media mentor",
                      "Engagement sorcerer", "Personal branding evangelist"],
            "link_post": [
                "{spark} {link}", "{link} ✨", "{spark} ➡️ {link}", "{link} #{mood}", "✨✨ {link} ✨✨",
                "{spark} {link} #{mood}",
            ],
            "spark": ["Today's inspiration ✨", "This will shift your mindset:", "For anyone doubting themselves:",
                      "Morning energy ☀️", "Read this and tell me!", "Your dose of motivation:"],
            "mood": ["mindset", "influence", "tribe", "storytelling", "personalbranding", "shine", "impact"],
            "hype": [
                "{belief} #{mood}", "{belief} ✨", "Gentle reminder: {belief}", "{belief} ➡️ {link}",
                "{belief} Who's with me? 🙋",
            ],
            "belief": [
                "your tribe will only follow you if you dare to show up.",
                "authenticity creates engagement, engagement creates abundance.",
                "your story is your superpower: tell it every single day.",
                "every post is a seed of influence.",
                "people who shine online aren't more gifted, they're more visible.",
                "your visibility mirrors your energy.",
                "an engaged community is a family that grows with you.",
                "dare to tell stories, your audience is waiting for it.",
                "the algorithm loves those who love themselves.",
                "stop selling, start inspiring.",
            ],
            "welcome_dm": [
                "Hi {handle} ✨ Thanks for joining my tribe! Here's my free masterclass to help you shine: {link}",
                "Welcome to the journey 💫 Your '30 days of influence' kit is waiting here: {link}",
                "Thank you for following! A little gift: my visible-founder meditation 🎁 {link}",
            ],
            "genuine_habit": [
                "{mention} agree with you: without a clear offer, the loveliest community in the world won't pay "
                "the rent.",
                "Screen-free day today, garden and plum jam.",
                "A client signed {num} new contracts this quarter thanks to her blog. So proud of her.",
            ],
        },
    },
    "p3": {
        "fr": {
            "bio": [
                "{title} | Stratégie 360° • Brand content • E-réputation | #SMO #SocialMedia",
                "{title} chez {agency}. Je fais converger vos leviers sociaux.",
                "{title} | Écosystèmes digitaux & synergies communautaires | Speaker",
                "Conseil senior. {title}. Ex-{agency}. Buzz et branding depuis 2009.",
            ],
            "title": ["Social Media Evangelist", "Expert e-réputation n°1", "Guru du brand content",
                      "Chief Community Officer", "Expert 2.0 certifié", "Gourou SMO"],
            "agency": ["Digital Synergies", "BuzzLab Conseil", "360 Social Factory", "Agence Hyperlien",
                       "Wave & Brand"],
            "link_post": [
                "[Article] {link}", "Nouveau sur le blog : {link}", "Veille #SMO : {link}", "{link} #brandcontent",
                "À lire : {link} #ereputation", "[Infographie] {link}", "Ma sélection du jour : {link} #veille",
            ],
            "hype": [
                "{lever} {tags}", "Point de vue : {lever}", "{lever} Décryptage 👉 {link}", "{lever}",
                "#Tendance {lever}",
            ],
            "tags": ["#SMO #brandcontent", "#ereputation", "#socialmedia #branding", "#stratégie360",
                     "#communitymanagement", "#brandcontent #engagement"],
            "lever": [
                "Le community management est le levier n°1 de la visibilité de marque.",
                "Sans stratégie 360°, vos réseaux sociaux ne sont qu'un bruit de fond.",
                "L'e-réputation se construit dans la durée : engagement, écoute, conversation.",
                "Le brand content est le carburant de la viralité.",
                "Les marques doivent passer d'une logique de diffusion à une logique d'engagement.",
                "Le ROI des médias sociaux, c'est d'abord de la notoriété et de la préférence de marque.",
                "Une présence sur tous les réseaux est indispensable pour exister dans l'écosystème digital.",
                "L'influence est le nouveau média.",
                "Synergie, cohérence, engagement : les trois piliers d'une marque sociale.",
            ],
            "welcome_dm": [
                "Merci de votre intérêt ! Téléchargez notre livre blanc « Réussir sa stratégie sociale » : {link}",
                "Bonjour {handle}, merci pour le suivi. Découvrez nos offres d'accompagnement : {link}",
                "Merci pour le follow. Retrouvez toute notre expertise e-réputation sur {link}",
            ],
            "genuine_habit": [
                "{mention} d'accord sur le fond, mais pour une PME le vrai sujet c'est souvent qui répond aux "
                "clients le samedi.",
                "Dîner avec d'anciens collègues à {city}, on a surtout parlé de nos enfants.",
                "Pour un client B2B, le formulaire de contact est passé de {num} à {big} visites par mois.",
            ],
        },
        "en": {
            "bio": [
                "{title} | 360° strategy • Brand content • Online reputation | #SMO #SocialMedia",
                "{title} at {agency}. I make your social levers converge.",
                "{title} | Digital ecosystems & community synergies | Speaker",
                "Senior consultant. {title}. Ex-{agency}. Passionate about buzz and branding.",
            ],
            "title": ["Social Media Evangelist", "No.1 reputation expert", "Brand content guru",
                      "Chief Community Officer", "Certified 2.0 expert", "SMO guru"],
            "agency": ["Digital Synergies", "BuzzLab Consulting", "360 Social Factory", "Hyperlink Agency",
                       "Wave & Brand"],
            "link_post": [
                "[Article] {link}", "New on the blog: {link}", "#SMO watch: {link}", "{link} #brandcontent",
                "Worth a read: {link} #reputation", "[Infographic] {link}", "Today's pick: {link} #insights",
            ],
            "hype": [
                "{lever} {tags}", "Point of view: {lever}", "{lever} Breakdown 👉 {link}", "{lever}",
                "#Trend {lever}",
            ],
            "tags": ["#SMO #brandcontent", "#reputation", "#socialmedia #branding", "#360strategy",
                     "#communitymanagement", "#brandcontent #engagement"],
            "lever": [
                "Community management is the number one lever of brand visibility.",
                "Without a 360° strategy, your social channels are just background noise.",
                "Online reputation is built over time: engagement, listening, conversation.",
                "Brand content is the fuel of virality.",
                "Brands must move from a broadcast mindset to an engagement mindset.",
                "Social media ROI is first and foremost awareness and brand preference.",
                "Being present on every network is essential to exist in the digital ecosystem.",
                "Influence is the new media.",
                "Synergy, consistency, engagement: the three pillars of a social brand.",
            ],
            "welcome_dm": [
                "Thanks for your interest! Download our white paper 'Winning at social strategy': {link}",
                "Hello {handle}, thanks for following. Discover our consulting packages: {link}",
                "Thanks for the follow. All our reputation expertise is at {link}",
            ],
            "genuine_habit": [
                "{mention} agree in principle, but for a small firm the real question is usually who answers "
                "customers on a Saturday.",
                "Dinner with old colleagues in {city}, we mostly talked about our kids.",
                "For a B2B client, the contact form went from {num} to {big} visits a month.",
            ],
        },
    },
}
