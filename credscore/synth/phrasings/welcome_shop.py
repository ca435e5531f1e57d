"""welcome_shop (genuine, hard case): a small shop or an association whose messaging tool sends
every new follower the same welcome DM (opening hours, how to sign up). Everything else is a real
business or club: figures of its own activity, photos of what arrived, answers to customers and
members one by one.

Slots: ``name``, ``bio``, ``welcome`` (the templated DM; ``{first}`` is the follower's name when
the tool knows it), ``figures`` (the shop's or club's own numbers), ``arrival`` (a photo post: new
stock, a match, a show), ``practical``, ``customer_reply``, ``dm_in``/``dm_reply``, ``fake_habit``.

p1 a bicycle shop and repair workshop; p2 an amateur sports club run by volunteers.
"""

SETS = {
    "p1": {
        "fr": {
            "name": ["Cycles {shopname}", "L'Atelier Vélo {city}", "Roue Libre {city}", "Vélo Station"],
            "shopname": ["Martin", "Garnier", "du Canal", "de la Gare"],
            "bio": ["Vente, réparation et location de vélos à {city}. Ouvert du mardi au samedi.",
                    "Atelier vélo indépendant depuis {year}. Devis gratuit, pièces d'occasion.",
                    "Vélos neufs et reconditionnés. Entretien sur rendez-vous, 7 rue des Forges."],
            "welcome": ["Merci de nous suivre ! La boutique est ouverte du mardi au samedi, 9 h 30-19 h. "
                        "Pour un entretien, prenez rendez-vous au 02 40 00 00 00.",
                        "Bonjour et merci pour l'abonnement 🚲 L'atelier est ouvert du mardi au samedi, sans "
                        "rendez-vous pour les crevaisons.",
                        "Merci de suivre l'atelier ! Horaires : mar-sam 10 h-19 h. À bientôt en boutique."],
            "figures": ["Bilan de l'année : {big} réparations, {num} vélos reconditionnés vendus, et un chiffre "
                        "d'affaires en hausse de {pct}.", "Ce mois-ci, {num} vélos cargo loués aux familles du "
                        "quartier, contre 9 l'an dernier.", "Le panier moyen à l'atelier est de {small_money} : "
                        "la plupart des réparations coûtent moins qu'un plein d'essence.",
                        "{pct} de nos ventes sont des vélos d'occasion remis en état. On en veut plus.",
                        "Délai d'attente à l'atelier : {num} jours en ce moment. On embauche un mécanicien."],
            "arrival": ["Arrivage de vélos reconditionnés, révisés et garantis un an.",
                        "Les nouveaux vélos cargo sont arrivés, essais possibles samedi.",
                        "Un vélo de 1978 restauré pour un client, pièce par pièce.",
                        "Nouveaux sacoches et antivols en boutique.", "L'atelier ce matin, avant l'ouverture."],
            "practical": ["Fermeture exceptionnelle {day} pour inventaire.", "Atelier d'autoréparation gratuit "
                          "le premier samedi du mois, 10 h-12 h.", "Rappel : les révisions de printemps se "
                          "réservent dès maintenant, les créneaux partent vite."],
            "customer_reply": ["{mention} oui, on change les pneus sur place, comptez une demi-heure.",
                               "{mention} le cadre est en acier, donc réparable. Passez, on regarde ensemble.",
                               "{mention} merci pour l'avis ! Content que le freinage vous convienne.",
                               "{mention} on n'a plus la taille M en stock, retour prévu dans deux semaines.",
                               "{mention} le devis vous a été envoyé par mail ce matin."],
            "dm_in": ["Bonjour, vous réparez les vélos électriques ?", "Bonjour, mon vélo est prêt ?",
                      "Bonjour, vous reprenez les vieux vélos ?"],
            "dm_reply": ["Bonjour {first}, oui, sauf les moteurs : on change batterie, freins, transmission.",
                         "Bonjour {first}, oui, il vous attend ! 45 € pour la révision, on ferme à 19 h.",
                         "Bonjour {first}, oui, on les reprend pour pièces ou on les remet en état."],
            "fake_habit": ["Suivez-nous aussi sur Instagram ! {link}", "{link}"],
        },
        "en": {
            "name": ["{shopname} Cycles", "{city} Bike Workshop", "Freewheel {city}", "The Bike Station"],
            "shopname": ["Martin's", "Garner", "Canal", "Station Road"],
            "bio": ["Bike sales, repairs and hire in {city}. Open Tuesday to Saturday.",
                    "Independent bike workshop since {year}. Free quotes, second-hand parts.",
                    "New and refurbished bikes. Servicing by appointment, 7 Forge Lane."],
            "welcome": ["Thanks for following! The shop is open Tuesday to Saturday, 9:30–7. To book a service, "
                        "call 0117 000 0000.", "Hi and thanks for the follow 🚲 The workshop is open Tue–Sat, "
                        "no appointment needed for punctures.", "Thanks for following the workshop! Hours: "
                        "Tue–Sat 10–7. See you in the shop."],
            "figures": ["Our year: {big} repairs, {num} refurbished bikes sold, and turnover up {pct}.",
                        "This month {num} cargo bikes hired to local families, against 9 last year.",
                        "Average workshop bill is {small_money}: most repairs cost less than a tank of petrol.",
                        "{pct} of our sales are refurbished second-hand bikes. We want more.",
                        "Workshop waiting time is {num} days right now. We're hiring a mechanic."],
            "arrival": ["Refurbished bikes just in, serviced and with a one-year warranty.",
                        "The new cargo bikes have arrived, test rides on Saturday.",
                        "A 1978 bike restored for a customer, part by part.", "New panniers and locks in the shop.",
                        "The workshop this morning, before opening."],
            "practical": ["Closed on {day} for stocktaking.", "Free fix-it-yourself session on the first Saturday "
                          "of the month, 10–12.", "Reminder: spring services are bookable now, slots go fast."],
            "customer_reply": ["{mention} yes, we fit tyres while you wait, about half an hour.",
                               "{mention} it's a steel frame, so it can be repaired. Pop in and we'll look.",
                               "{mention} thanks for the review! Glad the brakes feel right.",
                               "{mention} size M is out of stock, back in two weeks.",
                               "{mention} the quote went to your email this morning."],
            "dm_in": ["Hello, do you repair e-bikes?", "Hi, is my bike ready?", "Hello, do you take old bikes?"],
            "dm_reply": ["Hello {first}, yes, except motors: battery, brakes and drivetrain we do.",
                         "Hi {first}, yes, it's waiting for you! £45 for the service, we close at 7.",
                         "Hello {first}, yes, we take them for parts or refurbish them."],
            "fake_habit": ["Follow us on Instagram too! {link}", "{link}"],
        },
    },
    "p2": {
        "fr": {
            "name": ["US {city} Basket", "Club de natation de {city}", "Les Volants de {city}", "AS {city} Hand"],
            "bio": ["Club associatif, {big} licenciés, tous niveaux. Entraînements au gymnase Jean-Moulin.",
                    "Association sportive gérée par des bénévoles depuis {year}. Inscriptions en septembre.",
                    "Sport loisir et compétition à {city}. Questions : écrivez-nous ici."],
            "welcome": ["Bienvenue au club 👋 Les inscriptions sont ouvertes : permanence le mercredi de 17 h à "
                        "19 h au gymnase. Deux séances d'essai gratuites !",
                        "Merci de suivre le club ! Horaires des entraînements et tarifs dans la publication "
                        "épinglée. À bientôt sur le terrain.",
                        "Salut {first}, merci pour ton abonnement ! Le club accueille débutants et confirmés, "
                        "viens essayer un mardi soir."],
            "figures": ["Saison terminée : {big} licenciés, dont {pct} de filles, et {num} bénévoles. Merci !",
                        "Le loto du club a rapporté {money}, de quoi payer les déplacements des jeunes.",
                        "{num} jeunes du club passent leur diplôme d'arbitre cette année.",
                        "Cotisation inchangée cette saison : {small_money} l'année, licence comprise.",
                        "Budget voté en assemblée générale : {revenue}, dont 40 % de subvention municipale."],
            "arrival": ["Victoire des moins de 13 ans ce samedi, bravo à eux !", "Les nouveaux maillots sont "
                        "arrivés, merci au boulanger du quartier pour le sponsoring.",
                        "Photo de groupe du stage de vacances.", "Le gymnase repeint par les parents bénévoles."],
            "practical": ["Pas d'entraînement {day}, le gymnase est réquisitionné pour les élections.",
                          "Assemblée générale le {dom} {month} à 19 h, venez nombreux.",
                          "On cherche un ou une bénévole pour tenir la buvette les jours de match."],
            "customer_reply": ["{mention} oui, à partir de 6 ans, le mercredi après-midi.",
                               "{mention} le certificat médical n'est plus obligatoire pour les mineurs, un "
                               "questionnaire suffit.", "{mention} merci au club adverse pour l'accueil !",
                               "{mention} le match est reporté au {dom}, on met l'info à jour.",
                               "{mention} oui, le pass sport est accepté."],
            "dm_in": ["Bonjour, mon fils a 9 ans, il peut essayer ?", "Bonjour, le match de dimanche est maintenu ?",
                      "Bonjour, je peux payer la cotisation en trois fois ?"],
            "dm_reply": ["Bonjour {first}, bien sûr, mercredi 14 h, qu'il vienne en tenue de sport.",
                         "Bonjour {first}, oui, coup d'envoi 15 h, les voitures partent à 13 h du gymnase.",
                         "Bonjour {first}, oui, trois chèques, encaissés en octobre, janvier et avril."],
            "fake_habit": ["Retrouvez-nous aussi sur Facebook {link}", "{link}"],
        },
        "en": {
            "name": ["{city} Basketball Club", "{city} Swimming Club", "{city} Badminton Club", "{city} Harriers"],
            "bio": ["Volunteer-run club, {big} members, all levels. Training at the Moor Lane sports hall.",
                    "Community sports club run by volunteers since {year}. Sign-ups in September.",
                    "Recreational and competitive sport in {city}. Questions: message us here."],
            "welcome": ["Welcome to the club 👋 Registration is open: drop in on Wednesdays 5–7pm at the sports "
                        "hall. Two free taster sessions!",
                        "Thanks for following the club! Training times and fees are in the pinned post. See you "
                        "on court.", "Hi {first}, thanks for the follow! Beginners and regulars are all welcome, "
                        "come and try on a Tuesday evening."],
            "figures": ["Season over: {big} members, {pct} of them girls, and {num} volunteers. Thank you!",
                        "The club quiz night raised {money}, enough to cover the juniors' travel.",
                        "{num} of our juniors are qualifying as referees this year.",
                        "Fees unchanged this season: {small_money} a year, membership included.",
                        "Budget approved at the AGM: {revenue}, 40% of it from the council grant."],
            "arrival": ["Under-13s won on Saturday, well done!", "New kit has arrived, thanks to the local "
                        "bakery for sponsoring.", "Group photo from the holiday camp.",
                        "The hall, repainted by parent volunteers."],
            "practical": ["No training on {day}, the hall is a polling station.",
                          "AGM on {month} {dom} at 7pm, please come.",
                          "We need a volunteer to run the tea bar on match days."],
            "customer_reply": ["{mention} yes, from age 6, on Wednesday afternoons.",
                               "{mention} juniors no longer need a medical certificate, a questionnaire is enough.",
                               "{mention} thanks to the away club for having us!",
                               "{mention} the match moved to the {dom}, we're updating the fixtures.",
                               "{mention} yes, we take the council sports voucher."],
            "dm_in": ["Hello, my son is 9, can he try?", "Hi, is Sunday's match still on?",
                      "Hello, can I pay the fees in three instalments?"],
            "dm_reply": ["Hello {first}, of course, Wednesday 2pm, just bring sports kit.",
                         "Hi {first}, yes, kick-off 3pm, cars leave the hall at 1.",
                         "Hello {first}, yes, three payments, in October, January and April."],
            "fake_habit": ["Find us on Facebook too {link}", "{link}"],
        },
    },
}
