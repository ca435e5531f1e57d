"""money_educator (genuine, hard case): someone who talks about money, revenue and results, honestly.

Figures of their own work, good and bad months alike, with costs, margins and what failed; lessons that
are specific enough to act on; warnings against get-rich-quick schemes; now and then a paid product or a
free resource on their own site (``{own}``); screenshots of their own numbers with a caption saying what
they show; questions to peers, and answers to people in varied words with specifics.

Slots: ``bio``, ``numbers`` (their own figures), ``failure``, ``lesson``, ``warning``, ``offer`` (a
product or free resource, with ``{own}``), ``path`` (the site's sections), ``screenshot`` (the caption of
a photo or screenshot of their own numbers), ``question``, ``reply`` (an answer to one person), ``life``,
``dm_in``/``dm_reply``, ``fake_habit``.

p1 an indie founder "building in public" (in French a small online shop of coffee gear, in English a
one-person invoicing SaaS); p2 a budget counsellor at a nonprofit (in French a "conseillère en économie
sociale et familiale" at an association, in English a debt adviser at a charity); p3 a real estate agent
who posts the numbers of her own sales and explains what buying really costs.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Je construis ma boutique de matériel à café en public. Chiffres réels, bons et mauvais.",
                    "Fondatrice d'une petite e-boutique (moulins, filtres, balances). Ex-compta. À {city}.",
                    "E-commerce en solo depuis {year}. Je publie mes comptes chaque mois."],
            "path": ["journal", "boutique"],
            "numbers": ["Bilan de {month} : 14 280 € de ventes, 4 310 € de marge après produits, port et "
                        "commissions. Publicité : 1 150 €. Ce qui reste pour moi : à peu près un SMIC.",
                        "Mois difficile : chiffre en baisse de 22 % par rapport à l'an dernier. Deux raisons, "
                        "une rupture sur les balances et une campagne qui n'a rien donné.",
                        "Taux de retour ce trimestre : 3,1 %. Presque tous sur le même moulin, le réglage de "
                        "mouture est mal expliqué. Je refais la notice.",
                        "Panier moyen passé de 46 € à 58 € depuis le seuil de livraison offerte à 50 €. Les "
                        "commandes ont baissé de 6 %, le chiffre monte quand même.",
                        "{num} commandes hier, record. Le lendemain d'un passage dans une newsletter, pas d'un "
                        "génie du marketing.",
                        "Première année complète : 131 000 € de chiffre, 9 800 € de résultat avant impôts. "
                        "Oui, c'est peu. C'est aussi la vérité."],
            "failure": ["J'ai commandé 400 carafes en verre pour Noël. Il en reste 260 dans le garage.",
                        "Le programme de parrainage : 3 mois, 11 utilisations, 900 € de codes offerts. "
                        "Arrêté.", "J'ai changé de transporteur pour gagner 0,80 € par colis. Les réclamations "
                        "ont triplé. Retour à l'ancien.", "Ma campagne avec une influenceuse : 1 200 € "
                        "payés, 7 ventes."],
            "lesson": ["Calculez la marge après remboursements et frais de paiement, pas sur le prix affiché. "
                       "Chez moi, 4 points d'écart.", "Un stock dormant, c'est de la trésorerie bloquée. Je "
                       "fais maintenant des précommandes pour les nouveautés.", "Les frais de port offerts "
                       "coûtent quelque chose. Mettez-les dans le prix ou fixez un seuil, mais faites le "
                       "calcul.", "Sur 100 visiteurs, 1,8 achètent. Chaque point gagné là compte plus qu'un "
                       "abonné de plus."],
            "warning": ["Les vidéos « 10 000 € par mois en dropshipping » oublient la TVA, les retours, la pub "
                        "et les comptes bloqués. Méfiance.", "Si quelqu'un vous vend une formation e-commerce "
                        "avec des captures de chiffre d'affaires, demandez la marge. Personne ne la montre.",
                        "Un chiffre d'affaires n'est pas un revenu. Une boutique à 50 000 € par mois peut "
                        "perdre de l'argent."],
            "offer": ["J'ai mis en ligne mon tableur de suivi de marge, gratuit, celui que j'utilise tous les "
                      "mois : {own}", "Nouveau à la boutique : le moulin manuel que je teste depuis 6 mois. "
                      "Prix, défauts et fiche complète : {own}", "J'ai écrit tout ce que j'aurais aimé "
                      "savoir avant d'ouvrir, avec mes vrais chiffres. C'est gratuit : {own}"],
            "screenshot": ["Mon tableau de bord de {month}. Le pic, c'est la newsletter du 12 ; le trou, la "
                           "rupture de stock.", "Les ventes de l'année, mois par mois. Septembre a été mauvais, "
                           "je n'ai pas encore compris pourquoi.", "La pile de colis de ce soir. 38, un record "
                           "pour un mardi.", "Le détail des frais d'un mois : la pub pèse plus que je le "
                           "pensais."],
            "question": ["Les autres petites boutiques : vous passez par quel transporteur pour les colis de "
                         "plus de 2 kg ?", "Vous publiez vos chiffres ? Je me demande si ça aide ou si ça fait "
                         "juste fuir les fournisseurs."],
            "reply": ["{mention} non, la publicité sur les réseaux ne m'a jamais rapporté plus qu'elle coûtait, "
                      "sauf en décembre.", "{mention} le moulin est fabriqué à Taïwan, je l'achète 41 € et je le "
                      "vends 89 €, port compris.", "{mention} oui, je me paie depuis mars, 1 400 € par mois. "
                      "Avant, rien.", "{mention} la compta me prend deux soirs par mois avec le logiciel de la "
                      "banque, pas plus.", "{mention} bonne question, je n'ai pas compté le temps passé. "
                      "Probablement 50 heures par semaine en novembre."],
            "life": ["Inventaire jusqu'à minuit, chat sur les genoux.", "Fermé une semaine, je pars voir ma sœur "
                     "à {city}.", "Le facteur connaît maintenant mon prénom et celui du chat."],
            "dm_in": ["Bonjour, vous conseillez quoi pour une première boutique, Shopify ou WooCommerce ?",
                      "Vous seriez d'accord pour parler de vos chiffres dans notre podcast ?",
                      "Ma commande n° {order} n'est pas arrivée, vous pouvez vérifier ?"],
            "dm_reply": ["Bonjour {first}, j'ai commencé sur Shopify pour aller vite, mais les frais d'apps "
                         "montent vite. Listez vos besoins avant de choisir.",
                         "Avec plaisir {first}, plutôt en fin de mois, après la clôture des comptes.",
                         "Bonjour {first}, le colis est bloqué au dépôt depuis vendredi, je vous en renvoie un "
                         "aujourd'hui."],
            "fake_habit": ["Nouveau billet sur le blog ☕ {link}", "Bilan du mois en ligne #ecommerce "
                           "#buildinpublic"],
        },
        "en": {
            "bio": ["Building a one-person invoicing app in public. Real numbers, good and bad months.",
                    "Solo founder. Invoicing for freelancers. Ex-accountant, based in {city}.",
                    "Bootstrapped SaaS since {year}. I share revenue, costs and mistakes every month."],
            "path": ["updates", "blog"],
            "numbers": ["{month} update: $8,420 MRR, up $310. Churn 4.2%, which is too high. Costs $1,130 "
                        "(hosting, email, my accountant). No salary yet.",
                        "Bad month: MRR went down for the first time, -$190. Two agencies left after a price "
                        "change I handled badly.",
                        "Trial to paid conversion is 11%. It was 6% before I removed the credit card step.",
                        "Year two: $97k revenue, $21k costs, and roughly $76k before tax for one person. "
                        "Better than my old job, not a yacht.",
                        "{num} new paying customers this week, mostly from one Reddit comment I wrote in "
                        "March.",
                        "Refunds this quarter: $640. Nearly all people who signed up for the wrong plan. "
                        "Fixing the pricing page."],
            "failure": ["Spent 3 months on a mobile app. 40 installs. Should have asked users first.",
                        "Ran Google Ads for 6 weeks: $2,300 spent, 9 customers, 4 still paying. Stopped.",
                        "Launched a lifetime deal to get cash. It did. Those customers now cost me support time "
                        "forever.", "Raised prices without warning existing users. Lost 14 of them. Apologised, "
                        "grandfathered everyone."],
            "lesson": ["Revenue is not profit. Write your margin after payment fees, refunds and tools before "
                       "you tweet a number.", "Annual plans saved my cash flow in the slow months. Offer them "
                       "early.", "The best marketing I did was answering questions in forums for a year. Slow, "
                       "cheap, still working.", "Talk to the customers who cancel. Half of my roadmap came from "
                       "those calls."],
            "warning": ["When someone shows a Stripe screenshot to sell you a course, ask what the course "
                        "earns versus the business. Usually the course is the business.",
                        "\"$10k months in 90 days\" is not a plan. Most of my first year was under $1k a month.",
                        "Be careful with anyone who sells income but never mentions costs, taxes or refunds."],
            "offer": ["I open-sourced the spreadsheet I use to track MRR, churn and costs. Free, no email "
                      "needed: {own}", "New plan for teams of up to 5, $29 a month. Details and the maths "
                      "behind the price: {own}", "Wrote up two years of numbers with every mistake in one "
                      "place: {own}"],
            "screenshot": ["MRR chart since launch. The flat part in the middle is the 5 months I almost quit.",
                           "This month's costs, line by line. Email sending grew more than I expected.",
                           "Churn by cohort. The January cohort still stings.",
                           "Revenue vs costs for the year, no cropping."],
            "question": ["Other solo founders: when did you start paying yourself, and how much?",
                         "Do annual discounts hurt you later? Trying to decide between 15% and 2 months free."],
            "reply": ["{mention} no, Stripe takes about 3% all in for me because many customers are outside "
                      "the US.", "{mention} I pay myself $3,000 a month since June. Before that, nothing.",
                      "{mention} 70% of signups come from search, the rest from word of mouth. Ads never paid "
                      "off.", "{mention} the churn is mostly freelancers who stop freelancing, not switching to "
                      "a competitor.", "{mention} fair point, I should show the hours too. Around 45 a week."],
            "life": ["Laptop closed, kid's football match, losing 3-1 and happy.", "Back from a week offline in "
                     "{city}. The app survived without me.", "Support ticket answered from a train. Signal "
                     "permitting."],
            "dm_in": ["Hi, would you share how you handle EU VAT as a solo founder?",
                      "Would you come on our podcast to talk about your numbers?",
                      "My invoice {order} shows the wrong currency, can you check?"],
            "dm_reply": ["Hi {first}, I use a merchant of record so they handle VAT. It costs more per sale but "
                         "saves me hours.", "Happy to, {first}, ideally after month end when the numbers are "
                         "closed.", "Hi {first}, it was a bug in the currency setting, fixed and your invoice "
                         "is regenerated."],
            "fake_habit": ["New post on the blog {link}", "Monthly numbers are up #buildinpublic #indiehackers"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Conseillère en économie sociale et familiale dans une association à {city}. Budgets, dettes, "
                    "droits.", "J'accompagne des familles qui ont du mal à boucler le mois. Tout est gratuit.",
                    "Éducation budgétaire, surendettement, accès aux droits. Point conseil budget agréé."],
            "path": ["fiches", "ateliers"],
            "numbers": ["Cette année, 312 ménages reçus, 74 dossiers de surendettement déposés, 61 acceptés.",
                        "Sur les familles suivies en {month}, la moitié avait au moins un crédit renouvelable. "
                        "Souvent ouvert en magasin.", "Atelier budget de jeudi : {num} personnes. Trois sont "
                        "reparties avec un rendez-vous à la CAF pour des droits non demandés.",
                        "Depuis le début de l'année, 48 000 € d'aides récupérées pour les ménages accompagnés, "
                        "surtout de la prime d'activité oubliée."],
            "failure": ["Notre atelier en ligne n'a attiré personne. Les gens veulent venir, parler, poser leurs "
                        "factures sur la table.", "On a distribué 500 carnets de comptes. Presque personne ne "
                        "les utilise au bout d'un mois. On cherche autre chose.", "J'ai trop parlé et pas assez "
                        "écouté au dernier atelier. Retour au format questions d'abord."],
            "lesson": ["Faites la liste des prélèvements du mois dernier, ligne par ligne. On trouve presque "
                       "toujours un abonnement oublié.", "Une dette ne se règle pas avec un nouveau crédit. Le "
                       "regroupement rallonge la durée et coûte plus cher au total.", "Le budget par "
                       "enveloppes marche bien pour les courses : une somme par semaine, en liquide ou sur une "
                       "carte à part.", "Avant d'épargner, gardez un coussin d'un mois de dépenses. C'est lui "
                       "qui évite le découvert."],
            "warning": ["Les « formations trading » vendues sur les réseaux : plusieurs familles sont venues cette "
                        "année après avoir tout perdu. Personne ne devient riche en copiant des signaux.",
                        "Un placement qui promet 10 % par mois sans risque, c'est une arnaque. Toujours.",
                        "Les faux conseillers en investissement appellent avec le logo d'une vraie banque. "
                        "Raccrochez et rappelez votre agence."],
            "offer": ["Notre fiche gratuite pour préparer un dossier de surendettement, pièce par pièce : {own}",
                      "Prochain atelier « Mon budget en un après-midi » à la maison de quartier, gratuit, "
                      "inscription ici : {own}", "Le modèle de budget mensuel qu'on utilise en rendez-vous, "
                      "version papier et tableur : {own}"],
            "screenshot": ["Le tableau de l'atelier de ce matin : les dépenses fixes d'une famille de 4, "
                           "anonymisées.", "Notre salle avant l'atelier. Café, calculatrices, relevés.",
                           "Le budget type qu'on a construit ensemble jeudi, avec les vraies factures d'énergie.",
                           "Les chiffres de l'association pour l'année, présentés à l'assemblée générale."],
            "question": ["Collègues CESF : vous utilisez encore le carnet de comptes papier, ou plutôt une "
                         "appli ?", "Quels sujets voudriez-vous voir dans les ateliers de la rentrée ?"],
            "reply": ["{mention} oui, le dossier de surendettement est gratuit, méfiez-vous de ceux qui le font "
                      "payer.", "{mention} la prime d'activité se demande en ligne, comptez vingt minutes avec "
                      "vos trois derniers bulletins.", "{mention} non, on ne peut pas effacer une dette fiscale "
                      "de la même façon, mais un échéancier est possible.", "{mention} pour un premier livret, "
                      "le livret A suffit largement. Le reste viendra après.", "{mention} on vous reçoit sans "
                      "rendez-vous le mardi matin, venez avec vos relevés."],
            "life": ["Réunion d'équipe suivie d'un pot de départ, Martine part à la retraite.", "Vélo sous la "
                     "pluie pour aller à {city}, j'arrive trempée à l'atelier.", "Jour férié, j'ai fait des "
                     "confitures."],
            "dm_in": ["Bonjour, je reçois des relances pour un crédit que je ne peux plus payer, que faire ?",
                      "Bonjour, l'atelier de samedi est ouvert aux personnes d'une autre commune ?",
                      "Vous intervenez dans les lycées pour parler budget ?"],
            "dm_reply": ["Bonjour {first}, ne laissez pas traîner : appelez-nous pour un rendez-vous, on regarde "
                         "le contrat et vos revenus ensemble, c'est gratuit.",
                         "Bonjour {first}, oui, l'atelier est ouvert à tous, il suffit de s'inscrire.",
                         "Oui {first}, nous faisons une séance de deux heures en classe, écrivez-nous à "
                         "l'adresse de l'association."],
            "fake_habit": ["Nouvelle fiche pratique en ligne 👉 {link}", "#budget #argent #conseils "
                           "Ateliers gratuits toute l'année"],
        },
        "en": {
            "bio": ["Debt adviser at a community charity in {city}. Budgets, debt, benefits. Free and "
                    "confidential.", "I help families get on top of their money. We never sell anything.",
                    "Money adviser. Financial education for adults and schools. Views my own."],
            "path": ["guides", "workshops"],
            "numbers": ["This year we saw 298 households, wrote off or reduced £412,000 of debt, and found "
                        "£63,000 of unclaimed benefits.", "Of the people we saw in {month}, 1 in 3 had a "
                        "buy-now-pay-later debt. Two years ago it was almost none.", "Thursday's budgeting "
                        "class: {num} people. Four left with an appointment to check benefits they'd never "
                        "claimed.", "Average priority debt of a new client this quarter: £2,140, mostly "
                        "council tax and energy arrears."],
            "failure": ["Our online workshop series had six sign-ups in total. People want to come in and "
                        "talk.", "We printed 500 budget booklets. A month later hardly anyone used them. "
                        "Trying a simple card instead.", "I explained too much and listened too little at "
                        "the last session. Questions first next time."],
            "lesson": ["List every direct debit from last month, line by line. We nearly always find a "
                       "forgotten subscription.", "A consolidation loan doesn't make debt disappear. It "
                       "stretches it out and usually costs more overall.", "Pay priority debts first: rent, "
                       "council tax, energy. Credit cards can wait; the bailiffs can't.", "Before saving, build "
                       "a buffer of one month's spending. It's what keeps you out of overdraft fees."],
            "warning": ["The trading \"mentors\" on TikTok: several people came to us this year after losing "
                        "everything. Copying signals doesn't make anyone rich.", "Any investment that promises "
                        "10% a month with no risk is a scam. Every time.", "Cloned firms call using a real "
                        "bank's name. Hang up and call the number on your card."],
            "offer": ["Our free guide to dealing with bailiffs, step by step, with template letters: {own}",
                      "Next free \"Budget in an afternoon\" session at the community centre, booking here: "
                      "{own}", "The budget sheet we use in appointments, printable and spreadsheet versions: "
                      "{own}"],
            "screenshot": ["This morning's whiteboard: fixed costs for a family of four, anonymised.",
                           "The room before the session. Tea, calculators, bank statements.",
                           "The budget we built together on Thursday, with real energy bills.",
                           "Our numbers for the year, as presented at the AGM."],
            "question": ["Fellow advisers: paper budget booklets or apps for clients who are new to budgeting?",
                         "What topics would you want covered in the autumn sessions?"],
            "reply": ["{mention} yes, a debt relief order costs £90 now, and we can help with the form.",
                      "{mention} universal credit advances have to be paid back, so borrow the smallest amount "
                      "you can.", "{mention} no, we don't charge anything and never will. If someone does, it's "
                      "not us.", "{mention} for a first savings account an easy-access one is fine. The rest "
                      "can come later.", "{mention} drop-in is Tuesday mornings, bring your latest statements."],
            "life": ["Team meeting then a leaving do, Pat is retiring after 22 years.", "Cycled to {city} in the "
                     "rain, arrived soaked for the workshop.", "Bank holiday, made jam."],
            "dm_in": ["Hi, I'm getting letters about a loan I can't pay any more, what should I do?",
                      "Is Saturday's workshop open to people from outside the borough?",
                      "Do you give talks in schools about money?"],
            "dm_reply": ["Hi {first}, please don't ignore them: call us for an appointment, we'll look at the "
                         "agreement and your income together, free of charge.",
                         "Hi {first}, yes, it's open to everyone, just book a place.",
                         "Yes {first}, we run a two-hour session in class, email the charity's address."],
            "fake_habit": ["New guide online 👉 {link}", "#money #budgeting #debt Free sessions all year"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["Agente immobilière à {city} depuis {year}. Je publie les vrais prix de mes ventes.",
                    "Transaction immobilière, quartiers nord de {city}. Estimations honnêtes, même quand ça "
                    "déçoit.", "Conseillère immobilière indépendante. Achat, vente, et beaucoup de questions "
                    "sur les frais."],
            "path": ["annonces", "conseils"],
            "numbers": ["Mes ventes de l'année : 19 biens, délai moyen 74 jours, négociation moyenne de 4,5 % "
                        "sur le prix affiché.", "Le T3 de la rue des Tilleuls : affiché 245 000 €, vendu "
                        "231 000 € après 3 mois. Le prix de départ était trop haut, je l'avais dit.",
                        "{month} calme : 2 compromis signés, 1 annulé pour refus de prêt.",
                        "Sur mes acheteurs cette année, 6 sur 10 sont des primo-accédants, avec un apport "
                        "moyen de 11 %."],
            "failure": ["J'ai accepté un mandat à un prix que je savais trop élevé. 8 mois en ligne, vendu "
                        "finalement 12 % en dessous. Je ne le referai pas.", "Une vente a capoté à cause d'un "
                        "diagnostic mal lu, le mien. Je relis tout deux fois maintenant.", "Les visites "
                        "virtuelles : beaucoup de vues, aucune offre de plus. Arrêtées."],
            "lesson": ["Frais de notaire dans l'ancien : comptez environ 7,5 % du prix. Ce n'est pas le notaire "
                       "qui les garde, ce sont surtout des taxes.", "Un investissement locatif se calcule "
                       "après taxe foncière, charges, vacance et travaux. La rentabilité « brute » des annonces "
                       "ne veut rien dire.", "Demandez les trois derniers procès-verbaux d'assemblée générale "
                       "avant d'acheter en copropriété. Les travaux votés arrivent toujours.",
                       "Un DPE F ou G, c'est un budget travaux à prévoir, et bientôt une interdiction de louer."],
            "warning": ["Les « coachs en investissement » qui promettent 10 biens sans apport oublient de dire "
                        "qui rembourse quand le locataire ne paie pas.", "Acheter un studio à 4 heures de chez "
                        "soi parce qu'une formation l'a recommandé : j'ai vu trois clients le revendre à "
                        "perte.", "Le cash-flow positif dès le premier mois, sur un bien à rénover, j'y crois "
                        "rarement."],
            "offer": ["Nouveau mandat : maison de 1962 avec jardin, travaux d'isolation à prévoir, le DPE "
                      "est en ligne avec l'annonce : {own}", "J'ai écrit une fiche gratuite sur tous les "
                      "frais d'un premier achat, chiffres de mes dossiers à l'appui : {own}", "Estimation "
                      "gratuite, je vous dirai le prix réel, pas celui qui fait plaisir : {own}"],
            "screenshot": ["Le tableau de mes ventes de l'année, prix affiché contre prix signé.", "Photo du "
                           "jardin de la maison mise en vente cette semaine, prise ce matin.", "Les frais "
                           "détaillés d'un achat à 200 000 €, d'après un vrai dossier anonymisé.", "Le "
                           "séjour du T2 de la rue Pasteur, avant travaux."],
            "question": ["Confrères : vous voyez aussi les délais de vente s'allonger dans votre secteur ?",
                         "Vous préférez des prix ronds ou des prix « psychologiques » sur les annonces ?"],
            "reply": ["{mention} oui, le prix est négociable, mais le vendeur a déjà baissé une fois.",
                      "{mention} la taxe foncière est de 1 240 € pour ce bien, c'est écrit dans l'annonce.",
                      "{mention} ma commission est de 4 % TTC, à la charge du vendeur, affichée partout.",
                      "{mention} honnêtement, à ce prix-là, je vous conseille de faire chiffrer la toiture "
                      "avant l'offre.", "{mention} non, pas de vente sans diagnostic amiante pour une maison "
                      "de cette année-là."],
            "life": ["Samedi de visites sous la pluie, cinq paires de chaussures mouillées dans l'entrée.",
                     "Pause déjeuner au marché de {city}.", "Remise des clés ce matin, les acheteurs avaient "
                     "apporté des croissants."],
            "dm_in": ["Bonjour, le T2 de la rue Pasteur est-il toujours disponible ?",
                      "Combien vaut à peu près un 3 pièces dans votre quartier ?",
                      "Vous prenez des mandats en dehors de la ville ?"],
            "dm_reply": ["Bonjour {first}, oui, deux visites sont prévues samedi, je peux vous proposer vendredi "
                         "en fin de journée.",
                         "Bonjour {first}, ça dépend beaucoup de l'étage et du DPE, je peux passer le voir pour "
                         "vous donner une fourchette honnête.",
                         "Bonjour {first}, jusqu'à une vingtaine de kilomètres, au-delà je vous oriente vers "
                         "une collègue."],
            "fake_habit": ["🏡 Nouvelle annonce en ligne ! {link}", "Votre projet immobilier commence ici ✨ "
                           "#immobilier"],
        },
        "en": {
            "bio": ["Estate agent in {city} since {year}. I post the real prices of my sales.",
                    "Residential sales, east side of {city}. Honest valuations, even when they disappoint.",
                    "Independent realtor. Buying, selling, and a lot of questions about closing costs."],
            "path": ["listings", "advice"],
            "numbers": ["My sales this year: 23 homes, average 61 days on market, average 3.8% below asking.",
                        "The 3-bed on Elm Street: listed at $389,000, sold at $371,000 after 11 weeks. The "
                        "asking price was too high and I said so.", "Quiet {month}: 2 offers accepted, 1 fell "
                        "through when the buyer's mortgage was declined.", "Of my buyers this year, 6 in 10 "
                        "were first-time buyers with an average deposit of 9%."],
            "failure": ["I took a listing at a price I knew was too high. 7 months on the market, sold 11% "
                        "lower in the end. Never again.", "A sale fell apart because of an inspection report I "
                        "misread. I read everything twice now.", "Virtual tours got lots of views and not one "
                        "extra offer. Stopped doing them."],
            "lesson": ["Closing costs are usually 2-5% of the price on top of your deposit. Budget for them "
                       "before you make an offer.", "A rental's yield has to be worked out after taxes, "
                       "insurance, vacancies and repairs. The gross yield on a listing means very little.",
                       "Ask for the HOA's last meeting minutes before you buy a condo. Voted repairs always "
                       "arrive.", "Get the roof and the boiler checked before you offer, not after."],
            "warning": ["The \"real estate coaches\" promising 10 properties with no money down never say who "
                        "pays the mortgage when the tenant doesn't.", "Buying a rental 4 hours away because a "
                        "course told you to: I've seen three clients sell at a loss.", "Positive cash flow "
                        "from month one on a fixer-upper? Rarely."],
            "offer": ["New listing: 1962 house with a garden, needs insulation, inspection report posted with "
                      "the listing: {own}", "I wrote a free sheet on every cost of a first purchase, with "
                      "figures from my own files: {own}", "Free valuation, and I'll tell you the real price, "
                      "not the flattering one: {own}"],
            "screenshot": ["My sales this year, asking price vs sold price.", "The garden of the house going on "
                           "the market this week, taken this morning.", "Closing costs on a $300k purchase, "
                           "from a real anonymised file.", "Living room of the Pasteur Street flat, before "
                           "renovation."],
            "question": ["Fellow agents: are you seeing days on market go up in your area too?",
                         "Round prices or \"charm\" prices on listings, which works better for you?"],
            "reply": ["{mention} yes, the price is negotiable, but the sellers already dropped it once.",
                      "{mention} property tax is $3,100 a year on this one, it's in the listing.",
                      "{mention} my commission is 2.5%, paid by the seller, and it's on every listing.",
                      "{mention} honestly, at that price I'd get a roofer to quote before you offer.",
                      "{mention} no, the seller won't skip the inspection on a house that old."],
            "life": ["Saturday of viewings in the rain, five pairs of wet shoes in the hallway.",
                     "Lunch break at the {city} farmers market.", "Handed over keys this morning, the buyers "
                     "brought donuts."],
            "dm_in": ["Hi, is the flat on Pasteur Street still available?",
                      "Roughly what is a 3-bed worth in your neighbourhood?",
                      "Do you take listings outside the city?"],
            "dm_reply": ["Hi {first}, yes, there are two viewings on Saturday, I could do Friday late "
                         "afternoon.",
                         "Hi {first}, it depends a lot on the condition and the street, I can come round and give "
                         "you an honest range.",
                         "Hi {first}, up to about 20 miles, beyond that I'll point you to a colleague."],
            "fake_habit": ["🏡 Just listed! {link}", "Your dream home starts here ✨ #realestate"],
        },
    },
}
