"""course_teacher (genuine, hard case): a real trainer, teacher or small software team that sells a real
course, product or service, and now and then gives something away (a template, a practice sheet, a free
webinar) with the link to its own site, on LinkedIn sometimes "in the first comment". The rest is
substance: specific lessons from its sessions, figures of its own work and customers, what failed,
questions to peers, and answers to students, customers and peers.

Slots: ``bio``, ``lesson``, ``numbers`` (figures of its own sessions or customers), ``failure``,
``course`` (what it sells, with ``{own}``, its page on the site), ``freebie`` (a free resource or
webinar, with ``{own}``), ``teaser`` (the same on LinkedIn, "link in the first comment") and
``first_comment`` (that comment, with ``{own}``), ``path`` (the site's sections; a page's slug comes
from the post's words), ``question``,
``reply`` (an answer to one person), ``life``, ``dm_in``/``dm_reply``, ``fake_habit``.

p1 an Excel and Power BI trainer for companies; p2 a language trainer for adults (in French an English
"formatrice", in English a French teacher); p3 the co-founder of a five-person software company that
sells booking software to physiotherapy clinics (``brandname`` is the product, fixed per account).
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Formateur Excel et Power BI pour les entreprises, à {city} et à distance.",
                    "J'apprends aux services financiers à arrêter de tout refaire à la main. Excel, Power Query, "
                    "Power BI.", "Formations bureautique et données depuis {year}. Organisme certifié Qualiopi."],
            "path": ["ressources", "blog"],
            "lesson": ["Astuce RECHERCHEX : mettez \"\" en quatrième argument, et votre tableau n'affiche plus de "
                       "#N/A devant le directeur financier.",
                       "Leçon du groupe de cette semaine : on nettoie les données une fois, dans la requête Power "
                       "Query, pas dans la feuille. Ensuite, « Actualiser » fait le travail chaque mois.",
                       "Si votre tableau croisé compte au lieu de sommer, la colonne contient du texte. Neuf fois "
                       "sur dix, un nombre saisi avec une espace.",
                       "Arrêtez de fusionner les cellules des titres. « Centrer sur plusieurs colonnes » donne le "
                       "même rendu, et le tri fonctionne encore.",
                       "Les dates du relevé bancaire arrivent en texte au format américain. Données > Convertir, "
                       "choisir MJA, c'est réglé.",
                       "Transformez la plage en tableau (Ctrl+L) avant d'écrire la moindre formule : les plages "
                       "grandissent avec les données.",
                       "Dans Power BI, créez vous-même la table des dates. Celle qui est générée automatiquement "
                       "double le poids des fichiers."],
            "numbers": ["Dernière promotion : {num} stagiaires ont commencé le module Power Query, 31 l'ont "
                        "terminé, 4 ont lâché en deuxième semaine (celle du langage M, comme toujours).",
                        "Enquête après la session de mars : le temps passé sur le reporting mensuel passe de 6 h à "
                        "environ 2 h. C'est déclaratif, à prendre avec prudence.",
                        "Cette année, 46 journées en entreprise, dont 70 % pour des services comptables.",
                        "La formation en ligne a vendu 212 places la première année, à 149 €. Demandes de "
                        "remboursement : 5.",
                        "Note moyenne au quiz avant le module tableaux croisés : 48 %. Après : 81 %. Même quiz, "
                        "même groupe.",
                        "Les clients qui reviennent représentent maintenant 60 % de mes journées. C'est le chiffre "
                        "que je surveille, plus que les nouvelles inscriptions."],
            "failure": ["J'ai testé une version 100 % autonome de la formation. Taux d'achèvement : 11 %. Retour "
                        "aux sessions en direct avec exercices.",
                        "Mon format « Excel avancé en une journée » était une erreur : trop dense. C'est devenu "
                        "deux demi-journées à une semaine d'écart.",
                        "J'ai lancé un module Power BI que personne n'avait demandé. Trois inscrits. Leçon : "
                        "demander d'abord aux stagiaires.",
                        "J'ai perdu un client ce printemps parce que mes fichiers d'exercices étaient en format de "
                        "date américain. Tous corrigés depuis."],
            "course": ["Prochaine session inter-entreprises « Power Query de zéro » : 2 demi-journées, 12 places, "
                       "490 € HT. Programme et dates : {own}",
                       "La formation tableaux croisés dynamiques est de nouveau ouverte en intra. Tarif journée et "
                       "programme sur {own}",
                       "Nouveau : une promotion en ligne de 4 semaines sur les tableaux de bord, 15 personnes "
                       "maximum, avec une séance de questions chaque semaine. Détails : {own}"],
            "freebie": ["Notre modèle gratuit de plan de trésorerie (versions Excel et Google Sheets) est sur le "
                        "site : {own}",
                        "Webinaire gratuit jeudi à 12 h 30 : cinq corrections Power Query pour les exports mal "
                        "fichus. 45 minutes, l'enregistrement est envoyé après. {own}",
                        "J'ai mis en ligne gratuitement le mémo des raccourcis de la formation, une page à "
                        "imprimer : {own}",
                        "Gratuit : le fichier d'entraînement de la leçon RECHERCHEX, avec les corrigés dans un "
                        "second onglet. {own}"],
            "teaser": ["Webinaire gratuit mardi prochain : nettoyer les exports bancaires avec Power Query, en "
                       "direct, sur un vrai fichier. Le lien d'inscription est dans le premier commentaire.",
                       "J'ai refait mon modèle de budget gratuit après vos retours : vue mensuelle, prévision "
                       "glissante, aucune macro. Lien en premier commentaire.",
                       "Je partage le pack d'exercices de la session tableaux croisés de ce mois-ci. Il est en "
                       "commentaire."],
            "first_comment": ["Le lien : {own}", "C'est par là, sans inscription : {own}",
                              "Pour ceux qui le demandaient en message : {own}"],
            "question": ["Collègues formateurs : vous enseignez encore RECHERCHEV en premier, ou directement "
                         "RECHERCHEX maintenant que la plupart des clients ont 365 ?",
                         "Quelle tâche Excel ne voudriez-vous plus jamais faire à la main ? Je prépare les ateliers "
                         "du prochain trimestre."],
            "reply": ["{mention} oui, ça marche aussi dans Excel 2019, mais par l'onglet Données, pas par le "
                      "nouvel éditeur.",
                      "{mention} l'erreur #PROPAGATION! veut dire que des cellules sous la formule sont occupées. "
                      "Videz-les et le résultat s'étend.",
                      "{mention} bien vu, le fichier contenait l'ancienne version de l'exercice 3. Corrigé et remis "
                      "en ligne.",
                      "{mention} je le garderais dans Power Query : une fusion sur le numéro client, externe "
                      "gauche, puis on ne développe que la colonne région.",
                      "{mention} honnêtement, pour 3 000 lignes une formule suffit. Power Query devient rentable "
                      "quand le fichier revient tous les mois.",
                      "{mention} pas encore dans la version en ligne, Microsoft ne l'a pas déployée partout."],
            "life": ["Train annulé, je donne la formation depuis une chambre d'hôtel à {city} ce soir.",
                     "Correction des exercices de certification avec un très grand café.",
                     "Jour de congé. Pas de tableur. Enfin, un seul.",
                     "Première salle avec un vidéoprojecteur qui marche depuis mars."],
            "dm_in": ["Bonjour, vous faites la formation tableaux croisés en intra pour une équipe de 8 ?",
                      "Bonjour, je bloque sur l'exercice 4 du module Power Query, la fusion me crée des doublons.",
                      "Y a-t-il un tarif pour les demandeurs d'emploi sur la formation en ligne ?"],
            "dm_reply": ["Bonjour {first}, oui, dans vos locaux ou en visio. Envoyez-moi les fichiers habituels de "
                         "l'équipe, j'adapterai les exercices.",
                         "Bonjour {first}, la colonne clé contient des espaces en fin de texte. Ajoutez une étape "
                         "Supprimer les espaces avant la fusion, les doublons disparaissent.",
                         "Bonjour {first}, oui, moitié prix sur justificatif. Je vous envoie un code."],
            "fake_habit": ["Astuces Excel tous les jours 🚀 #Excel #productivité", "{link}"],
        },
        "en": {
            "bio": ["Excel and Power BI trainer for companies, in {city} and online.",
                    "I teach finance teams to stop redoing everything by hand. Excel, Power Query, Power BI.",
                    "Spreadsheet and data training since {year}. Mostly accountants, some very brave marketers."],
            "path": ["resources", "blog"],
            "lesson": ["XLOOKUP tip: put \"\" as the fourth argument and your report stops showing #N/A to the "
                       "finance director.",
                       "Lesson from this week's group: clean the data once, in the Power Query step, not in the "
                       "sheet. Then Refresh does the job every month.",
                       "If your pivot table counts instead of sums, the column has text in it. Nine times out of "
                       "ten it's a number typed with a space.",
                       "Stop merging cells in headers. 'Centre across selection' looks the same and sorting still "
                       "works.",
                       "Dates from the bank's CSV arrive as text in US format. Data > Text to Columns, pick MDY, "
                       "done.",
                       "Turn the range into a table (Ctrl+T) before writing any formula: the ranges grow with the "
                       "data and nobody edits A2:A500 again.",
                       "In Power BI, build the date table yourself. The automatic one hides in every model and "
                       "doubles the file size."],
            "numbers": ["Last cohort: {num} learners started the Power Query course, 31 finished every module, 4 "
                        "dropped out in week 2 (the M language week, as always).",
                        "Survey after the March session: time spent on monthly reporting went from 6 hours to "
                        "about 2. Self-reported, so take it with a pinch of salt.",
                        "This year I ran 46 in-company days, 70% of them for finance teams.",
                        "The online course sold 212 seats in its first year at £149. Refund requests: 5.",
                        "Average quiz score before the pivot table module: 48%. After: 81%. Same quiz, same group.",
                        "Repeat clients are now 60% of my training days. That's the number I watch, more than new "
                        "sign-ups."],
            "failure": ["Tried a fully self-paced version of the course. Completion rate: 11%. Back to live "
                        "sessions with homework.",
                        "My 'advanced Excel in one day' format was a mistake: far too dense. It's now two half "
                        "days a week apart.",
                        "I launched a Power BI module nobody had asked for. Three sign-ups. Lesson: ask the "
                        "learners first.",
                        "Lost a client this spring because my practice files used US date formats. Fixed every "
                        "file since."],
            "course": ["Next open session of 'Power Query from scratch': 2 half days, 12 seats, £290. Programme "
                       "and dates: {own}",
                       "The pivot tables course is open again for in-house teams. Day rate and syllabus on {own}",
                       "New: a 4-week online cohort on dashboards, 15 people at most, with a live Q&A every week. "
                       "Details: {own}"],
            "freebie": ["Our free cash-flow template (Excel and Google Sheets versions) is on the site: {own}",
                        "Free webinar Thursday at 12:30: five Power Query fixes for messy exports. 45 minutes, "
                        "recording sent afterwards. {own}",
                        "I've put the course's shortcut sheet online for free, one printable page: {own}",
                        "Free: the practice file from the XLOOKUP lesson, with the answers on a second tab. {own}"],
            "teaser": ["Free webinar next Tuesday: cleaning bank exports with Power Query, live, on a real file. "
                       "The registration link is in the first comment.",
                       "I rebuilt my free budget template after your feedback: monthly view, rolling forecast, no "
                       "macros. Link in the first comment.",
                       "Sharing the exercise pack from this month's pivot table session. It's in the comments."],
            "first_comment": ["The link: {own}", "Here it is, no sign-up needed: {own}",
                              "For the people who asked by message: {own}"],
            "question": ["Fellow trainers: do you still teach VLOOKUP first, or go straight to XLOOKUP now that "
                         "most clients are on 365?",
                         "Which Excel task would you never want to do by hand again? Planning next term's "
                         "workshops."],
            "reply": ["{mention} yes, it works in Excel 2019 too, but through the Data tab, not the new editor.",
                      "{mention} the #SPILL! error means something is in the way below the formula. Clear those "
                      "cells and it expands.",
                      "{mention} good catch, the file had the old version of exercise 3. Fixed and uploaded again.",
                      "{mention} I'd keep it in Power Query: a merge on the customer ID, left outer, then expand "
                      "only the region column.",
                      "{mention} honestly, for 3,000 rows a formula is fine. Power Query pays off when the file "
                      "comes back every month.",
                      "{mention} not in the web version yet, Microsoft hasn't rolled it out to everyone."],
            "life": ["Train cancelled, teaching from a hotel room in {city} tonight.",
                     "Marking the certification exercises with a very large coffee.",
                     "Day off. No spreadsheets. Well, only one.",
                     "First training room with a working projector since March."],
            "dm_in": ["Hello, do you run the pivot table course in-house for a team of 8?",
                      "Hi, I'm stuck on exercise 4 of the Power Query module, the merge gives me duplicates.",
                      "Is there a discount on the online course for people between jobs?"],
            "dm_reply": ["Hello {first}, yes, at your office or by video. Send me the team's usual files and I'll "
                         "adapt the exercises.",
                         "Hi {first}, the key column has trailing spaces. Add a Trim step before the merge and the "
                         "duplicates go away.",
                         "Hi {first}, yes, half price, no questions asked. I'll send you a code."],
            "fake_habit": ["Excel tips every day 🚀 #Excel #productivity", "{link}"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Formatrice d'anglais pour adultes à {city}. Petits groupes, entreprises, CPF.",
                    "J'aide les professionnels à parler anglais en réunion sans paniquer. Formatrice depuis "
                    "{year}.", "Anglais professionnel, préparation TOEIC, cours particuliers. En salle et en visio."],
            "path": ["actualites", "blog"],
            "lesson": ["« Actually » ne veut pas dire « actuellement ». En réunion, dites « currently », sinon vos "
                       "collègues anglais entendent « en fait ».",
                       "Au téléphone, on ne dit pas « I call you back » mais « I'll call you back ». Le futur, "
                       "c'est la promesse.",
                       "Dans un mail, « I remain at your disposal » sonne très administratif. « Let me know if you "
                       "have any questions » suffit.",
                       "Le « th » n'est pas le vrai problème des francophones : c'est l'accent tonique. "
                       "PHOtograph, phoTOgraphy.",
                       "Exercice de la semaine avec le groupe du mardi : présenter son métier en 60 secondes, sans "
                       "notes. Deux ont réussi du premier coup.",
                       "« Eventually » veut dire « finalement », pas « éventuellement ». Ce faux ami a déjà coûté "
                       "une négociation à une de mes apprenantes."],
            "numbers": ["Session de printemps : 14 apprenants ont passé le TOEIC, progression moyenne de 165 points. "
                        "Le plus petit progrès, 40 points, pour quelqu'un qui a manqué la moitié des cours.",
                        "Mes groupes du soir : 6 personnes maximum. Au-delà, chacun parle moins de 10 minutes par "
                        "séance, je l'ai chronométré.",
                        "Bilan de l'année : 38 apprenants financés par le CPF, 11 par leur entreprise, 3 qui ont "
                        "payé eux-mêmes.",
                        "Assiduité du groupe en visio : 72 %. En salle : 91 %. Je garde les deux, mais je donne les "
                        "chiffres avant l'inscription."],
            "failure": ["J'ai testé un groupe de conversation le samedi matin. Deux inscrits, puis zéro. Personne "
                        "ne veut parler anglais le samedi à 9 h, j'aurais dû m'en douter.",
                        "Erreur de ma part cette semaine : une écoute trop rapide pour le niveau du groupe. On la "
                        "refait jeudi avec la transcription.",
                        "Mon premier module en ligne était trop long, les apprenants décrochaient après la "
                        "troisième vidéo. Je l'ai redécoupé en séquences de 8 minutes."],
            "course": ["Nouveau groupe « anglais des réunions » en janvier, 6 places, éligible au CPF. Programme et "
                       "tarifs : {own}",
                       "Il reste deux places dans le groupe du jeudi soir, niveau B1. Infos : {own}",
                       "Les cours particuliers reprennent en septembre, 45 € l'heure, créneaux sur {own}"],
            "freebie": ["Ma fiche gratuite « 30 phrases pour les réunions en anglais » est sur le site : {own}",
                        "Webinaire gratuit mercredi à 18 h : réussir un appel téléphonique en anglais. 40 minutes, "
                        "questions à la fin. {own}",
                        "J'ai mis en ligne le test de niveau que j'utilise avec mes apprenants, gratuit, 20 minutes "
                        ": {own}"],
            "teaser": ["Atelier gratuit en ligne jeudi midi : écrire un mail en anglais sans passer par le "
                       "traducteur. Le lien d'inscription est dans le premier commentaire.",
                       "J'ai refait ma liste gratuite des faux amis qui coûtent cher au travail, avec de vrais "
                       "exemples. Lien en commentaire."],
            "first_comment": ["Voici le lien : {own}", "Tout est sur cette page : {own}",
                              "Pour celles et ceux qui me l'ont demandé, c'est ici : {own}"],
            "question": ["Collègues formateurs : vous corrigez les fautes pendant la prise de parole ou à la fin ?",
                         "Vous apprenez mieux avec des séries ou avec des podcasts ? Je prépare le prochain module."],
            "reply": ["{mention} oui, le CPF fonctionne pour ce groupe, il suffit de passer par Mon Compte "
                      "Formation.",
                      "{mention} « I look forward to hearing from you » reste correct, c'est simplement un peu "
                      "formel.",
                      "{mention} pour le TOEIC, comptez 30 à 40 heures de travail pour gagner 100 points, en "
                      "moyenne chez mes apprenants.",
                      "{mention} bonne remarque, en anglais américain on dit plutôt « vacation », je l'ajoute à la "
                      "fiche.",
                      "{mention} non, pas de niveau minimum, mais je fais passer un petit test pour constituer les "
                      "groupes.",
                      "{mention} l'enregistrement part à tous les inscrits, même absents."],
            "life": ["Tempête ce matin, tout le monde en visio.",
                     "Café avec une ancienne apprenante qui part travailler à Dublin, quelle fierté.",
                     "Corrections au soleil, en terrasse à {city}.",
                     "Rentrée des groupes demain, j'imprime les badges."],
            "dm_in": ["Bonjour, je voudrais savoir si mon niveau suffit pour le groupe B1.",
                      "Bonjour, notre entreprise cherche une formation d'anglais pour 5 commerciaux, c'est possible ?",
                      "Bonjour, j'ai raté la séance de mardi, il y a un enregistrement ?"],
            "dm_reply": ["Bonjour {first}, le plus simple est de faire le test de niveau, 20 minutes, et je vous "
                         "rappelle pour en parler.",
                         "Bonjour {first}, oui, en intra, avec des mises en situation tirées de leurs vrais "
                         "rendez-vous clients. On en parle au téléphone ?",
                         "Bonjour {first}, oui, je vous l'envoie, avec les exercices à faire pour jeudi."],
            "fake_habit": ["Apprenez l'anglais facilement ✨ #anglais #formation", "{link}"],
        },
        "en": {
            "bio": ["French teacher for adults in {city}. Small groups, companies, one-to-one.",
                    "I help people moving to France get through their first meetings in French. Teaching since "
                    "{year}.", "French lessons for grown-ups, DELF preparation, online and in person."],
            "path": ["news", "blog"],
            "lesson": ["\"Je suis excité\" does not mean you're excited about the meeting. Say \"j'ai hâte\" and "
                       "save yourself an awkward moment.",
                       "French numbers: 70 is sixty-ten, 80 is four-twenties, 90 is four-twenties-ten. Learners "
                       "groan, then they love it.",
                       "Tu or vous at work? In most French offices colleagues switch to tu within a week. With "
                       "clients, wait for them to offer.",
                       "The hardest sound for my English speakers isn't the R, it's telling \"dessus\" from "
                       "\"dessous\".",
                       "This week's exercise with the Tuesday group: order a whole meal in French, including a "
                       "complaint about the wine. Everyone survived.",
                       "\"Actuellement\" means currently, not actually. That false friend trips up my students "
                       "every single term."],
            "numbers": ["Spring term: 12 students sat the DELF B1, 10 passed. The two who didn't were 3 and 4 "
                        "points short.",
                        "My evening groups are capped at 6. Above that, each person speaks under 10 minutes a "
                        "lesson, I timed it.",
                        "This year: 41 adult students, 23 moving to France for work, 9 with French partners, the "
                        "rest just for the love of it.",
                        "Attendance in the online group: 70%. In person: 89%. I run both, and I tell people the "
                        "numbers before they choose."],
            "failure": ["Tried a Saturday morning conversation club. Two sign-ups, then none. Nobody wants to "
                        "speak French at 9am on a Saturday.",
                        "My fault this week: a listening exercise far too fast for the group. We're redoing it on "
                        "Thursday with the transcript.",
                        "My first online module was too long, students dropped off after the third video. I've "
                        "cut it into 8-minute pieces."],
            "course": ["New group 'French for meetings' starting in January, 6 places, £180 for 10 weeks. "
                       "Details: {own}",
                       "Two places left in the Thursday evening B1 group. Info: {own}",
                       "One-to-one lessons are back in September, £40 an hour, slots on {own}"],
            "freebie": ["My free sheet '30 phrases for meetings in French' is on the website: {own}",
                        "Free webinar Wednesday at 6pm: getting through a phone call in French. 40 minutes, "
                        "questions at the end. {own}",
                        "I've put the placement test I use with my students online, free, 20 minutes: {own}"],
            "teaser": ["Free online workshop on Thursday lunchtime: writing an email in French without a "
                       "translator. Sign-up link in the first comment.",
                       "I've redone my free list of the false friends that cost people at work, with real "
                       "examples. Link in the comments."],
            "first_comment": ["Here's the link: {own}", "Everything is on this page: {own}",
                              "For those of you who asked me, it's here: {own}"],
            "question": ["Fellow teachers: do you correct mistakes while students speak, or at the end?",
                         "Do you learn better with TV series or with podcasts? Planning the next module."],
            "reply": ["{mention} yes, the group works for complete beginners too, we start with the alphabet and "
                      "numbers.",
                      "{mention} \"je voudrais\" is perfectly polite, it's \"je veux\" that sounds abrupt.",
                      "{mention} for the DELF B1, count 30 to 40 hours of work per level, on average with my "
                      "students.",
                      "{mention} good point, in Quebec they'd say \"fin de semaine\", adding it to the sheet.",
                      "{mention} no minimum level, but I run a short test first to put the groups together.",
                      "{mention} the recording goes to everyone who registered, even if they missed it."],
            "life": ["Storm this morning, everyone on video today.",
                     "Coffee with a former student who's moving to Lyon for work, so proud.",
                     "Marking homework in the sun at a café in {city}.",
                     "New groups start tomorrow, printing the name badges."],
            "dm_in": ["Hi, I'm not sure my level is good enough for the B1 group.",
                      "Hello, our company needs French lessons for 5 sales staff, is that something you do?",
                      "Hi, I missed Tuesday's lesson, is there a recording?"],
            "dm_reply": ["Hi {first}, the easiest is to take the level test, 20 minutes, and I'll call you to talk "
                         "it through.",
                         "Hello {first}, yes, in-house, with role plays taken from their real client meetings. "
                         "Shall we talk on the phone?",
                         "Hi {first}, yes, sending it now, with the exercises for Thursday."],
            "fake_habit": ["Learn French the easy way ✨ #french #learning", "{link}"],
        },
    },
    "p3": {
        "fr": {
            "bio": ["Cofondatrice de {brandname}, le logiciel de rendez-vous des cabinets de kinés. On est 5, à "
                    "{city}.", "Je fabrique {brandname} avec une petite équipe. Avant : 8 ans kiné en cabinet.",
                    "{brandname} : agenda, rappels et facturation pour les kinés. Support assuré par des humains."],
            "brandname": ["Kinéplan", "Agendo", "Planikiné", "Rendevo"],
            "path": ["nouveautes", "blog"],
            "lesson": ["Ce qu'on a appris en appelant nos 20 premiers clients : personne ne lisait les e-mails "
                       "de bienvenue. Tout le monde lisait les SMS.",
                       "On a remplacé l'essai de 30 jours par 14 jours avec un appel d'installation. Les cabinets "
                       "qui reçoivent l'appel restent.",
                       "Conseil à un petit éditeur : écrivez la documentation en répondant aux tickets. Chaque "
                       "question posée trois fois devient une page.",
                       "Un cabinet de kinés ne veut pas de tableau de bord. Il veut savoir qui vient demain et qui "
                       "n'a pas payé.",
                       "On facture au cabinet, pas au praticien. Moins rentable sur le papier, beaucoup plus simple "
                       "à vendre et à comprendre."],
            "numbers": ["Point du mois : 214 cabinets clients, 3 départs, dont deux fermetures de cabinet. Revenu "
                        "récurrent mensuel : 11 900 €.",
                        "Support : 142 tickets en octobre, première réponse en 38 minutes en médiane. Objectif : "
                        "passer sous les 30.",
                        "Les rappels SMS ont fait baisser les rendez-vous non honorés de 12 % à 7 % chez les "
                        "cabinets qui les ont activés.",
                        "On est 5 : deux développeurs, une personne au support, une aux ventes, et moi un peu "
                        "partout."],
            "failure": ["Panne mardi de 9 h 12 à 10 h 03 : la synchronisation des agendas était bloquée par un "
                        "certificat expiré. Le compte rendu complet est sur le blog, et toutes nos excuses aux "
                        "cabinets touchés.",
                        "On a lancé une application mobile que presque personne n'utilise : 4 % des praticiens "
                        "l'ont ouverte plus d'une fois. On arrête et on améliore le site sur téléphone.",
                        "Notre hausse de prix a été mal annoncée : un e-mail, aucune explication. Raison de monter "
                        "les prix, tort sur la manière."],
            "course": ["La facturation des séances est disponible pour tous les cabinets, sans surcoût. La "
                       "démonstration en 3 minutes : {own}",
                       "Nouveau tarif pour les cabinets d'un ou deux praticiens : 29 € par mois. Détails : {own}",
                       "On recrute un développeur ou une développeuse backend, à {city} ou en télétravail. "
                       "L'annonce : {own}"],
            "freebie": ["Notre modèle gratuit de règlement pour les patients (annulations, retards) est sur le "
                        "site : {own}",
                        "Webinaire gratuit jeudi à 13 h : réduire les rendez-vous non honorés, avec deux kinés "
                        "qui l'ont fait. {own}",
                        "On a publié gratuitement notre guide pour quitter l'agenda papier, étape par étape : {own}"],
            "teaser": ["Webinaire gratuit mardi à 12 h 30 sur la facturation des séances, avec les questions qu'on "
                       "reçoit le plus au support. Le lien est dans le premier commentaire.",
                       "Notre checklist gratuite pour ouvrir un cabinet (assurances, ordre, logiciel) a été mise à "
                       "jour avec vos retours. Lien en commentaire."],
            "first_comment": ["Le lien, comme annoncé : {own}", "En accès libre ici : {own}",
                              "La page avec tous les détails : {own}"],
            "question": ["Les kinés qui me lisent : vous envoyez les rappels la veille ou deux jours avant ?",
                         "Des éditeurs de logiciels de santé par ici ? Comment avez-vous choisi votre hébergeur "
                         "de données de santé ?"],
            "reply": ["{mention} oui, l'export comptable fonctionne avec les principaux logiciels, on ajoute le "
                      "vôtre si vous nous envoyez un exemple de fichier.",
                      "{mention} c'est un bug chez nous, corrigé ce matin. Merci pour la capture d'écran, elle nous "
                      "a fait gagner une heure.",
                      "{mention} pas encore de synchronisation avec Doctolib, c'est la demande numéro un, on y "
                      "travaille pour le printemps.",
                      "{mention} les données sont hébergées en France chez un hébergeur certifié HDS, le détail est "
                      "dans nos conditions.",
                      "{mention} si vous résiliez, vous gardez l'export complet de vos patients en CSV, sans "
                      "frais.",
                      "{mention} on a essayé les rappels par e-mail seuls, beaucoup moins efficaces que le SMS "
                      "chez nos clients."],
            "life": ["Premier salon professionnel pour l'équipe, on a mal aux pieds et on est contents.",
                     "Déjeuner d'équipe pour les deux ans de la boîte.",
                     "Le vendredi, on coupe la messagerie à 17 h. Enfin, on essaie."],
            "dm_in": ["Bonjour, est-ce qu'on peut importer nos patients depuis notre ancien logiciel ?",
                      "Bonjour, je suis kiné remplaçante, le tarif s'applique aussi à moi ?",
                      "Bonjour, vous cherchez des stagiaires en développement ?"],
            "dm_reply": ["Bonjour {first}, oui, envoyez-nous l'export, on fait l'import pour vous et on vérifie "
                         "ensemble avant de basculer.",
                         "Bonjour {first}, non, les remplaçants sont inclus dans l'abonnement du cabinet, rien à "
                         "payer en plus.",
                         "Bonjour {first}, pas cette année, mais envoyez votre CV, on recrute souvent au "
                         "printemps."],
            "fake_habit": ["Digitalisez votre cabinet 🚀 #santé #innovation", "{link}"],
        },
        "en": {
            "bio": ["Co-founder of {brandname}, booking software for physio clinics. Five of us, in {city}.",
                    "Building {brandname} with a small team. Before that: 8 years as a physio.",
                    "{brandname}: diary, reminders and invoicing for physios. Support answered by humans."],
            "brandname": ["Physiobook", "Clinicly", "Slotwise", "Bookphysio"],
            "path": ["updates", "blog"],
            "lesson": ["What we learned calling our first 20 customers: nobody read the welcome emails. Everybody "
                       "read the texts.",
                       "We swapped the 30-day trial for 14 days plus a setup call. Clinics that get the call stay.",
                       "Advice for a small software shop: write the docs by answering tickets. Every question asked "
                       "three times becomes a page.",
                       "A physio clinic doesn't want a dashboard. It wants to know who's coming tomorrow and who "
                       "hasn't paid.",
                       "We charge per clinic, not per practitioner. Less profitable on paper, much easier to sell "
                       "and to understand."],
            "numbers": ["Monthly update: 214 clinics, 3 cancellations, two of them clinics closing down. MRR: "
                        "£11,900.",
                        "Support: 142 tickets in October, median first response 38 minutes. Target: under 30.",
                        "Text reminders cut no-shows from 12% to 7% at the clinics that switched them on.",
                        "There are 5 of us: two developers, one on support, one on sales, and me a bit everywhere."],
            "failure": ["Outage on Tuesday from 9:12 to 10:03: diary sync was blocked by an expired certificate. "
                        "Full write-up on the blog, and our apologies to the clinics affected.",
                        "We launched a mobile app almost nobody uses: 4% of practitioners opened it more than once. "
                        "We're dropping it and improving the mobile site instead.",
                        "Our price rise was badly announced: one email, no explanation. Right to raise prices, "
                        "wrong way to do it."],
            "course": ["Session invoicing is now live for every clinic, at no extra cost. The 3-minute demo: {own}",
                       "New price for clinics with one or two practitioners: £29 a month. Details: {own}",
                       "We're hiring a backend developer, in {city} or remote. The job ad: {own}"],
            "freebie": ["Our free patient policy template (cancellations, late arrivals) is on the site: {own}",
                        "Free webinar Thursday at 1pm: cutting no-shows, with two physios who did it. {own}",
                        "We've published our step-by-step guide to leaving the paper diary, free: {own}"],
            "teaser": ["Free webinar Tuesday at 12:30 on session invoicing, with the questions support gets most. "
                       "The link is in the first comment.",
                       "Our free checklist for opening a clinic (insurance, registration, software) has been "
                       "updated with your feedback. Link in the comments."],
            "first_comment": ["The link, as promised: {own}", "Free to access here: {own}",
                              "The page with all the details: {own}"],
            "question": ["Physios reading this: do you send reminders the day before or two days before?",
                         "Any health software founders here? How did you choose where to host patient data?"],
            "reply": ["{mention} yes, the accounting export works with the main packages, we'll add yours if you "
                      "send us a sample file.",
                      "{mention} that's a bug on our side, fixed this morning. Thanks for the screenshot, it saved "
                      "us an hour.",
                      "{mention} no sync with the big booking platforms yet, it's the number one request, we're on "
                      "it for spring.",
                      "{mention} the data is hosted in the UK with a certified provider, the details are in our "
                      "terms.",
                      "{mention} if you cancel, you keep the full export of your patients as CSV, free.",
                      "{mention} we tried email-only reminders, far less effective than texts for our clinics."],
            "life": ["First trade show for the team, sore feet and happy faces.",
                     "Team lunch for the company's second birthday.",
                     "On Fridays we switch chat off at 5pm. Well, we try."],
            "dm_in": ["Hi, can we import our patients from our old software?",
                      "Hello, I'm a locum physio, does the price apply to me too?",
                      "Hi, are you taking developer interns?"],
            "dm_reply": ["Hi {first}, yes, send us the export, we do the import for you and check it together "
                         "before switching.",
                         "Hello {first}, no, locums are included in the clinic's subscription, nothing extra to "
                         "pay.",
                         "Hi {first}, not this year, but send your CV, we often hire in spring."],
            "fake_habit": ["Digitise your clinic 🚀 #health #innovation", "{link}"],
        },
    },
}
