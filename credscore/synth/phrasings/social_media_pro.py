"""social_media_pro (genuine, hard case): a real social-media professional. Talks about engagement,
community and reach all day, like the fakes, but with the figures of real campaigns and what they
did for a business (orders, bookings, cost per customer), says what did not work, and argues with
peers and clients in real exchanges.

Slots: ``bio``, ``case`` (a campaign with its figures), ``lesson`` (an opinion, often sceptical of
vanity metrics), ``reply`` (a substantive answer to a peer), ``question``, ``link`` (a study with
the person's own reading), ``life``, ``dm_in``/``dm_reply``, ``fake_habit``.

p1 a freelance community manager for small local businesses; p2 a social-media analyst in an
online retailer's marketing team.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Community manager indépendante à {city}. Commerces, restaurants, artisans.",
                    "J'anime les réseaux de petites entreprises locales. Tarifs transparents sur mon site.",
                    "Réseaux sociaux pour les commerces de quartier, depuis {year}."],
            "case": ["Restaurant client, trois mois d'Instagram : {num} réservations venues d'un message privé, "
                     "pour {small_money} de pub au total.",
                     "Boulangerie : la campagne Facebook a coûté {money} et amené {num} commandes de galettes. "
                     "Rentable, tout juste.",
                     "Fleuriste : le taux d'engagement a doublé, les ventes n'ont pas bougé. On arrête ce format.",
                     "Garage : {pct} des demandes de devis arrivent maintenant par Messenger. On a formé la "
                     "secrétaire à y répondre.", "Librairie : la vidéo a fait {big} vues et deux ventes. Le post "
                     "avec les coups de cœur des libraires : 40 vues et {num} ventes."],
            "lesson": ["Une communauté qui ne fait pas venir de clients en boutique, c'est un loisir, pas un "
                       "investissement.", "Je ne vends plus d'abonnés à mes clients. Je leur parle de "
                       "réservations et de coût par client.",
                       "Un commerce de quartier n'a pas besoin d'être sur six réseaux. Souvent, un seul bien tenu "
                       "et une fiche Google à jour suffisent.", "Le taux d'engagement est utile pour comparer deux "
                       "publications, pas pour juger une entreprise."],
            "reply": ["{mention} chez mes clients, la portée organique tourne autour de 4 à 6 % des abonnés, "
                      "rarement plus.", "{mention} j'ai testé les publications programmées contre publiées à la "
                      "main : aucune différence mesurable sur trois mois.",
                      "{mention} d'accord sur le fond, mais pour un restaurant, les avis Google pèsent plus que "
                      "tout le reste.", "{mention} je facture au forfait mensuel, entre 400 et 600 € pour deux "
                      "publications par semaine et les réponses aux messages."],
            "question": ["Vous mesurez comment les ventes en boutique venues d'Instagram ? Code promo, question "
                         "en caisse, autre ?", "Des collègues qui travaillent avec des artisans du bâtiment ? "
                         "Vos retours sur LinkedIn pour eux ?"],
            "link": ["Étude intéressante sur la baisse de la portée organique, avec la méthode détaillée : {url}",
                     "Bon article sur le calcul du coût d'acquisition pour les petits commerces : {url}"],
            "life": ["Marché du dimanche, j'ai acheté mes légumes à une cliente.", "Vacances : pas de réseaux "
                     "sociaux pendant dix jours, mes clients sont prévenus.", "Formation secourisme aujourd'hui."],
            "dm_in": ["Bonjour, vous pourriez gérer la page de mon salon de coiffure ?",
                      "Salut, tu as un modèle de reporting mensuel à partager ?"],
            "dm_reply": ["Bonjour {first}, oui, commençons par un rendez-vous au salon : je veux voir d'où "
                         "viennent vos clients aujourd'hui.", "Salut {first}, oui, je te l'envoie : réservations, "
                         "coût, messages reçus, et très peu de likes."],
            "fake_habit": ["Engagement, engagement, engagement ! 💬 #communitymanagement",
                           "Ma nouvelle offre est en ligne {link}"],
        },
        "en": {
            "bio": ["Freelance community manager in {city}. Shops, restaurants, trades.",
                    "I run social accounts for small local businesses. Prices on my website.",
                    "Social media for neighbourhood shops, since {year}."],
            "case": ["Restaurant client, three months of Instagram: {num} bookings that came from a DM, for "
                     "{small_money} of ads in total.",
                     "Bakery: the Facebook campaign cost {money} and brought {num} cake orders. Profitable, "
                     "just.", "Florist: engagement rate doubled, sales didn't move. Dropping that format.",
                     "Garage: {pct} of quote requests now come through Messenger. We trained the receptionist "
                     "to answer them.", "Bookshop: the video got {big} views and two sales. The staff-picks "
                     "post: 40 views and {num} sales."],
            "lesson": ["A community that brings nobody into the shop is a hobby, not an investment.",
                       "I've stopped selling followers to clients. I talk bookings and cost per customer.",
                       "A local shop doesn't need six networks. Often one, done well, plus an up-to-date Google "
                       "profile is enough.", "Engagement rate is useful to compare two posts, not to judge a "
                       "business."],
            "reply": ["{mention} for my clients organic reach is around 4–6% of followers, rarely more.",
                      "{mention} I tested scheduled versus hand-posted: no measurable difference over three months.",
                      "{mention} agree in principle, but for a restaurant Google reviews outweigh everything else.",
                      "{mention} I charge a monthly fee, £400 to £600 for two posts a week plus answering "
                      "messages."],
            "question": ["How do you measure in-store sales that came from Instagram? Promo code, asking at the "
                         "till, something else?", "Anyone working with builders and trades? How does LinkedIn "
                         "work for them?"],
            "link": ["Interesting study on falling organic reach, with the method spelled out: {url}",
                     "Good piece on working out acquisition cost for small shops: {url}"],
            "life": ["Sunday market, bought my veg from a client.", "Holiday: no social media for ten days, "
                     "clients have been warned.", "First-aid course today."],
            "dm_in": ["Hello, could you manage my hair salon's page?",
                      "Hi, do you have a monthly reporting template to share?"],
            "dm_reply": ["Hello {first}, yes, let's start with a meeting at the salon: I want to see where your "
                         "customers come from today.", "Hi {first}, sure, sending it: bookings, cost, messages "
                         "received, and very few likes."],
            "fake_habit": ["Engagement, engagement, engagement! 💬 #communitymanagement",
                           "My new offer is live {link}"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Analyste social media chez un e-commerçant de {goods}. Les chiffres avant les opinions.",
                    "Mesure de performance des réseaux sociaux, e-commerce. {city}.",
                    "Je relie les publications aux commandes. Ou j'essaie."],
            "goods": ["literie", "jouets en bois", "thé", "vêtements de sport"],
            "case": ["Test A/B sur Instagram : le carrousel produit fait {pct_a} de clic, la vidéo {pct_b}. Mais "
                     "le panier moyen est plus haut avec le carrousel.",
                     "Sur le trimestre, les réseaux sociaux pèsent {pct} du chiffre d'affaires en dernier clic. "
                     "Beaucoup plus en premier contact.", "Campagne de fin d'année : {money} dépensés, {big} "
                     "commandes, coût par commande de {small_money}.",
                     "Notre communauté Facebook génère {num} questions produit par jour. Le service client les "
                     "traite maintenant comme des tickets.", "Les publications des clients repostées convertissent "
                     "mieux que nos photos studio : {pct_a} contre {pct_b}."],
            "lesson": ["L'engagement ne paie pas les salaires. La marge, si.", "La moitié des abonnés gagnés avec "
                       "un jeu-concours n'achète jamais rien. On a arrêté les jeux-concours.",
                       "Avant de demander « combien de likes », demandez « combien de retours produit ».",
                       "La portée baisse, mais les commandes venues des réseaux restent stables. La portée n'était "
                       "pas le bon indicateur."],
            "reply": ["{mention} on utilise des liens UTM par publication, et une fenêtre d'attribution de 7 jours.",
                      "{mention} chez nous, non : le taux de retour des commandes venues d'Instagram est plus "
                      "élevé, {pct} contre 12 %.", "{mention} je me méfie des benchmarks d'agences, l'échantillon "
                      "n'est jamais publié.", "{mention} on a comparé sur deux mois, la différence n'était pas "
                      "significative."],
            "question": ["Quelle fenêtre d'attribution utilisez-vous pour les réseaux sociaux ?",
                         "Quelqu'un a mesuré l'effet des réponses rapides en commentaire sur les ventes ?"],
            "link": ["Étude sérieuse sur l'attribution multi-canal, échantillon de {big} commandes : {url}",
                     "Rapport utile, même si financé par une plateforme, à lire avec prudence : {url}"],
            "life": ["Course à pied avant le boulot, {num} km.", "Déménagement ce week-end, trop de cartons.",
                     "Soirée jeux de société, j'ai perdu."],
            "dm_in": ["Bonjour, vous accepteriez d'intervenir dans notre master marketing ?",
                      "Salut, tu peux m'expliquer ta méthode d'attribution ?"],
            "dm_reply": ["Bonjour {first}, avec plaisir, sur l'analyse de campagnes. Quel créneau ?",
                         "Salut {first}, oui : liens UTM, 7 jours, et on compare avec un groupe sans publicité."],
            "fake_habit": ["Storytelling + communauté = magie ✨", "{link}"],
        },
        "en": {
            "bio": ["Social media analyst at an online {goods} retailer. Numbers before opinions.",
                    "Social performance measurement, e-commerce. {city}.", "I connect posts to orders. Or try to."],
            "goods": ["bedding", "wooden toys", "tea", "sportswear"],
            "case": ["A/B test on Instagram: the product carousel gets {pct_a} click-through, the video {pct_b}. But "
                     "the average basket is higher with the carousel.",
                     "This quarter social is {pct} of revenue on last click. Much more as first touch.",
                     "Holiday campaign: {money} spent, {big} orders, cost per order {small_money}.",
                     "Our Facebook community sends {num} product questions a day. Customer service now handles "
                     "them as tickets.", "Reposted customer photos convert better than our studio shots: {pct_a} "
                     "versus {pct_b}."],
            "lesson": ["Engagement doesn't pay salaries. Margin does.", "Half the followers we won through a "
                       "giveaway never buy anything. We stopped giveaways.",
                       "Before asking 'how many likes', ask 'how many product returns'.",
                       "Reach is down but orders from social are steady. Reach was the wrong metric."],
            "reply": ["{mention} we use UTM links per post and a 7-day attribution window.",
                      "{mention} not for us: orders from Instagram get returned more, {pct} against 12%.",
                      "{mention} I'm wary of agency benchmarks, they never publish the sample.",
                      "{mention} we compared over two months, the difference wasn't significant."],
            "question": ["What attribution window do you use for social?",
                         "Has anyone measured the effect of fast comment replies on sales?"],
            "link": ["Serious study on multi-channel attribution, sample of {big} orders: {url}",
                     "Useful report, though funded by a platform, read with care: {url}"],
            "life": ["Run before work, {num} km.", "Moving house this weekend, too many boxes.",
                     "Board game night, I lost."],
            "dm_in": ["Hello, would you give a talk to our marketing master's students?",
                      "Hi, can you explain your attribution method?"],
            "dm_reply": ["Hello {first}, happy to, on campaign analysis. Which slot?",
                         "Hi {first}, sure: UTM links, 7 days, and we compare with a no-ads holdout group."],
            "fake_habit": ["Storytelling + community = magic ✨", "{link}"],
        },
    },
}
