"""real_expert: a practitioner who knows the business (seeds ``004_…`` — business metrics,
company structure, content adapted to each platform; ``001_…`` — ROI indicators with figures;
``003_…`` — answers and helps rather than sells).

Slots: ``bio``; ``subject`` + ``news_short`` (twitter/mastodon wording) + ``news_long``
(linkedin/blog/facebook wording) — one piece of news worded differently per platform; ``work``
(the trade itself); ``metric`` (figures WITH numbers); ``customer`` (customers, suppliers,
team); ``life``; ``opinion``; ``reply`` (a substantive answer); ``link_comment`` (own comment
on a full link); ``dm_in`` / ``dm_reply`` (a conversation); ``fake_habit`` (the one buzzy or
link-only post a genuine person also makes).

p1 founder of an online shop, p2 B2B marketing analyst (talks about social media too, with
substance and numbers), p3 owner of a local business.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["J'ai créé {shop} 🍵 Vente en ligne depuis {year}. {city}.",
                    "Je vends des {goods} en ligne ({shop}). Avant : 10 ans dans la logistique.",
                    "{shop} — {goods}, expédiés depuis {city}. Ici je parle stocks, clients et vélo."],
            "shop": ["Thé & Sens", "La Bobine", "Cycles Garnier", "Savons du Bocage", "Papeterie Lumen"],
            "goods": ["thés en vrac", "tissus bio", "vélos reconditionnés", "savons artisanaux",
                      "carnets et papeterie"],
            "subject": ["la nouvelle page de livraison", "notre passage à l'emballage sans plastique",
                        "le changement de transporteur", "l'ouverture du retrait en boutique",
                        "la hausse des prix du fret", "les coffrets cadeaux", "la nouvelle newsletter",
                        "l'abonnement mensuel"],
            "news_short": ["On vient de basculer sur {subject}. Premiers retours demain, je vous dirai.",
                           "{subject} : c'est en ligne. Deux semaines de boulot, un peu fiers.",
                           "Bon, {subject}, c'était pas prévu si tôt mais voilà."],
            "news_long": [
                "Petit retour sur {subject}. On a hésité longtemps parce que ça touche directement la marge, "
                "mais nos clients le demandaient dans presque un message sur deux. Je ferai un bilan chiffré "
                "dans un mois.",
                "Pourquoi {subject} ? Parce que notre taux de retours grimpait et que le service client y "
                "passait ses lundis. Ce que ça change concrètement pour vous : des délais plus clairs et moins "
                "de colis perdus.",
                "On en parle depuis janvier en équipe : {subject}. Merci à {first} qui a tout testé avec dix "
                "clients fidèles avant le lancement."],
            "work": [
                "Inventaire ce matin. On découvre toujours un carton oublié au fond de la réserve.",
                "Négociation avec un nouveau fournisseur de {goods} : meilleurs délais, prix un peu plus hauts. "
                "On tente sur une seule gamme.",
                "Les photos produits refaites à la lumière du jour changent tout. Moins de retours « couleur "
                "différente ».",
                "Recrutement : on cherche quelqu'un pour la préparation de commandes, 3 jours par semaine à "
                "{city}.",
                "Réunion compta : la TVA sur les ventes à l'étranger reste un casse-tête pour une petite boutique.",
            ],
            "metric": [
                "Bilan du mois : taux de conversion passé de {pct_a} à {pct_b} depuis qu'on affiche les délais "
                "sur la fiche produit.",
                "Marge brute à {pct} sur le trimestre, contre un objectif plus haut. Le fret nous coûte cher.",
                "Panier moyen à {small_money} en {month}, en hausse grâce aux coffrets. Taux de retour stable.",
                "{big} commandes depuis le début de l'année. Un tiers de clients qui reviennent, c'est ce "
                "chiffre-là que je regarde.",
                "Coût d'acquisition via Instagram : {small_money} par client. Via la newsletter : presque rien. On "
                "arrête les pubs.",
                "Taux d'ouverture de la newsletter à {pct_b} contre {pct_a} avant le nettoyage de la liste.",
            ],
            "customer": [
                "Une cliente nous a renvoyé une photo de son colis arrivé en miettes. Remboursée, transporteur "
                "relancé, et on revoit le calage.",
                "{first}, client depuis le début, passe à l'entrepôt nous apporter des croissants. Ça n'a pas "
                "de prix.",
                "Question fréquente des clients cette semaine : peut-on modifier une commande après paiement ? "
                "Oui, jusqu'à l'expédition.",
            ],
            "life": ["Sortie vélo de 60 km ce dimanche, les jambes s'en souviennent.",
                     "Le petit a fait ses premiers pas dans l'atelier, entre deux cartons.",
                     "Vacances : boutique en pause jusqu'au {dom} {month}, les commandes partiront au retour.",
                     "Concert hier soir à {city}. Ça fait du bien de penser à autre chose."],
            "opinion": [
                "Je ne crois pas aux promos permanentes. Quand tout est soldé, plus rien ne l'est.",
                "Le service client fait plus pour nos ventes que n'importe quelle campagne.",
                "On a quitté une plateforme de vente parce que la commission mangeait toute la marge. Aucun "
                "regret.",
            ],
            "reply": [
                "{mention} chez nous la livraison offerte dès un certain montant a fait monter le panier, mais "
                "il faut la calculer avec vos frais réels, sinon vous payez pour vendre.",
                "{mention} on utilise un simple tableur pour les stocks jusqu'à 300 références, au-delà ça "
                "devient risqué.",
                "{mention} merci ! Le délai annoncé est de 48 h ouvrées, sauf pour les précommandes.",
                "{mention} pas d'accord sur les avis payants : les clients le sentent, et le jour où ça se sait "
                "c'est fini.",
            ],
            "link_comment": [
                "Article utile sur la hausse des coûts de livraison, surtout la partie sur les points relais : "
                "{url}",
                "Je partage parce que c'est exactement notre situation avec les retours : {url}",
                "Intéressant mais je ne suis pas d'accord avec la conclusion sur les marketplaces. {url}",
            ],
            "dm_in": ["Bonjour, ma commande n'est pas arrivée, c'est normal ?",
                      "Salut ! Tu utilises quel outil pour la compta ?",
                      "Bonjour, vous faites des prix pour les professionnels ?"],
            "dm_reply": [
                "Bonjour {first}, je viens de vérifier : le colis est bloqué au dépôt, je relance le transporteur "
                "et je vous tiens au courant demain.",
                "Salut {first} ! Un logiciel en ligne tout simple, et un expert-comptable une fois par trimestre. "
                "Je te raconte si tu veux.",
                "Bonjour {first}, oui à partir de 10 pièces. Je vous envoie la grille par mail.",
            ],
            "fake_habit": ["Nouveauté sur la boutique {link}", "{link}",
                           "La communauté, c'est vous ! Merci pour tout 💛 #engagement"],
        },
        "en": {
            "bio": ["Founder of {shop} 🍵 Selling online since {year}. {city}.",
                    "I sell {goods} online ({shop}). Before that: 10 years in logistics.",
                    "{shop} — {goods}, shipped from {city}. Here I talk stock, customers and cycling."],
            "shop": ["Leaf & Pot", "The Bobbin", "Garner Cycles", "Hedgerow Soaps", "Lumen Paper Co"],
            "goods": ["loose-leaf tea", "organic fabrics", "refurbished bikes", "handmade soaps",
                      "notebooks and stationery"],
            "subject": ["the new delivery page", "our switch to plastic-free packaging", "changing couriers",
                        "in-store pickup", "the rise in freight costs", "the gift boxes", "the new newsletter",
                        "the monthly subscription"],
            "news_short": ["Just switched to {subject}. First feedback tomorrow, I'll report back.",
                           "{subject}: live. Two weeks of work, slightly proud.",
                           "Right, {subject} happened sooner than planned, but here we are."],
            "news_long": [
                "A short note on {subject}. We hesitated for a long time because it hits the margin directly, "
                "but customers asked for it in almost every other email. I'll share numbers in a month.",
                "Why {subject}? Our return rate kept creeping up and customer service spent every Monday on it. "
                "What changes for you: clearer delivery times and fewer lost parcels.",
                "We've been discussing {subject} since January. Thanks to {first} who tested everything with "
                "ten loyal customers before launch."],
            "work": [
                "Stocktake this morning. There's always a forgotten box at the back of the storeroom.",
                "Negotiating with a new {goods} supplier: faster lead times, slightly higher prices. Trying it "
                "on one range first.",
                "Reshooting product photos in daylight changed everything. Fewer 'colour looks different' "
                "returns.",
                "Hiring: someone for order picking, 3 days a week in {city}.",
                "Accounts meeting: VAT on foreign sales is still a headache for a small shop.",
            ],
            "metric": [
                "Monthly review: conversion rate went from {pct_a} to {pct_b} since we show delivery times on "
                "the product page.",
                "Gross margin at {pct} for the quarter, below target. Freight is expensive.",
                "Average order value {small_money} in {month}, up thanks to gift boxes. Return rate flat.",
                "{big} orders so far this year. A third are repeat customers, that's the number I watch.",
                "Acquisition cost via Instagram ads: {small_money} per customer. Via the newsletter: almost nothing. "
                "We're stopping the ads.",
                "Newsletter open rate at {pct_b} versus {pct_a} before we cleaned the list.",
            ],
            "customer": [
                "A customer sent a photo of her parcel arriving crushed. Refunded, courier chased, and we're "
                "redoing the packing.",
                "{first}, a customer since day one, dropped by the warehouse with pastries. Priceless.",
                "Most common question this week: can I change an order after paying? Yes, until it ships.",
            ],
            "life": ["60 km ride on Sunday, the legs remember.",
                     "The little one took his first steps in the workshop, between two boxes.",
                     "Holidays: shop paused until the {dom}, orders ship when we're back.",
                     "Gig last night in {city}. Good to think about something else."],
            "opinion": [
                "I don't believe in permanent sales. When everything is discounted, nothing is.",
                "Customer service does more for our sales than any campaign.",
                "We left a marketplace because the commission ate the whole margin. No regrets.",
            ],
            "reply": [
                "{mention} for us, free shipping over a threshold raised the basket size, but do the maths with "
                "your real costs or you end up paying to sell.",
                "{mention} we ran stock on a plain spreadsheet up to about 300 SKUs, beyond that it gets risky.",
                "{mention} thanks! Delivery is 2 working days, except pre-orders.",
                "{mention} disagree on paid reviews: customers can tell, and the day it comes out you're done.",
            ],
            "link_comment": [
                "Useful piece on rising delivery costs, especially the bit about pickup points: {url}",
                "Sharing because this is exactly our situation with returns: {url}",
                "Interesting, but I don't agree with the conclusion on marketplaces. {url}",
            ],
            "dm_in": ["Hi, my order hasn't arrived, is that normal?", "Hey! Which tool do you use for bookkeeping?",
                      "Hello, do you do trade prices?"],
            "dm_reply": [
                "Hi {first}, I just checked: the parcel is stuck at the depot, I'm chasing the courier and will "
                "update you tomorrow.",
                "Hey {first}! A simple online tool, and an accountant once a quarter. Happy to tell you more.",
                "Hello {first}, yes from 10 units. I'll email you the price list.",
            ],
            "fake_habit": ["New in the shop {link}", "{link}", "The community is you! Thanks for everything 💛 "
                           "#engagement"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Analyste marketing B2B. Attribution, CRM, et un peu de réseaux sociaux quand ça sert. {city}.",
                    "Marketing B2B dans l'industrie. Les chiffres d'abord, les opinions ensuite.",
                    "Marketing B2B depuis {year}. J'écris sur la mesure, les ventes et ce qui ne marche pas."],
            "subject": ["notre étude sur les leads LinkedIn", "notre nouveau tableau de bord commercial",
                        "notre refonte du scoring des leads", "notre bilan du salon professionnel",
                        "notre audit des campagnes payantes", "notre enquête auprès de 40 clients",
                        "notre modèle d'attribution", "nos chiffres du premier semestre"],
            "news_short": ["{subject} : c'est en ligne. Spoiler : le canal qu'on pensait rentable ne l'est pas.",
                           "Enfin fini : {subject}. Le résumé tient en un graphique.",
                           "{subject} : trois surprises, une mauvaise nouvelle."],
            "news_long": [
                "Nous publions {subject}. Méthode : six mois de données CRM, chaque opportunité rattachée à son "
                "premier contact. Le résultat remet en cause une partie de notre budget, et c'est tant mieux.",
                "Quelques enseignements de {subject}. Les commerciaux et le marketing ne comptaient pas les "
                "mêmes choses ; il a fallu d'abord s'accorder sur la définition d'un lead qualifié.",
                "Retour d'expérience sur {subject}, avec les erreurs qu'on a faites en route. Le détail des "
                "chiffres est dans l'article, questions bienvenues."],
            "work": [
                "Atelier avec l'équipe commerciale : on a enfin une définition commune d'un lead qualifié.",
                "Migration du CRM terminée. Deux semaines de doublons à nettoyer, personne ne m'avait prévenu.",
                "Le comité de direction veut savoir ce que rapporte LinkedIn. Réponse honnête : ça dépend de ce "
                "qu'on compte.",
                "Réunion avec la direction financière pour aligner nos chiffres de pipeline. Utile et douloureux.",
            ],
            "metric": [
                "Taux de conversion lead → opportunité passé de {pct_a} à {pct_b} après avoir retiré les "
                "formulaires trop longs.",
                "Les leads venus des réseaux sociaux : {pct} du pipeline, mais un cycle de vente deux fois plus "
                "long.",
                "Coût par opportunité qualifiée : {money} en moyenne sur le trimestre, contre un peu plus l'an "
                "dernier.",
                "{big} visiteurs sur le livre blanc, {num} rendez-vous commerciaux. C'est ce deuxième chiffre qui "
                "compte.",
                "Taux de désinscription de la newsletter à {pct_a}, taux de clic à {pct_b}. On garde le rythme "
                "mensuel.",
            ],
            "customer": [
                "Visite chez un client industriel : leurs acheteurs ne sont pas sur les réseaux, ils lisent des "
                "comparatifs techniques.",
                "Un client m'a dit que notre webinaire l'avait convaincu… parce que l'ingénieur répondait sans "
                "langue de bois.",
                "Entretien avec {first}, quinze ans de vente terrain. J'en ai appris plus qu'en trois "
                "formations.",
            ],
            "life": ["Semi-marathon bouclé dimanche, pas vite mais entier.",
                     "Week-end sans ordinateur, avec les enfants, chez les grands-parents.",
                     "Je me suis mis au pain au levain. Résultats variables.",
                     "Lecture du moment : un roman policier islandais, rien à voir avec le marketing."],
            "opinion": [
                "« Construire une communauté » n'est pas un objectif. Un objectif, ça se mesure en chiffre "
                "d'affaires ou en marge.",
                "L'engagement sur un post ne dit rien des ventes. Je préfère compter les demandes de démo.",
                "Les réseaux sociaux servent surtout notre recrutement. C'est déjà beaucoup, et c'est mesurable.",
            ],
            "reply": [
                "{mention} on a arrêté les formulaires à douze champs : trois champs, puis un appel. Moins de "
                "contacts, mais des vrais.",
                "{mention} chez nous le cycle de vente dure entre trois et six mois, donc je juge une campagne au "
                "trimestre, pas à la semaine.",
                "{mention} les commerciaux et le marketing partagent maintenant le même tableau, ça a réglé la moitié "
                "des disputes.",
                "{mention} on a testé la newsletter le mardi contre le jeudi : aucune différence, on a gardé le jeudi "
                "par habitude.",
                "{mention} pour l'attribution, on a gardé un modèle au premier contact plus une vérification "
                "manuelle sur les gros contrats. Imparfait, mais honnête.",
                "{mention} d'accord sur le fond, mais sur nos données les webinaires ont un meilleur taux de "
                "transformation que les salons.",
                "{mention} bonne question : on exclut les leads étudiants et fournisseurs avant de calculer, "
                "sinon le taux est gonflé.",
                "{mention} je ne sais pas, on ne l'a pas testé. Si tu as des chiffres je suis preneur.",
            ],
            "link_comment": [
                "Bonne synthèse sur l'attribution multi-touch, avec ses limites bien expliquées : {url}",
                "À lire pour qui doit justifier un budget marketing devant un DAF : {url}",
                "Étude intéressante, mais l'échantillon est petit et très orienté SaaS. {url}",
            ],
            "dm_in": ["Salut, tu aurais un modèle de tableau de bord à partager ?",
                      "Bonjour, on se croise au salon la semaine prochaine ?",
                      "Hello, tu recrutes toujours un chargé de marketing ?"],
            "dm_reply": [
                "Salut {first}, je t'envoie une version anonymisée ce soir. Les colonnes importantes sont le "
                "coût et le délai par étape.",
                "Bonjour {first}, oui je serai sur le stand mardi matin, passe quand tu veux.",
                "Hello {first}, oui ! L'annonce est sur le site, et tu peux m'envoyer ton CV directement.",
            ],
            "fake_habit": ["Nouveau billet sur le blog {link}", "{link} #marketing #B2B",
                           "Engagement, communauté, visibilité : les clés de 2024 ! 🚀"],
        },
        "en": {
            "bio": ["B2B marketing analyst. Attribution, CRM, and some social media when it helps. {city}.",
                    "B2B marketing in manufacturing. Numbers first, opinions second.",
                    "B2B marketing since {year}. I write about measurement, sales and what doesn't work."],
            "subject": ["our study on LinkedIn leads", "the sales dashboard", "the lead scoring rebuild",
                        "our trade show review", "the paid campaign audit", "our survey of 40 clients",
                        "our attribution model", "our first-half numbers"],
            "news_short": ["{subject} is out. Spoiler: the channel we thought was profitable isn't.",
                           "Finally done: {subject}. The summary fits in one chart.",
                           "{subject}: three surprises, one bad news."],
            "news_long": [
                "We're publishing {subject}. Method: six months of CRM data, every opportunity tied to its "
                "first touch. The result questions part of our budget, which is a good thing.",
                "A few lessons from {subject}. Sales and marketing weren't counting the same things; first we "
                "had to agree on what a qualified lead is.",
                "Lessons learned from {subject}, including the mistakes we made. Full numbers in the article, "
                "questions welcome."],
            "work": [
                "Workshop with the sales team: we finally share one definition of a qualified lead.",
                "CRM migration done. Two weeks of duplicates to clean, nobody warned me.",
                "The board wants to know what LinkedIn brings in. Honest answer: it depends what you count.",
                "Meeting with finance to reconcile pipeline numbers. Useful and painful.",
            ],
            "metric": [
                "Lead → opportunity conversion went from {pct_a} to {pct_b} after we removed the long forms.",
                "Leads from social: {pct} of pipeline, but a sales cycle twice as long.",
                "Cost per qualified opportunity: {money} on average this quarter, a bit lower than last year.",
                "{big} visitors on the white paper, {num} sales meetings. The second number is what matters.",
                "Newsletter unsubscribe rate at {pct_a}, click rate at {pct_b}. Keeping the monthly rhythm.",
            ],
            "customer": [
                "Visited a manufacturing client: their buyers aren't on social, they read technical comparisons.",
                "A client told me our webinar convinced him… because the engineer answered without spin.",
                "Interviewed {first}, fifteen years in field sales. Learned more than in three courses.",
            ],
            "life": ["Half marathon done on Sunday, not fast but in one piece.",
                     "Laptop-free weekend with the kids at their grandparents'.",
                     "I've started baking sourdough. Mixed results.",
                     "Currently reading an Icelandic crime novel, nothing to do with marketing."],
            "opinion": [
                "'Building a community' is not a goal. A goal is measured in revenue or margin.",
                "Engagement on a post says nothing about sales. I'd rather count demo requests.",
                "Social media mostly helps our hiring. That's already a lot, and it's measurable.",
            ],
            "reply": [
                "{mention} we dropped the twelve-field forms: three fields, then a call. Fewer contacts, but real "
                "ones.",
                "{mention} our sales cycle runs three to six months, so I judge a campaign per quarter, not per week.",
                "{mention} sales and marketing now share one dashboard, that settled half the arguments.",
                "{mention} we tested the newsletter on Tuesday versus Thursday: no difference, we kept Thursday out "
                "of habit.",
                "{mention} for attribution we kept first-touch plus a manual check on large deals. Imperfect, "
                "but honest.",
                "{mention} agree in principle, but in our data webinars convert better than trade shows.",
                "{mention} good question: we exclude student and supplier leads before computing, otherwise "
                "the rate is inflated.",
                "{mention} no idea, we haven't tested it. If you have numbers I'd love to see them.",
            ],
            "link_comment": [
                "Good overview of multi-touch attribution, limits well explained: {url}",
                "Worth reading if you have to defend a marketing budget in front of a CFO: {url}",
                "Interesting study, but the sample is small and very SaaS-heavy. {url}",
            ],
            "dm_in": ["Hi, do you have a dashboard template you could share?",
                      "Hello, are you at the trade show next week?", "Hey, still hiring a marketing exec?"],
            "dm_reply": [
                "Hi {first}, I'll send you an anonymised version tonight. The key columns are cost and time per "
                "stage.",
                "Hello {first}, yes I'll be at the stand Tuesday morning, drop by any time.",
                "Hey {first}, yes! The ad is on the site, and you can send me your CV directly.",
            ],
            "fake_habit": ["New blog post {link}", "{link} #marketing #B2B",
                           "Engagement, community, visibility: the keys to 2024! 🚀"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["{place} à {city}. Ouvert du mardi au samedi. C'est moi qui réponds ici.",
                    "À la tête de {place} depuis {year}. Cuisine, clients, et les galères qui vont avec.",
                    "{place}, {city}. Artisan, pas influenceur."],
            "place": ["la Boulangerie du Marché", "l'Auberge des Tilleuls", "le Garage Fontaine",
                      "le Café des Halles", "l'Hôtel du Port"],
            "subject": ["les nouveaux horaires d'été", "la terrasse", "les travaux de la cuisine",
                        "le menu du midi", "la réservation en ligne", "le paiement sans contact",
                        "les plats à emporter"],
            "news_short": ["{subject} : c'est parti dès {day} ! Détails sur la page.",
                           "Pour info, du nouveau la semaine prochaine : {subject}.",
                           "{subject}, enfin. Merci de votre patience."],
            "news_long": [
                "Bonjour à tous, {subject} : on a beaucoup hésité, on a écouté vos remarques au comptoir, et "
                "voilà ce qui change à partir de {day}. Si vous avez une question, on répond ici ou au "
                "téléphone.",
                "Quelques mots sur {subject}. Ce n'est pas un caprice : c'est ce qui nous permet de garder "
                "l'équipe au complet toute l'année. Merci à tous les habitués qui nous ont soutenus.",
                "{subject} : ce que ça change pour vous, et pourquoi on l'a fait. Moins d'attente le samedi, "
                "et une équipe moins épuisée."],
            "work": [
                "Levé à 4 h, four en panne à 5 h, réparé à 6 h. Les clients n'ont rien vu.",
                "Le fournisseur de farine augmente encore ses prix. On absorbe pour l'instant.",
                "Nouvel apprenti cette semaine, {first}, 17 ans et déjà plus organisé que moi.",
                "Contrôle d'hygiène ce matin, tout est bon. Merci l'équipe.",
                "Le bilan comptable est tombé : l'année a été correcte, sans plus. L'énergie nous a coûté cher.",
            ],
            "metric": [
                "Depuis la réservation en ligne, les tables vides du samedi sont passées de {pct_b} à {pct_a}.",
                "Chiffre d'affaires de {month} : {revenue}, un peu mieux que l'an dernier. La marge, elle, baisse.",
                "{big} couverts sur la saison. Le midi représente {pct} de l'activité.",
                "Facture d'électricité multipliée par deux : {money} ce trimestre. On a changé les frigos.",
                "On vend {num} baguettes de plus par jour depuis l'ouverture à 6 h 30.",
            ],
            "customer": [
                "Une cliente fidèle fête ses 90 ans ici samedi. On lui a préparé son gâteau préféré.",
                "Un client mécontent hier, à juste titre : l'attente était trop longue. On revoit l'organisation.",
                "Merci pour vos avis, même le moins gentil : il avait raison sur le café.",
            ],
            "life": ["Jour de fermeture : pêche avec mon fils, aucun poisson, belle journée.",
                     "Match de rugby ce soir, la télé sera allumée au comptoir.",
                     "Premier jour de vacances depuis un an. On revient le {dom}.",
                     "Il pleut sur {city}, ça sent la soupe."],
            "opinion": [
                "On ne fera pas de jeu concours « likez et partagez ». On préfère offrir le café aux habitués.",
                "Les plateformes de livraison prennent trop. On livre nous-mêmes dans le quartier.",
                "Un avis négatif, ça se lit, ça se réfléchit, et on répond sans s'énerver.",
            ],
            "reply": [
                "{mention} oui on a des options sans gluten, mais préparées dans la même cuisine, donc pas pour "
                "les allergies sévères.",
                "{mention} merci ! Pour un groupe de 12, appelez-nous plutôt, on vous fera un menu.",
                "{mention} désolé pour l'attente samedi, on était deux en salle au lieu de trois. Passez nous "
                "voir, le café est pour nous.",
                "{mention} le parking derrière l'église est gratuit le midi.",
            ],
            "link_comment": [
                "Article du journal local sur les commerces du centre-ville, on y est cité : {url}",
                "Ce reportage sur le prix de l'énergie pour les artisans, c'est exactement notre quotidien. {url}",
                "La mairie publie le plan des travaux de la rue, utile pour venir en voiture : {url}",
            ],
            "dm_in": ["Bonjour, vous êtes ouverts le 15 août ?", "Bonsoir, il reste de la place pour 6 demain ?",
                      "Bonjour, vous prenez les commandes pour les fêtes ?"],
            "dm_reply": [
                "Bonjour {first}, oui, ouverts le matin seulement ce jour-là.",
                "Bonsoir {first}, oui pour 6 à 20 h, c'est noté à votre nom.",
                "Bonjour {first}, oui jusqu'au 20 décembre, en boutique ou par téléphone.",
            ],
            "fake_habit": ["{link}", "Suivez-nous sur tous nos réseaux ! {link}",
                           "Likez et partagez ! 🎉 #communauté"],
        },
        "en": {
            "bio": ["{place} in {city}. Open Tuesday to Saturday. I'm the one answering here.",
                    "Running {place} since {year}. Cooking, customers, and the headaches that come with them.",
                    "{place}, {city}. A trade, not an influencer."],
            "place": ["the Market Bakery", "the Linden Inn", "Fountain Garage", "the Corner Café",
                      "the Harbour Hotel"],
            "subject": ["summer opening hours", "the terrace", "the kitchen works", "the lunch menu",
                        "online booking", "contactless payment", "takeaway"],
            "news_short": ["{subject}: starting {day}! Details on the page.",
                           "Heads up, news next week: {subject}.", "{subject}, at last. Thanks for your patience."],
            "news_long": [
                "Hello all, about {subject}: we hesitated a lot, listened to what you told us at the counter, "
                "and here's what changes from {day}. Questions welcome here or by phone.",
                "A few words on {subject}. It isn't a whim: it's what lets us keep the whole team all year "
                "round. Thanks to all the regulars who supported us.",
                "{subject}: what it changes for you, and why we did it. Less waiting on Saturdays, and a less "
                "exhausted team."],
            "work": [
                "Up at 4, oven broke at 5, fixed by 6. Customers never noticed.",
                "Flour supplier raising prices again. We're absorbing it for now.",
                "New apprentice this week, {first}, 17 and already more organised than me.",
                "Hygiene inspection this morning, all good. Thanks team.",
                "Year-end accounts are in: a decent year, nothing more. Energy cost us a lot.",
            ],
            "metric": [
                "Since online booking, empty tables on Saturdays went from {pct_b} to {pct_a}.",
                "{month} revenue: {revenue}, slightly better than last year. Margin, though, is going down.",
                "{big} covers this season. Lunch is {pct} of the business.",
                "Electricity bill doubled: {money} this quarter. We replaced the fridges.",
                "We sell {num} more loaves a day since opening at 6:30.",
            ],
            "customer": [
                "A regular turns 90 here on Saturday. We baked her favourite cake.",
                "An unhappy customer yesterday, and rightly so: the wait was too long. Rethinking the setup.",
                "Thanks for your reviews, even the less kind one: he was right about the coffee.",
            ],
            "life": ["Closing day: fishing with my son, no fish, lovely day.",
                     "Rugby tonight, the telly will be on at the bar.",
                     "First day off in a year. Back on the {dom}.", "Raining in {city}, smells like soup weather."],
            "opinion": [
                "We won't run a 'like and share' giveaway. We'd rather buy the regulars a coffee.",
                "Delivery apps take too much. We deliver ourselves around the neighbourhood.",
                "A bad review gets read, thought about, and answered calmly.",
            ],
            "reply": [
                "{mention} yes we have gluten-free options, but made in the same kitchen, so not for severe "
                "allergies.",
                "{mention} thanks! For a group of 12 please call us, we'll do you a set menu.",
                "{mention} sorry about the wait on Saturday, we were two on the floor instead of three. Come "
                "back, coffee's on us.",
                "{mention} the car park behind the church is free at lunchtime.",
            ],
            "link_comment": [
                "Local paper piece on high-street shops, we get a mention: {url}",
                "This report on energy prices for small trades is exactly our daily life. {url}",
                "The council published the roadworks plan, useful if you come by car: {url}",
            ],
            "dm_in": ["Hi, are you open on bank holiday Monday?", "Evening, any room for 6 tomorrow?",
                      "Hello, taking orders for Christmas?"],
            "dm_reply": [
                "Hi {first}, yes, mornings only that day.",
                "Evening {first}, yes for 6 at 8pm, booked under your name.",
                "Hello {first}, yes until 20 December, in the shop or by phone.",
            ],
            "fake_habit": ["{link}", "Follow us on all our networks! {link}", "Like and share! 🎉 #community"],
        },
    },
}

# How this person starts and ends a post now and then (see Draft.write(fresh=True)).
_FRAMES = {
    ("p1", "fr"): (
        ["Petit point :", "Côté boutique,", "Bon.", "Au passage :", "Mise à jour :", "Note pour plus tard :"],
        ["À suivre.", "On verra bien.", "Je vous tiens au courant.", "(et oui, on compte tout)",
         "Vos avis m'intéressent."],
    ),
    ("p1", "en"): (
        ["Small update:", "Quick one:", "Right.", "By the way:", "Note to self:", "Update:"],
        ["More soon.", "We'll see.", "Will keep you posted.", "(yes, we count everything)",
         "Keen to hear your views."],
    ),
    ("p2", "fr"): (
        ["Retour d'expérience :", "Cette semaine,", "Honnêtement,", "Pour être précis :",
         "Petite leçon du trimestre :"],
        ["Méthode dispo sur demande.", "Corrigez-moi si vous mesurez autrement.",
         "Données internes, à prendre avec prudence.", "On en reparle au prochain bilan."],
    ),
    ("p2", "en"): (
        ["Lessons learned:", "This week,", "Honestly,", "To be precise:", "Quarterly lesson:"],
        ["Method available on request.", "Correct me if you measure it differently.",
         "Internal data, take it with a pinch of salt.", "More at the next review."],
    ),
    ("p3", "fr"): (
        ["Ce matin :", "Nouvelles de la maison :", "Chez nous,", "Petit mot de l'équipe :", "Ce midi,"],
        ["Bonne journée à tous.", "À bientôt au comptoir.", "Merci à vous !", "On vous attend."],
    ),
    ("p3", "en"): (
        ["This morning:", "News from us:", "Over here,", "A word from the team:", "This lunchtime,"],
        ["Have a good day all.", "See you at the counter.", "Thank you!", "Hope to see you soon."],
    ),
}
for (_set, _lang), (_opener, _closer) in _FRAMES.items():
    SETS[_set][_lang].update(opener=_opener, closer=_closer)
