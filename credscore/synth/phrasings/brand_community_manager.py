"""brand_community_manager: a brand's genuine community manager (seed ``003_…`` — answers,
facilitates, does not sell; ``001_…`` — interaction and business indicators).

Slots: ``name`` (the brand), ``bio``, ``announcement`` (sometimes posted identically on every
platform — the one fake-like habit brands really have), ``customer_reply`` (answers a
customer, often with ``{order}``), ``figures`` (real numbers), ``behind`` (behind the scenes),
``question`` (asks the community something concrete), ``dm_in`` (a customer's message),
``dm_reply`` (an individual answer), ``fake_habit``.

p1 an outdoor-gear shop chain, p2 a budgeting app, p3 a regional food brand.
"""

SETS = {
    "p1": {
        "fr": {
            "name": ["Altitude Sports", "Rando Shop", "Cime & Sentier", "Le Vieux Campeur de {city}"],
            "bio": ["Compte officiel. Matériel de montagne depuis {year}. SAV : réponse du lundi au samedi, "
                    "9h-18h.", "Magasins à {city} et en ligne. Ici c'est {me} qui répond à vos questions.",
                    "Randonnée, escalade, bivouac. Une question sur une commande ? Écrivez-nous en privé."],
            "announcement": [
                "Nouveau magasin à {city} ! Ouverture le {day} à 10 h, atelier réparation de chaussures sur place.",
                "Les soldes d'été commencent {day} : jusqu'à -40 % sur les tentes de la saison dernière.",
                "Rappel produit : certains réchauds du lot 2231 peuvent fuir. Rapportez-les, remboursement intégral.",
                "Notre atelier de réparation reprend les vestes de toutes marques à partir de {day}.",
            ],
            "customer_reply": [
                "{mention} bonjour, votre commande {order} est partie ce matin, vous recevrez le suivi par mail.",
                "{mention} désolés pour la taille ! L'échange est gratuit en magasin ou par retour postal sous "
                "30 jours.",
                "{mention} bonne question : cette veste n'est pas imperméable, seulement déperlante. Pour la "
                "pluie longue, regardez plutôt le modèle au-dessus.",
                "{mention} merci pour la photo du sommet 😍 On la partage avec votre accord ?",
                "{mention} nous avons transmis au fabricant, on revient vers vous sous 48 h.",
            ],
            "figures": [
                "Bilan de l'atelier réparation : {big} paires de chaussures ressemelées cette année au lieu d'être "
                "jetées.",
                "Vous avez été {big} à venir au festival de films de montagne. Merci !",
                "{pct} de nos ventes de tentes sont désormais des modèles d'occasion reconditionnés.",
                "Délai moyen de réponse du SAV ce mois-ci : {num} heures. On vise moins.",
            ],
            "behind": ["Les coulisses de l'entrepôt un lundi matin : {num} palettes à ranger avant midi.",
                       "{first}, vendeur à {city}, teste les nouvelles chaussures sur 30 km ce week-end.",
                       "Réunion produit : vos avis sur les sacs à dos ont fait changer la ceinture du modèle 2025."],
            "question": ["Quelle est la randonnée qui vous a le plus marqués cette année ?",
                         "Vous préférez les tentes tunnel ou dôme ? On prépare le catalogue.",
                         "Des idées pour notre prochain atelier gratuit en magasin ?"],
            "dm_in": ["Bonjour, ma commande {order} n'est toujours pas arrivée.",
                      "Bonjour, la fermeture de mon sac est cassée après 2 mois, c'est garanti ?",
                      "Salut, vous avez la tente 2 places en stock à {city} ?"],
            "dm_reply": [
                "Bonjour {first}, je regarde : la commande {order} est chez le transporteur depuis mardi. Je "
                "lance une enquête et je vous rembourse la livraison.",
                "Bonjour {first}, oui, garantie 2 ans. Passez en magasin avec le sac, on le répare ou on "
                "l'échange sur place.",
                "Salut {first}, il en reste 3 au magasin de {city}. Je peux en mettre une de côté jusqu'à samedi.",
            ],
            "fake_habit": ["Suivez-nous aussi sur Instagram et Facebook ! {link}", "{link}"],
        },
        "en": {
            "name": ["Summit Outdoors", "Trail Shop", "Ridge & Path", "{city} Outdoor Co"],
            "bio": ["Official account. Mountain gear since {year}. Support: Mon–Sat, 9am–6pm.",
                    "Stores in {city} and online. This is {me}, answering your questions.",
                    "Hiking, climbing, camping. Order question? Send us a DM."],
            "announcement": [
                "New store in {city}! Opening {day} at 10am, with a boot repair workshop on site.",
                "Summer sale starts {day}: up to 40% off last season's tents.",
                "Product recall: some stoves from batch 2231 may leak. Bring them back for a full refund.",
                "Our repair workshop now fixes jackets of any brand, from {day}.",
            ],
            "customer_reply": [
                "{mention} hi, order {order} left this morning, tracking is on its way by email.",
                "{mention} sorry about the size! Exchanges are free in store or by post within 30 days.",
                "{mention} good question: that jacket is water-resistant, not waterproof. For long rain, look at "
                "the next model up.",
                "{mention} thanks for the summit photo 😍 Can we share it?",
                "{mention} we've passed it on to the manufacturer, we'll get back to you within 48h.",
            ],
            "figures": [
                "Repair workshop review: {big} pairs of boots resoled this year instead of binned.",
                "{big} of you came to the mountain film festival. Thank you!",
                "{pct} of our tent sales are now refurbished second-hand models.",
                "Average support reply time this month: {num} hours. We're aiming lower.",
            ],
            "behind": ["Warehouse on a Monday morning: {num} pallets to put away before noon.",
                       "{first}, from our {city} store, is testing the new boots on a 30 km walk this weekend.",
                       "Product meeting: your reviews changed the hip belt on next year's backpack."],
            "question": ["Which hike stayed with you most this year?",
                         "Tunnel or dome tents? We're planning the catalogue.",
                         "Ideas for our next free in-store workshop?"],
            "dm_in": ["Hi, my order {order} still hasn't arrived.",
                      "Hello, my backpack zip broke after 2 months, is it covered?",
                      "Hey, do you have the 2-person tent in stock in {city}?"],
            "dm_reply": [
                "Hi {first}, checking now: order {order} has been with the courier since Tuesday. I'm opening a "
                "claim and refunding your shipping.",
                "Hello {first}, yes, 2-year warranty. Bring it to a store and we'll fix or swap it there.",
                "Hey {first}, 3 left at the {city} store. I can put one aside until Saturday.",
            ],
            "fake_habit": ["Follow us on Instagram and Facebook too! {link}", "{link}"],
        },
    },
    "p2": {
        "fr": {
            "name": ["Budgeo", "Tirelire App", "Comptes Clairs", "Monnaie"],
            "bio": ["L'appli qui range vos dépenses toute seule. Support humain ici, 7j/7.",
                    "Compte officiel de {brandname}. Une question ? Mentionnez-nous, on répond vite.",
                    "Budget perso, sans jargon. Équipe basée à {city}."],
            "brandname": ["Budgeo", "Tirelire", "Comptes Clairs"],
            "announcement": [
                "Nouvelle version disponible : catégories personnalisables et export CSV. Mettez à jour !",
                "Maintenance prévue {day} de 2 h à 4 h : l'appli sera indisponible.",
                "Incident en cours : la synchronisation avec certaines banques est lente. On vous tient informés.",
                "Bonne nouvelle : le mode hors-ligne arrive {day} pour tout le monde.",
            ],
            "customer_reply": [
                "{mention} bonjour ! La synchro avec votre banque est rétablie depuis 11 h, pouvez-vous relancer "
                "l'appli ?",
                "{mention} merci pour le signalement. Le bug des doublons est corrigé dans la version de demain.",
                "{mention} vos données restent sur nos serveurs en France, rien n'est revendu. Détails dans la FAQ.",
                "{mention} pas encore, mais l'export PDF est sur la feuille de route. On vous prévient dès que "
                "c'est prêt.",
            ],
            "figures": [
                "Cette année, vous avez été {big} à créer un premier budget. Le plus utilisé : « courses ».",
                "Temps médian de réponse du support ce mois-ci : {num} minutes.",
                "Taux de plantage de l'appli : {pct_a} → {pct_b}… dans le mauvais sens. On s'en occupe.",
                "Note moyenne sur les stores : 4,6 sur {big} avis. Merci, et merci aussi pour les critiques.",
            ],
            "behind": ["Journée test avec {num} utilisateurs dans nos locaux : on a beaucoup appris.",
                       "{first} du support a répondu à 212 messages aujourd'hui. Respect.",
                       "On a supprimé trois écrans de l'inscription. Moins, c'est mieux."],
            "question": ["Quelle fonctionnalité vous manque le plus ?", "Vous préférez les notifications le matin "
                         "ou le soir ?", "Quel est votre plus gros poste de dépense imprévu ?"],
            "dm_in": ["Bonjour, je n'arrive plus à me connecter depuis la mise à jour.",
                      "Bonjour, comment supprimer mon compte ?", "Salut, l'appli compte deux fois mon loyer."],
            "dm_reply": [
                "Bonjour {first}, pouvez-vous m'envoyer la version affichée dans Réglages ? Je transmets à "
                "l'équipe technique.",
                "Bonjour {first}, dans Réglages > Compte > Supprimer. Tout est effacé sous 30 jours.",
                "Salut {first}, c'est un bug connu avec votre banque, correctif prévu jeudi. En attendant, vous "
                "pouvez masquer le doublon.",
            ],
            "fake_habit": ["{link}", "Téléchargez l'appli ! {link} #fintech"],
        },
        "en": {
            "name": ["Budgeo", "Piggy App", "ClearBooks Personal", "Penny"],
            "bio": ["The app that sorts your spending for you. Human support here, 7 days a week.",
                    "Official {brandname} account. Question? Mention us, we reply fast.",
                    "Personal budgeting, no jargon. Team based in {city}."],
            "brandname": ["Budgeo", "Piggy", "Penny"],
            "announcement": [
                "New version out: custom categories and CSV export. Update now!",
                "Scheduled maintenance {day} from 2am to 4am: the app will be unavailable.",
                "Ongoing incident: syncing with some banks is slow. We'll keep you posted.",
                "Good news: offline mode arrives {day} for everyone.",
            ],
            "customer_reply": [
                "{mention} hi! Sync with your bank is back since 11am, could you restart the app?",
                "{mention} thanks for reporting. The duplicate bug is fixed in tomorrow's release.",
                "{mention} your data stays on our EU servers, nothing is sold. Details in the FAQ.",
                "{mention} not yet, but PDF export is on the roadmap. We'll let you know when it's ready.",
            ],
            "figures": [
                "This year {big} of you set up a first budget. Most used category: 'groceries'.",
                "Median support reply time this month: {num} minutes.",
                "App crash rate: {pct_a} → {pct_b}… the wrong way. We're on it.",
                "Average store rating: 4.6 from {big} reviews. Thanks, and thanks for the criticism too.",
            ],
            "behind": ["Testing day with {num} users at the office: we learned a lot.",
                       "{first} from support answered 212 messages today. Respect.",
                       "We removed three screens from sign-up. Less is more."],
            "question": ["Which feature do you miss most?", "Notifications in the morning or the evening?",
                         "What's your biggest unexpected expense?"],
            "dm_in": ["Hi, I can't log in since the update.", "Hello, how do I delete my account?",
                      "Hey, the app counts my rent twice."],
            "dm_reply": [
                "Hi {first}, could you send me the version shown in Settings? I'll pass it to the tech team.",
                "Hello {first}, Settings > Account > Delete. Everything is erased within 30 days.",
                "Hey {first}, known bug with your bank, fix due Thursday. Meanwhile you can hide the duplicate.",
            ],
            "fake_habit": ["{link}", "Download the app! {link} #fintech"],
        },
    },
    "p3": {
        "fr": {
            "name": ["Biscuiterie de l'Odet", "Fromagerie Vallée Verte", "Les Confitures de Mamie Jo",
                     "Cidrerie du Bocage"],
            "bio": ["Entreprise familiale depuis {year}. Tout est fabriqué à {city} avec des produits de la région.",
                    "Compte tenu par {me}, à la production le matin et ici l'après-midi.",
                    "Artisans. Boutique à {city}, revendeurs partout en France."],
            "announcement": [
                "La boutique de {city} passe en horaires d'hiver : fermée le lundi à partir de {day}.",
                "Nouvelle recette disponible chez nos revendeurs dès {day} !",
                "Portes ouvertes de l'atelier {day} : visite, dégustation, et les enfants peuvent mettre la main "
                "à la pâte.",
                "Attention : rupture sur les coffrets de fin d'année, réassort prévu le {dom} {month}.",
            ],
            "customer_reply": [
                "{mention} oui, le pot en verre se recycle, le couvercle va avec les métaux.",
                "{mention} la date indiquée est une date de durabilité minimale : après, le goût baisse un peu, rien "
                "de dangereux.",
                "{mention} on ne vend pas encore en Belgique, mais un distributeur de Liège nous a contactés, affaire "
                "à suivre.",
                "{mention} pas d'huile de palme, jamais. La liste complète des ingrédients est sur la fiche produit.",
                "{mention} le format familial revient en rayon fin {month}, la ligne de conditionnement était en "
                "panne.",
                "{mention} bonjour, oui, ce produit contient des traces de fruits à coque, c'est indiqué au dos.",
                "{mention} merci ! Vous trouverez la liste des revendeurs près de chez vous sur notre site, "
                "rubrique « où nous trouver ».",
                "{mention} désolés pour le pot abîmé, envoyez-nous une photo en privé, on vous en renvoie un.",
                "{mention} la recette a légèrement changé : moins de sucre, à la demande de nombreux clients.",
            ],
            "figures": [
                "{big} pots vendus au marché de Noël, record battu. Merci !",
                "Nous travaillons maintenant avec {num} producteurs de la région, contre 12 il y a cinq ans.",
                "Le prix du beurre a pris {pct} en un an. On a tenu nos prix jusqu'ici.",
                "{pct} de nos ventes se font en direct, le reste chez {num} revendeurs.",
            ],
            "behind": ["6 h du matin, première fournée. L'atelier sent le caramel.",
                       "{first} fête ses 20 ans dans l'entreprise aujourd'hui 🎉",
                       "Livraison des fruits ce matin : belle récolte malgré la sécheresse."],
            "question": ["Quelle recette voudriez-vous qu'on relance ?", "Vous les mangez comment, vous ?",
                         "Des idées de nom pour notre nouveau produit ?"],
            "dm_in": ["Bonjour, vous livrez en Belgique ?", "Bonjour, je cherche un coffret pour 40 salariés.",
                      "Bonjour, mon colis est arrivé cassé."],
            "dm_reply": [
                "Bonjour {first}, oui, frais de port à 9 € pour la Belgique, délai 3 à 4 jours.",
                "Bonjour {first}, avec plaisir ! Je vous envoie notre tarif entreprises par mail, c'est quel "
                "budget par coffret ?",
                "Bonjour {first}, navrés ! On vous renvoie le colis dès demain, inutile de retourner l'ancien.",
            ],
            "fake_habit": ["{link}", "Likez notre page ! {link}"],
        },
        "en": {
            "name": ["Odet Biscuit Co", "Green Valley Creamery", "Granny Jo's Preserves", "Orchard Cider House"],
            "bio": ["Family business since {year}. Made in {city} with local milk and fruit.",
                    "Run by {me}, on the production line in the morning and here in the afternoon.",
                    "Makers. Shop in {city}, stockists across the country."],
            "announcement": [
                "The {city} shop switches to winter hours: closed Mondays from {day}.",
                "New recipe at our stockists from {day}!",
                "Open day at the kitchen {day}: tour, tasting, and kids can get their hands in the dough.",
                "Heads up: Christmas boxes are out of stock, restock due on the {dom}.",
            ],
            "customer_reply": [
                "{mention} yes, the glass jar is recyclable, the lid goes with metals.",
                "{mention} the date on the lid is a best-before date: after it the taste fades a little, nothing "
                "unsafe.",
                "{mention} we don't sell in Canada yet, but a distributor in Montreal got in touch, watch this space.",
                "{mention} no palm oil, ever. The full ingredient list is on the product page.",
                "{mention} the family size is back on shelves at the end of {month}, the packing line was down.",
                "{mention} hi, yes, it may contain traces of nuts, it's on the back label.",
                "{mention} thanks! Stockists near you are listed on our site under 'where to find us'.",
                "{mention} sorry about the damaged jar, DM us a photo and we'll send another.",
                "{mention} the recipe changed slightly: less sugar, as many customers asked.",
            ],
            "figures": [
                "{big} jars sold at the Christmas market, a new record. Thank you!",
                "We now work with {num} local farms, up from 12 five years ago.",
                "Butter prices are up {pct} in a year. We've held our prices so far.",
                "{pct} of our sales are direct, the rest through {num} stockists.",
            ],
            "behind": ["6am, first batch. The kitchen smells of caramel.",
                       "{first} celebrates 20 years with us today 🎉",
                       "Fruit delivery this morning: good harvest despite the drought."],
            "question": ["Which recipe should we bring back?", "How do you eat them?",
                         "Name ideas for our new product?"],
            "dm_in": ["Hi, do you deliver to Ireland?", "Hello, I need a gift box for 40 staff.",
                      "Hello, my parcel arrived broken."],
            "dm_reply": [
                "Hi {first}, yes, shipping to Ireland is £9, 3 to 4 days.",
                "Hello {first}, with pleasure! I'll email our business prices, what's the budget per box?",
                "Hello {first}, so sorry! We'll send a new parcel tomorrow, no need to return the old one.",
            ],
            "fake_habit": ["{link}", "Like our page! {link}"],
        },
    },
}

