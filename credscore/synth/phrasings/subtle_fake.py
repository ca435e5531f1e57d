"""subtle_fake: the polished pretender (seeds ``004_…`` checklist, ``000_…`` comment styles).

Slots: ``bio`` (no guru word, a plausible title), ``post`` (content-looking posts, some with a
link), ``slogan`` ("ROI" and "conversion" as slogans, never with a number), ``praise`` (generic
praise replies), ``offtopic`` (motivation, lifestyle, filler), ``tag`` (hashtags the
cross-poster rotates so that copies are not identical), ``dm`` (a templated DM where only
``{first}`` changes), ``genuine_habit``.

p1 "growth consultant" (LinkedIn register), p2 "conversion specialist for online shops",
p3 "content creator for coaches and freelancers".
"""

SETS = {
    "p1": {
        "fr": {
            "bio": [
                "Stratégie digitale | J'aide les dirigeants à transformer leur présence en ligne "
                "en résultats.",
                "Accompagnement stratégique réseaux sociaux pour PME ambitieuses. Basé à {city}.",
                "Stratégie • Contenu • Performance. Conseil social media indépendant.",
            ],
            "post": [
                "{lead} {insight}", "{insight} {cta}", "{lead} {insight} {link}", "{insight}",
                "{lead} {insight} {cta}",
            ],
            "lead": ["Ce que j'observe chez mes clients :", "Trois ans d'accompagnement m'ont appris une chose :",
                     "Question que l'on me pose souvent :", "Petite réflexion du jour.", "Constat terrain :"],
            "insight": [
                "les entreprises qui publient avec régularité prennent toujours l'avantage.",
                "la cohérence éditoriale fait la différence entre une marque visible et une marque oubliée.",
                "LinkedIn n'est plus un CV en ligne, c'est un outil d'influence.",
                "votre contenu doit parler à votre cible, pas à vous.",
                "la meilleure stratégie est celle que vous tenez dans le temps.",
                "un dirigeant visible inspire confiance avant même le premier rendez-vous.",
                "la vidéo courte reste le format qui performe le mieux en ce moment.",
            ],
            "cta": ["Vous en pensez quoi ?", "D'accord ou pas ?", "Et chez vous ?", "Parlons-en en commentaire.",
                    "Je vous lis."],
            "slogan": [
                "Le ROI d'une stratégie sociale se construit, il ne s'improvise pas.",
                "Visibilité → confiance → conversion. Dans cet ordre.",
                "Pas de conversion sans relation.",
                "Ce qui compte, c'est le ROI. Le reste, c'est du bruit.",
                "Publier ne suffit plus : il faut convertir.",
                "Une stratégie sans ROI, c'est un hobby.",
            ],
            "praise": ["Très juste {first} !", "Merci pour ce partage, très inspirant.", "Tellement vrai.",
                       "Excellent post 👏", "Bravo pour cette analyse !", "Je plussoie à 100 %."],
            "offtopic": [
                "Le succès, c'est d'aller d'échec en échec sans perdre son enthousiasme.",
                "Bon week-end à tous ! Prenez soin de vous.",
                "Café, carnet, et une belle semaine qui commence ☕",
                "Rien ne remplace une bonne nuit de sommeil.",
                "Joyeux vendredi ! Quel est votre plus beau succès de la semaine ?",
            ],
            "tag": ["#stratégie", "#LinkedIn", "#marketingdigital", "#dirigeants", "#PME", "#contenu",
                    "#visibilité", "#leadership"],
            "dm": [
                "Bonjour {first}, merci pour la connexion ! J'accompagne des dirigeants sur leur visibilité "
                "LinkedIn. Seriez-vous ouvert(e) à un échange de 15 minutes cette semaine ?",
                "Bonjour {first}, ravi d'être connecté. J'ai vu votre profil et je pense pouvoir vous aider à "
                "développer votre présence en ligne. On en parle ?",
            ],
            "genuine_habit": [
                "{mention} sur ce point je vous rejoins : chez un client industriel, les demandes entrantes sont "
                "passées de {num} à {num} par mois en six mois, surtout grâce au SEO.",
                "J'ai eu tort sur TikTok l'an dernier, je l'avoue. Mes clients B2B n'y sont pas.",
            ],
        },
        "en": {
            "bio": [
                "Digital strategy consultant | Helping leaders turn their online presence into results.",
                "Strategic social media support for ambitious SMEs. Based in {city}.",
                "Strategy • Content • Performance. Independent social media consultant.",
            ],
            "post": [
                "{lead} {insight}", "{insight} {cta}", "{lead} {insight} {link}", "{insight}",
                "{lead} {insight} {cta}",
            ],
            "lead": ["What I keep seeing with clients:", "Three years of consulting taught me one thing:",
                     "A question I get a lot:", "A quick thought for today.", "From the field:"],
            "insight": [
                "companies that post consistently always win in the end.",
                "editorial consistency is the difference between a visible brand and a forgotten one.",
                "LinkedIn isn't an online CV anymore, it's an influence tool.",
                "your content should speak to your audience, not to you.",
                "the best strategy is the one you can keep up.",
                "a visible CEO earns trust before the first meeting.",
                "short video is still the best performing format right now.",
            ],
            "cta": ["Thoughts?", "Agree or disagree?", "How is it for you?", "Let's discuss in the comments.",
                    "Curious to hear your take."],
            "slogan": [
                "Social ROI is built, not improvised.",
                "Visibility → trust → conversion. In that order.",
                "No conversion without connection.",
                "ROI is what matters. Everything else is noise.",
                "Posting isn't enough anymore: you need to convert.",
                "A strategy without ROI is a hobby.",
            ],
            "praise": ["So true {first}!", "Thanks for sharing, very inspiring.", "This.", "Great post 👏",
                       "Brilliant analysis!", "Couldn't agree more."],
            "offtopic": [
                "Success is going from failure to failure without losing your enthusiasm.",
                "Have a great weekend everyone! Take care.",
                "Coffee, notebook, and a fresh week ahead ☕",
                "Nothing beats a good night's sleep.",
                "Happy Friday! What was your biggest win this week?",
            ],
            "tag": ["#strategy", "#LinkedIn", "#digitalmarketing", "#leaders", "#SMB", "#content",
                    "#visibility", "#leadership"],
            "dm": [
                "Hi {first}, thanks for connecting! I help business leaders with their LinkedIn visibility. "
                "Would you be open to a 15-minute chat this week?",
                "Hi {first}, great to be connected. I had a look at your profile and I think I could help you "
                "grow your online presence. Shall we talk?",
            ],
            "genuine_habit": [
                "{mention} I'm with you on this: for a manufacturing client, inbound leads went from {num} to "
                "{num} a month in six months, mostly thanks to SEO.",
                "I was wrong about TikTok last year, I admit it. My B2B clients just aren't there.",
            ],
        },
    },
    "p2": {
        "fr": {
            "bio": [
                "Spécialiste conversion e-commerce 🛒 | Shopify • Instagram • Ads",
                "J'aide les boutiques en ligne à vendre plus grâce aux réseaux sociaux.",
                "E-commerce & social selling. Ex-chef de projet web. Café addict.",
            ],
            "post": [
                "{shop_tip}", "{shop_tip} {link}", "Astuce e-commerce : {shop_tip}", "{shop_tip} 🛒",
                "Vos fiches produits méritent mieux. {shop_tip}",
            ],
            "shop_tip": [
                "une bonne photo produit vaut toutes les promos du monde.",
                "les avis clients sont votre meilleure force de vente.",
                "Instagram Shopping change complètement la donne pour les petites boutiques.",
                "ne négligez jamais la page panier.",
                "le live shopping arrive en France, préparez-vous.",
                "vos stories doivent donner envie d'acheter, pas juste de liker.",
                "un tunnel d'achat simple, c'est un client heureux.",
            ],
            "slogan": [
                "La conversion, c'est tout.",
                "Arrêtez de chercher du trafic, cherchez de la conversion.",
                "Chaque publication doit servir votre ROI.",
                "Le social selling, c'est du ROI à l'état pur.",
                "Boostez votre conversion, pas votre ego.",
            ],
            "praise": ["Super boutique !", "Magnifique 😍", "Top ce produit !", "J'adore l'univers 👌",
                       "Très belle marque, bravo {first} !", "Génial, continuez comme ça !"],
            "offtopic": [
                "Lundi motivation 💪 On lâche rien !",
                "Qui d'autre travaille mieux avec de la musique ?",
                "Vive les vacances ! À très vite 🌴",
                "Citation du jour : fais de ta vie un rêve, et d'un rêve une réalité.",
            ],
            "tag": ["#ecommerce", "#shopify", "#boutiqueenligne", "#socialselling", "#instagramshopping",
                    "#vendreenligne", "#conversion", "#retail"],
            "dm": [
                "Hello {first} ! J'adore ta boutique 😍 J'aide les e-shops comme le tien à doubler leurs ventes "
                "via Instagram. Je peux t'envoyer mon audit offert ?",
                "Coucou {first}, merci pour l'abonnement ! Tu vends en ligne ? J'ai une méthode qui cartonne, "
                "dis-moi si ça t'intéresse 🙂",
            ],
            "genuine_habit": [
                "{mention} chez une cliente, passer la livraison offerte de 60 à 45 € a fait monter le panier "
                "moyen, mais la marge a baissé. À surveiller.",
                "Pas de post demain, je déménage. Les cartons me font la guerre.",
            ],
        },
        "en": {
            "bio": [
                "E-commerce conversion specialist 🛒 | Shopify • Instagram • Ads",
                "Helping online shops sell more through social media.",
                "E-commerce & social selling. Former web project manager. Coffee addict.",
            ],
            "post": [
                "{shop_tip}", "{shop_tip} {link}", "E-commerce tip: {shop_tip}", "{shop_tip} 🛒",
                "Your product pages deserve better. {shop_tip}",
            ],
            "shop_tip": [
                "one great product photo beats every discount code.",
                "customer reviews are your best salespeople.",
                "Instagram Shopping is a total game changer for small shops.",
                "never neglect your cart page.",
                "live shopping is coming, get ready.",
                "your stories should make people want to buy, not just like.",
                "a simple checkout means a happy customer.",
            ],
            "slogan": [
                "Conversion is everything.",
                "Stop chasing traffic, chase conversion.",
                "Every post should serve your ROI.",
                "Social selling is pure ROI.",
                "Boost your conversion, not your ego.",
            ],
            "praise": ["Love this shop!", "Gorgeous 😍", "Amazing product!", "Love the vibe 👌",
                       "Beautiful brand, well done {first}!", "Awesome, keep it up!"],
            "offtopic": [
                "Monday motivation 💪 Never give up!",
                "Who else works better with music on?",
                "Holiday mode on! See you soon 🌴",
                "Quote of the day: make your life a dream, and a dream a reality.",
            ],
            "tag": ["#ecommerce", "#shopify", "#onlineshop", "#socialselling", "#instagramshopping",
                    "#sellonline", "#conversion", "#retail"],
            "dm": [
                "Hey {first}! Love your shop 😍 I help stores like yours double their sales through Instagram. "
                "Can I send you my free audit?",
                "Hi {first}, thanks for the follow! Do you sell online? I have a method that really works, let "
                "me know if you're interested 🙂",
            ],
            "genuine_habit": [
                "{mention} for one client, lowering the free-shipping threshold from 60 to 45 raised the average "
                "basket, but the margin went down. Worth watching.",
                "No post tomorrow, moving house. The boxes are winning.",
            ],
        },
    },
    "p3": {
        "fr": {
            "bio": [
                "Création de contenus pour coachs & indépendants 🎨 | Canva • Reels • Carrousels",
                "Ton contenu, ma passion. J'écris pour les solopreneurs qui veulent être lus.",
                "Content creator | Copywriting | Je rends les indépendants visibles.",
            ],
            "post": [
                "{hook}\n\n{advice}", "{advice} {cta}", "{hook} {advice}", "{advice}", "{hook}\n{advice}\n{cta}",
            ],
            "hook": ["Personne ne te le dira, alors je le fais.", "Stop ✋", "Si tu es indépendant(e), lis ceci.",
                     "J'ai testé pendant un mois.", "La vérité sur les carrousels :"],
            "advice": [
                "ton contenu doit éduquer, divertir ou inspirer. Sinon, il disparaît.",
                "poste même quand tu n'as pas envie : la régularité bat le talent.",
                "ta première phrase décide de tout.",
                "tes clients idéaux te lisent déjà. Parle-leur directement.",
                "un carrousel bien construit vaut dix posts improvisés.",
                "recycle ton contenu : un article = cinq posts.",
                "arrête de te comparer, commence à publier.",
            ],
            "cta": ["Enregistre ce post 📌", "Partage-le à un(e) indépendant(e) qui en a besoin.",
                    "Dis-moi en commentaire ce que tu en penses 👇", "Suis-moi pour plus de conseils."],
            "slogan": [
                "Ton contenu est ton meilleur commercial. Et il convertit pendant que tu dors.",
                "Un bon copywriting, c'est du ROI garanti.",
                "Écrire pour convertir, pas pour plaire.",
                "Le contenu, c'est le ROI des indépendants.",
                "Chaque mot compte quand on parle de conversion.",
            ],
            "praise": ["Tellement ça 🙌", "Merci pour ce rappel !", "Post au top 🔥", "Trop vrai 😂",
                       "J'enregistre, merci {first} !", "Love ce contenu 💛"],
            "offtopic": [
                "Journée cocooning, plaid et série 🛋️",
                "Petit rappel : bois de l'eau 💧",
                "Tu préfères : lever tôt ou coucher tard ?",
                "Nouvelle coupe, nouvelle énergie ✂️",
            ],
            "tag": ["#contentcreator", "#copywriting", "#entrepreneure", "#solopreneur", "#carrousel",
                    "#indépendant", "#canva", "#reels"],
            "dm": [
                "Hello {first} 💛 merci pour le follow ! Je prépare un atelier gratuit sur les carrousels qui "
                "convertissent, je t'envoie le lien ?",
                "Coucou {first} ! Trop cool que tu me suives. Tu as déjà une stratégie de contenu ? Je peux "
                "t'aider si besoin 😊",
            ],
            "genuine_habit": [
                "{mention} honnêtement, sur mon compte les carrousels font 3 fois moins de vues que les textes "
                "simples. Je ne sais pas encore pourquoi.",
                "Ma fille a eu son brevet aujourd'hui, soirée pizza !",
            ],
        },
        "en": {
            "bio": [
                "Content creator for coaches & freelancers 🎨 | Canva • Reels • Carousels",
                "Your content, my passion. I write for solopreneurs who want to be read.",
                "Content creator | Copywriting | Making freelancers visible.",
            ],
            "post": [
                "{hook}\n\n{advice}", "{advice} {cta}", "{hook} {advice}", "{advice}", "{hook}\n{advice}\n{cta}",
            ],
            "hook": ["Nobody will tell you this, so I will.", "Stop ✋", "If you're a freelancer, read this.",
                     "I tested it for a month.", "The truth about carousels:"],
            "advice": [
                "your content has to educate, entertain or inspire. Otherwise it vanishes.",
                "post even when you don't feel like it: consistency beats talent.",
                "your first sentence decides everything.",
                "your dream clients are already reading you. Talk to them directly.",
                "one well-built carousel is worth ten improvised posts.",
                "recycle your content: one article = five posts.",
                "stop comparing yourself, start publishing.",
            ],
            "cta": ["Save this post 📌", "Share it with a freelancer who needs it.",
                    "Tell me in the comments what you think 👇", "Follow me for more tips."],
            "slogan": [
                "Your content is your best salesperson. And it converts while you sleep.",
                "Good copywriting is guaranteed ROI.",
                "Write to convert, not to please.",
                "Content is the freelancer's ROI.",
                "Every word counts when it comes to conversion.",
            ],
            "praise": ["So much this 🙌", "Thanks for the reminder!", "Top post 🔥", "Too true 😂",
                       "Saving this, thanks {first}!", "Love this content 💛"],
            "offtopic": [
                "Cosy day, blanket and a series 🛋️",
                "Little reminder: drink some water 💧",
                "Would you rather: early bird or night owl?",
                "New haircut, new energy ✂️",
            ],
            "tag": ["#contentcreator", "#copywriting", "#womeninbusiness", "#solopreneur", "#carousel",
                    "#freelancer", "#canva", "#reels"],
            "dm": [
                "Hi {first} 💛 thanks for the follow! I'm running a free workshop on carousels that convert, "
                "shall I send you the link?",
                "Hey {first}! So happy you're following me. Do you have a content strategy yet? Happy to help "
                "if you need 😊",
            ],
            "genuine_habit": [
                "{mention} honestly, on my account carousels get 3 times fewer views than plain text posts. "
                "Still not sure why.",
                "My daughter passed her exams today, pizza night!",
            ],
        },
    },
}
