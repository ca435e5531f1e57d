"""non_native_writer: a genuine practitioner writing in their second language, with the mistakes
that go with it. Same slots as :mod:`real_expert` (the behaviour is shared).

``fr`` is French written by an English speaker (gender and agreement slips, calques such as
"ça fait du sens", "je suis excité de", missing accents); ``en`` is English written by a French
speaker ("I am agree", "since two years", "informations", "actually" for "currently", a space
before "!" and "?").

p1 software founder, p2 hotel manager, p3 wine and food exporter.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["J'ai fondé une petite startup logiciel a {city}. Je apprends le français, soyez gentils.",
                    "CTO, originaire de Manchester, habite à {city} depuis {year}. Code, clients, café.",
                    "Nous faisons un logiciel pour les artisans. Le produit est plus bon que mon français."],
            "subject": ["notre nouvelle version", "le changement de prix", "le nouveau tableau de bord",
                        "la migration de serveurs"],
            "news_short": ["Nous avons lancé {subject} aujourd'hui, je suis très excité !",
                           "{subject} est disponible. Merci pour tous vos retours, ça fait du sens maintenant.",
                           "Enfin {subject} est fini, le équipe a travaillé très dur."],
            "news_long": [
                "Je veux expliquer {subject}. Beaucoup de clients ont demandé pourquoi, et c'est une bonne "
                "question. Nous avons regardé les données de six mois et la décision fait du sens pour la "
                "majorité de utilisateurs.",
                "Quelques mots sur {subject} (pardon pour mon français). Nous avons écouté les artisans, ils "
                "veulent moins de écrans et plus de rapidité. Alors nous avons coupé beaucoup de fonctions.",
                "Pour {subject} nous avons eu des problèmes, je ne vais pas mentir. Mais maintenant c'est stable "
                "et le support a répondu à tous les messages."],
            "work": [
                "Aujourd'hui j'ai passé toute la journée avec un plombier pour comprendre comment il fait ses "
                "devis. Très intéressant, et très différent que je pensais.",
                "Nous recrutons un développeur, télétravail possible, mais il faut parler français mieux que moi 😅",
                "Réunion avec notre comptable. Les charges sociales en France sont un grand surprise pour un "
                "anglais.",
                "On a réécrit la page de inscription. Moins de champs, moins de abandons j'espère.",
            ],
            "metric": [
                "Le taux de conversion de l'essai gratuit est passé de {pct_a} à {pct_b} depuis que on appelle "
                "chaque nouveau client.",
                "Nous avons maintenant {big} utilisateurs actifs. Le churn mensuel est à {pct}, trop haut encore.",
                "Le revenu récurrent a fait {money} ce mois. Petit, mais il augmente chaque mois depuis {num} mois.",
                "Coût de acquisition : {small_money} par client. Sur LinkedIn c'était pire, nous avons arrêté.",
            ],
            "customer": [
                "Un client électricien m'a dit que le logiciel lui économise deux soirées par semaine. Meilleur "
                "compliment de l'année.",
                "Un client était très fâché hier, et il avait raison, le bug était de notre faute. C'est réparé.",
                "Visite chez {first}, menuisier, il nous a montré ses vieux devis en papier. Très instructif.",
            ],
            "life": ["Premier marché de Noël en France, le vin chaud est dangereux.",
                     "Mon fils corrige mon français maintenant. C'est humiliant mais utile.",
                     "Course à pied le long de la rivière, il fait beaucoup plus chaud que à Manchester."],
            "opinion": [
                "Je pense que beaucoup de startups parlent de communauté mais ne répondent pas au téléphone.",
                "Les réseaux sociaux ne sont pas notre canal principal. Nos clients sont sur les chantiers, pas "
                "sur Twitter.",
            ],
            "reply": [
                "{mention} merci ! Oui, l'export en PDF arrive le mois prochain, je vous promets.",
                "{mention} je suis d'accord avec vous, mais pour nous le téléphone marche mieux que les emails.",
                "{mention} bonne question, nous gardons les données en Europe, sur des serveurs à Francfort.",
            ],
            "link_comment": ["Article très intéressant sur la numérique dans le bâtiment : {url}",
                             "Je partage ceci parce que ça explique bien pourquoi les artisans détestent les "
                             "logiciels compliqués. {url}"],
            "dm_in": ["Bonjour, votre logiciel marche avec un iPad ?", "Salut, tu cherches toujours un dev ?"],
            "dm_reply": ["Bonjour {first}, oui, sur iPad et aussi sur téléphone. Je peux vous faire une démo "
                         "demain si vous voulez.", "Salut {first}, oui ! Envoie-moi ton CV, on peut parler "
                         "en anglais ou en français 🙂"],
            "fake_habit": ["{link}", "Nouvelle version ! {link} #startup"],
        },
        "en": {
            "bio": ["Founder of a little software startup in {city}. Sorry for my english.",
                    "CTO, french, living in {city} since {year}. Code, customers, coffee.",
                    "We make a software for craftsmen. The product is better than my english."],
            "subject": ["our new version", "the price change", "the new dashboard", "the servers migration"],
            "news_short": ["We have launched {subject} today, I am very happy !",
                           "{subject} is available. Thanks for all your returns, it was very useful.",
                           "Finally {subject} is finished, the team has worked very hard."],
            "news_long": [
                "I want to explain {subject}. A lot of customers asked why, and it is a good question. We have "
                "looked the datas of six months and the decision is logical for the majority of users.",
                "Some words about {subject}. We have listened the craftsmen, they want less screens and more "
                "rapidity. So we have removed a lot of functionalities.",
                "For {subject} we had problems, I will not lie. But actually it is stable and the support has "
                "answered to all the messages."],
            "work": [
                "Today I have passed all the day with a plumber to understand how he makes his quotes. Very "
                "interesting, and very different than I thought.",
                "We are recruiting a developer, remote is possible, but you must speak english better than me 😅",
                "Meeting with our accountant. Since two years the taxes rules change every six months.",
                "We have rewritten the inscription page. Less fields, less abandons I hope.",
            ],
            "metric": [
                "The conversion rate of the free trial is passed from {pct_a} to {pct_b} since we call each new "
                "customer.",
                "We have now {big} active users. The monthly churn is at {pct}, still too high.",
                "The recurring revenue made {money} this month. Small, but it increases each month since {num} "
                "months.",
                "Cost of acquisition : {small_money} per customer. On LinkedIn it was worse, we have stopped.",
            ],
            "customer": [
                "An electrician customer told me the software economises him two evenings per week. Best "
                "compliment of the year.",
                "A customer was very angry yesterday, and he was right, the bug was our fault. It is repaired.",
                "Visit at {first}'s workshop, carpenter, he showed us his old paper quotes. Very instructive.",
            ],
            "life": ["First Christmas market here, the mulled wine is dangerous.",
                     "My son corrects my english now. It is humiliating but useful.",
                     "Running along the river, it is much more cold than in Montpellier."],
            "opinion": [
                "I think a lot of startups speak about community but don't answer to the phone.",
                "Social networks are not our principal channel. Our customers are on the building sites, not on "
                "Twitter.",
            ],
            "reply": [
                "{mention} thanks ! Yes, the PDF export arrives next month, I promise.",
                "{mention} I am agree with you, but for us the phone works better than the emails.",
                "{mention} good question, we keep the datas in Europe, on servers in Frankfurt.",
            ],
            "link_comment": ["Very interesting article about the digital in the construction : {url}",
                             "I share this because it explains well why the craftsmen hate the complicated "
                             "softwares. {url}"],
            "dm_in": ["Hello, does your software work on an iPad?", "Hi, are you still looking for a dev?"],
            "dm_reply": ["Hello {first}, yes, on iPad and also on phone. I can make you a demo tomorrow if you "
                         "want.", "Hi {first}, yes ! Send me your CV, we can speak in english or in french 🙂"],
            "fake_habit": ["{link}", "New version ! {link} #startup"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Je dirige un hôtel de 40 chambres à {city}. De Boston, en France depuis {year}.",
                    "Hôtellerie depuis 15 ans. J'écris en français pour pratiquer, merci pour la patience !",
                    "Hotel manager. Les clients d'abord, les tableaux Excel après."],
            "subject": ["la rénovation des chambres", "le nouveau petit-déjeuner", "notre partenariat avec les "
                        "vignerons", "la saison d'hiver"],
            "news_short": ["{subject} est fini ! Nous sommes très fiers de le équipe.",
                           "On commence {subject} la semaine prochaine, très excitée.",
                           "{subject} : merci à tous les clients pour les suggestions."],
            "news_long": [
                "Je veux partager un peu sur {subject}. Ça a pris plus de temps que prévu (toujours !) mais les "
                "premiers commentaires des clients sont très positives. Nous avons appris beaucoup de choses.",
                "Pourquoi {subject} ? Parce que les clients nous ont dit dans les avis que c'était notre point "
                "faible. Alors nous avons adressé le problème directement.",
                "Petit bilan de {subject}. Je suis reconnaissante pour mon équipe, ils ont travaillé sur le "
                "week-end plusieurs fois."],
            "work": [
                "Formation du nouveau personnel de réception aujourd'hui. Le sourire ne peut pas être appris, "
                "mais le logiciel oui.",
                "Négociation avec les plateformes de réservation. Leurs commissions sont vraiment trop hautes.",
                "Nous cherchons un chef de petit-déjeuner, poste à temps plein, logement possible.",
                "Inspection des chambres ce matin, deux douches à réparer avant le week-end.",
            ],
            "metric": [
                "Taux d'occupation de {pct_b} en {month}, contre {pct_a} l'année dernière. Le tourisme de "
                "affaires revient.",
                "Les réservations directes sont maintenant {pct} du total, nous payons moins de commissions.",
                "Prix moyen par chambre : {small_money}. Nous n'avons pas augmenté cette année, malgré l'énergie.",
                "Note moyenne des avis : 9,1 sur {big} commentaires. Le point faible reste le parking.",
            ],
            "customer": [
                "Un couple est revenu pour leur anniversaire de mariage, c'était leur 10ème séjour chez nous !",
                "Une cliente a oublié son alliance dans la chambre. Nous l'avons retrouvé et envoyé par la poste.",
                "Réponse à un avis négatif aujourd'hui. Il avait raison pour le bruit, nous changeons les fenêtres.",
            ],
            "life": ["Dimanche au marché, j'ai enfin compris la différence entre les fromages de chèvre.",
                     "Mes parents visitent de Boston, ils adorent le vin mais pas les horaires des magasins.",
                     "Yoga ce matin, et après travail, travail, travail."],
            "opinion": [
                "Beaucoup de agences me promettent de la visibilité sur tous les réseaux. Je préfère des clients "
                "contents qui reviennent.",
                "Répondre à chaque avis prend du temps, mais c'est le meilleur marketing pour un hôtel.",
            ],
            "reply": [
                "{mention} merci beaucoup ! Le parking est à 200 mètres, nous donnons un ticket réduit à la "
                "réception.",
                "{mention} oui, les animaux sont acceptés, avec un supplément de 10 € par nuit.",
                "{mention} désolée pour l'attente au check-in, nous avons eu un problème avec le système ce jour-là.",
            ],
            "link_comment": ["Étude intéressante sur les réservations directes dans l'hôtellerie : {url}",
                             "Cet article explique bien le problème des commissions, je suis complètement d'accord. "
                             "{url}"],
            "dm_in": ["Bonjour, vous avez une chambre pour 3 personnes le 12 ?", "Bonjour, le petit-déjeuner est "
                      "compris ?"],
            "dm_reply": ["Bonjour {first}, oui nous avons une chambre familiale disponible, je vous envoie le "
                         "prix par email.", "Bonjour {first}, le petit-déjeuner est en option, 14 € par "
                         "personne, il vaut la peine je promets !"],
            "fake_habit": ["{link}", "Réservez maintenant ! {link} #hotel"],
        },
        "en": {
            "bio": ["I direct an hotel of 40 rooms in {city}. From Lyon, working in english since {year}.",
                    "Hospitality since 15 years. I write in english to practice, thanks for the patience !",
                    "Hotel manager. Customers first, the Excel tables after."],
            "subject": ["the rooms renovation", "the new breakfast", "our partnership with the wine makers",
                        "the winter season"],
            "news_short": ["{subject} is finished ! We are very proud of the team.",
                           "We begin {subject} next week, very excited.",
                           "{subject} : thanks to all the customers for the suggestions."],
            "news_long": [
                "I want to share a little about {subject}. It took more time than planned (always !) but the "
                "first returns of the customers are very positives. We have learned a lot of things.",
                "Why {subject} ? Because the customers told us in the reviews it was our weak point. So we have "
                "treated the problem directly.",
                "Small assessment of {subject}. I am grateful for my team, they have worked on the weekend "
                "several times."],
            "work": [
                "Formation of the new reception staff today. The smile cannot be learned, but the software yes.",
                "Negotiation with the booking platforms. Their commissions are really too high.",
                "We search a breakfast chef, full time position, lodging possible.",
                "Inspection of the rooms this morning, two showers to repair before the weekend.",
            ],
            "metric": [
                "Occupation rate of {pct_b} in {month}, against {pct_a} last year. The business tourism comes back.",
                "The direct bookings are now {pct} of the total, we pay less commissions.",
                "Average price per room : {small_money}. We did not increase this year, despite the energy.",
                "Average note of the reviews : 9.1 on {big} comments. The weak point stays the parking.",
            ],
            "customer": [
                "A couple came back for their wedding anniversary, it was their 10th stay at us !",
                "A customer forgot her wedding ring in the room. We found it and sent it by the post.",
                "Answer to a negative review today. He was right for the noise, we change the windows.",
            ],
            "life": ["Sunday at the market, I finally understood the difference between the goat cheeses.",
                     "My parents visit from Lyon, they love the beer but not the opening hours of the pubs.",
                     "Yoga this morning, and after work, work, work."],
            "opinion": [
                "A lot of agencies promise me visibility on all the networks. I prefer happy customers who "
                "come back.",
                "To answer each review takes time, but it is the best marketing for an hotel.",
            ],
            "reply": [
                "{mention} thank you very much ! The parking is at 200 meters, we give a reduced ticket at the "
                "reception.",
                "{mention} yes, the animals are accepted, with a supplement of 10 per night.",
                "{mention} sorry for the waiting at the check-in, we had a problem with the system this day.",
            ],
            "link_comment": ["Interesting study about the direct bookings in the hotel business : {url}",
                             "This article explains well the problem of the commissions, I am totally agree. {url}"],
            "dm_in": ["Hi, do you have a room for 3 people on the 12th?", "Hello, is breakfast included?"],
            "dm_reply": ["Hello {first}, yes we have a familial room available, I send you the price by email.",
                         "Hello {first}, the breakfast is in option, 14 per person, it is worth it I promise !"],
            "fake_habit": ["{link}", "Book now ! {link} #hotel"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["Export de vins et produits fins vers le Royaume-Uni. Anglais, je vis dans le Sud depuis "
                    "{year}.", "Importateur. Je goute beaucoup, je écris un peu.",
                    "Food & wine trade, {city}. Mon français est en progrès (lentement)."],
            "subject": ["notre nouveau catalogue", "les nouvelles règles de la douane", "le salon de Londres",
                        "la récolte de cette année"],
            "news_short": ["{subject} est prêt, finalement ! Demandez-moi si vous le voulez.",
                           "Grosse semaine avec {subject}. Très fatigué mais content.",
                           "{subject} : c'est plus compliqué que prévu, comme toujours."],
            "news_long": [
                "Quelques pensées sur {subject}. Pour les petits producteurs c'est très difficile, les papiers "
                "ont doublé. Nous essayons de aider avec un document simple pour chaque étape.",
                "Je voulais écrire sur {subject}. Les clients anglais demandent plus de vins bio, et moins de "
                "bouteilles lourdes. Ça fait du sens pour le transport aussi.",
                "Bilan de {subject} : beaucoup de contacts, quelques commandes, et une leçon importante sur les "
                "prix."],
            "work": [
                "Visite de trois domaines aujourd'hui, j'ai goûté beaucoup trop pour un mardi.",
                "Les coûts du transport ont encore augmenté, nous devons renégocier avec le transporteur.",
                "Un producteur m'a appris comment lire une étiquette de appellation. Je pensais que je savais.",
                "Préparation des échantillons pour les restaurants de Londres, 60 bouteilles emballées.",
            ],
            "metric": [
                "Le volume exporté a augmenté de {pct} cette année, mais la marge est passée de {pct_b} à "
                "{pct_a} à cause du transport.",
                "Nous travaillons avec {num} producteurs maintenant. Le plus petit fait 4 000 bouteilles par an.",
                "Chiffre d'affaires du trimestre : {revenue}. Les restaurants font {pct} des ventes.",
                "{big} bouteilles expédiées en {month}, notre meilleur mois depuis le début.",
            ],
            "customer": [
                "Un restaurant de Bristol a mis notre rosé sur la carte, ils ont envoyé une photo. Le producteur "
                "était très ému.",
                "Un client a reçu une caisse cassée. Nous avons remboursé et changé l'emballage pour tout le monde.",
                "Dîner avec {first}, sommelier, qui m'a expliqué pourquoi les Anglais aiment le vin plus sec.",
            ],
            "life": ["Premier vrai pique-nique de l'année, avec trop de fromage.",
                     "Mon voisin m'a invité pour la vendange, mes mains sont violettes.",
                     "Le mistral souffle depuis trois jours, je ne comprends pas comment les gens dorment."],
            "opinion": [
                "Je vois beaucoup de comptes qui parlent de « storytelling » du vin. Le meilleur storytelling, "
                "c'est un producteur qui répond au téléphone.",
                "Les salons coûtent cher mais rien ne remplace une dégustation en vrai.",
            ],
            "reply": [
                "{mention} oui, nous pouvons livrer en Écosse, mais le délai est une semaine de plus.",
                "{mention} merci pour la recommandation ! Je vais contacter le domaine la semaine prochaine.",
                "{mention} pour la douane, le plus important est le document d'accompagnement, je peux vous envoyer "
                "un exemple.",
            ],
            "link_comment": ["Bon article sur les exportations de vin après le Brexit, les chiffres sont bien "
                             "expliqués : {url}", "Ce reportage sur les petits producteurs est très juste. {url}"],
            "dm_in": ["Bonjour, vous cherchez des nouveaux producteurs ?", "Bonjour, vous livrez des cavistes "
                      "à Londres ?"],
            "dm_reply": ["Bonjour {first}, oui, envoyez-moi votre fiche technique et les prix départ domaine.",
                         "Bonjour {first}, oui, une livraison groupée chaque mois. Je vous envoie les "
                         "conditions."],
            "fake_habit": ["{link}", "Découvrez notre catalogue ! {link} #vin"],
        },
        "en": {
            "bio": ["Export of french wines and fine food to the UK. Based in {city} since {year}.",
                    "Importer. I taste a lot, I write a little.",
                    "Food & wine trade. My english is in progress (slowly)."],
            "subject": ["our new catalogue", "the new custom rules", "the London fair", "the harvest of this year"],
            "news_short": ["{subject} is ready, finally ! Ask me if you want it.",
                           "Big week with {subject}. Very tired but happy.",
                           "{subject} : it is more complicated than planned, like always."],
            "news_long": [
                "Some thoughts about {subject}. For the small producers it is very difficult, the papers have "
                "doubled. We try to help with a simple document for each step.",
                "I wanted to write on {subject}. The english customers ask more organic wines, and less heavy "
                "bottles. It is logical for the transport also.",
                "Assessment of {subject} : a lot of contacts, some orders, and an important lesson on the prices."],
            "work": [
                "Visit of three domains today, I tasted much too much for a tuesday.",
                "The transport costs have increased again, we must renegotiate with the carrier.",
                "A producer explained me how to read an appellation label. I thought I knew.",
                "Preparation of the samples for the London restaurants, 60 bottles packed.",
            ],
            "metric": [
                "The exported volume has increased of {pct} this year, but the margin is passed from {pct_b} to "
                "{pct_a} because of the transport.",
                "We work with {num} producers now. The smallest makes 4,000 bottles per year.",
                "Turnover of the quarter : {revenue}. The restaurants make {pct} of the sales.",
                "{big} bottles shipped in {month}, our best month since the beginning.",
            ],
            "customer": [
                "A restaurant in Bristol has put our rosé on the menu, they sent a photo. The producer was very "
                "moved.",
                "A customer received a broken case. We have refunded and changed the packaging for everybody.",
                "Dinner with {first}, sommelier, who explained me why the english like the wine more dry.",
            ],
            "life": ["First real picnic of the year, with too much cheese.",
                     "My neighbour invited me for the harvest, my hands are purple.",
                     "It rains since three days, I don't understand how people are so calm."],
            "opinion": [
                "I see a lot of accounts speaking about wine 'storytelling'. The best storytelling is a producer "
                "who answers to the phone.",
                "The fairs are expensive but nothing replaces a real tasting.",
            ],
            "reply": [
                "{mention} yes, we can deliver in Scotland, but the delay is one week more.",
                "{mention} thanks for the recommendation ! I will contact the domain next week.",
                "{mention} for the customs, the most important is the accompanying document, I can send you an "
                "example.",
            ],
            "link_comment": ["Good article on the wine exports after the Brexit, the numbers are well explained : "
                             "{url}", "This report on the small producers is very fair. {url}"],
            "dm_in": ["Hi, are you looking for new producers?", "Hello, do you deliver wine shops in London?"],
            "dm_reply": ["Hello {first}, yes, send me your technical sheet and the prices at the domain.",
                         "Hello {first}, yes, a grouped delivery each month. I send you the conditions."],
            "fake_habit": ["{link}", "Discover our catalogue ! {link} #wine"],
        },
    },
}

# How this person starts and ends a post now and then (see Draft.write(fresh=True)).
_FRAMES = {
    ("p1", "fr"): (
        ["Petite update :", "Pour information,", "Honnêtement,", "Nouvelle de la startup :"],
        ["Merci pour lire !", "Je suis ouvert pour vos feedbacks.", "(désolé pour mon français)",
         "Ça fait du sens ?"],
    ),
    ("p1", "en"): (
        ["Small update :", "For information,", "Honestly,", "News of the startup :"],
        ["Thanks for reading !", "I am open for your feedbacks.", "(sorry for my english)",
         "What do you think about ?"],
    ),
    ("p2", "fr"): (
        ["Nouvelles de l'hôtel :", "Cette semaine,", "Je veux dire :"],
        ["Bonne semaine à tous !", "Merci pour votre support.", "On se voit bientôt j'espère."],
    ),
    ("p2", "en"): (
        ["News of the hotel :", "This week,", "I want to say :"],
        ["Good week to all !", "Thank you for your support.", "See you soon I hope."],
    ),
    ("p3", "fr"): (
        ["Nouvelles du chai :", "Aujourd'hui,", "Petite histoire :"],
        ["Santé !", "À votre santé et à bientôt.", "Je vous raconte la suite."],
    ),
    ("p3", "en"): (
        ["News from the cellar :", "Today,", "Little story :"],
        ["Cheers !", "To your health and see you soon.", "I tell you the rest later."],
    ),
}
for (_set, _lang), (_opener, _closer) in _FRAMES.items():
    SETS[_set][_lang].update(opener=_opener, closer=_closer)