# How this person starts and ends a post now and then (see Draft.write(fresh=True)).
_FRAMES = {
    ("p1", "fr"): (
        ["Bonjour à tous !", "Infos magasin :", "Du nouveau :"],
        ["— {me}", "Bonne rando !", "À bientôt en magasin."],
    ),
    ("p1", "en"): (
        ["Hi all!", "Store news:", "Something new:"],
        ["— {me}", "Happy hiking!", "See you in store."],
    ),
    ("p2", "fr"): (
        ["Info :", "Du côté de l'appli,", "Petite nouvelle :"],
        ["^{me}", "L'équipe {brandname}", "Merci de votre patience 🙏"],
    ),
    ("p2", "en"): (
        ["FYI:", "App news:", "Quick news:"],
        ["^{me}", "The {brandname} team", "Thanks for your patience 🙏"],
    ),
    ("p3", "fr"): (
        ["Des nouvelles de l'atelier :", "Bonjour bonjour !", "Ça y est :"],
        ["Bonne dégustation !", "— {me}, pour toute l'équipe", "Merci de nous suivre 💛"],
    ),
    ("p3", "en"): (
        ["News from the kitchen:", "Hello hello!", "Here we go:"],
        ["Enjoy!", "— {me}, for the whole team", "Thanks for following 💛"],
    ),
}
for (_set, _lang), (_opener, _closer) in _FRAMES.items():
    SETS[_set][_lang].update(opener=_opener, closer=_closer)
