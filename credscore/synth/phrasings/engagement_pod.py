"""engagement_pod (fake): a creator in an engagement pod (a group that likes and comments on each other's every
post within the hour). The captions end on questions that fish for comments; the pod's comments are common
(:mod:`credscore.synth.phrasings.comments`), the few real followers' comments are the family's.

Slots: ``bio``, ``subject``, ``caption``, ``sponsored``, ``comment``, ``answer``.

p1 wellness and yoga; p2 dream travel.
"""

SETS = {
    "p1": {
        "fr": {
            "bio": ["Yoga • Bien-être • Énergie positive 🧘‍♀️", "Prof de yoga en devenir ✨ Slow life & self-love",
                    "Bien-être holistique 🌸 Ateliers en ligne"],
            "subject": ["ma salutation au soleil", "le thé du matin", "ma méditation guidée", "la posture de l'arbre",
                        "mon rituel du soir", "la pleine lune", "mon coin zen", "le journal de gratitude"],
            "caption": ["{intro} {subject} 🌸 {bait}", "{subject}, {soft} {bait}", "{soft_cap} {subject} ✨ {bait}",
                        "{intro} {soft} {bait}"],
            "intro": ["Douceur du jour :", "Rappel bienveillant :", "Instant présent :", "Petite pause pour"],
            "soft": ["écoute ton corps, il sait.", "respire, tout va bien.", "ralentir est un super-pouvoir.",
                     "tu mérites cette douceur."],
            "soft_cap": ["Se reconnecter avec", "Accueillir", "Honorer"],
            "bait": ["Et toi, c'est quoi ton rituel ? 👇", "Dis-moi en commentaire ce que tu ressens 💬",
                     "Tape 🌸 si tu es d'accord", "Partage avec quelqu'un qui en a besoin 💕"],
            "sponsored": ["#ad Mon tapis {brand} pour {subject} 🌸", "#sponsorisé Le thé {brand} accompagne "
                          "{subject} ✨", "Collab {brand} pour {subject} 💕 #partenariat"],
            "brand": ["@zenmatfr", "@theazen", "@lotusbox"],
            "comment": ["Tu conseilles quelle appli pour {subject} ?", "C'est quel tapis ?", "Tu pratiques depuis "
                        "combien de temps ?", "Il vient d'où ce thé ?", "Tes ateliers sont en ligne ?"],
            "answer": ["Merci ma belle 💕", "Tellement d'amour 🌸", "Merci pour ta belle énergie ✨",
                       "Je t'envoie plein de douceur 🙏"],
        },
        "en": {
            "bio": ["Yoga • Wellness • Positive energy 🧘‍♀️", "Yoga teacher in the making ✨ Slow life & self-love",
                    "Holistic wellbeing 🌸 Online workshops"],
            "subject": ["my sun salutation", "morning tea", "my guided meditation", "tree pose", "my evening ritual",
                        "the full moon", "my zen corner", "the gratitude journal"],
            "caption": ["{intro} {subject} 🌸 {bait}", "{subject}, {soft} {bait}", "{soft_cap} {subject} ✨ {bait}",
                        "{intro} {soft} {bait}"],
            "intro": ["Today's softness:", "Gentle reminder:", "Present moment:", "A little pause for"],
            "soft": ["listen to your body, it knows.", "breathe, all is well.", "slowing down is a superpower.",
                     "you deserve this gentleness."],
            "soft_cap": ["Reconnecting with", "Welcoming", "Honouring"],
            "bait": ["What's your ritual? 👇", "Tell me in the comments how you feel 💬", "Drop a 🌸 if you agree",
                     "Share with someone who needs this 💕"],
            "sponsored": ["#ad My {brand} mat for {subject} 🌸", "#sponsored {brand} tea goes with {subject} ✨",
                          "Collab with {brand} for {subject} 💕 #ad"],
            "brand": ["@zenmat", "@teazen", "@lotusbox"],
            "comment": ["Which app do you recommend for {subject}?", "Which mat is that?",
                        "How long have you been practising?", "Where's that tea from?", "Are your workshops online?"],
            "answer": ["Thank you lovely 💕", "So much love 🌸", "Thanks for your beautiful energy ✨",
                       "Sending you so much softness 🙏"],
        },
    },
    "p2": {
        "fr": {
            "bio": ["Voyageuse 🌍 32 pays | Hôtels de rêve & spots secrets", "Travel creator ✈️ Bali • Dubaï • Maldives",
                    "Je voyage, tu rêves 🌴 Collabs hôtels en DM"],
            "subject": ["cette villa à Bali", "le lever de soleil à Santorin", "la piscine à débordement",
                        "le petit-déj flottant", "ce spot secret aux Maldives", "le désert de Dubaï",
                        "la plage déserte", "la suite avec vue"],
            "caption": ["{wow} {subject} 🌴 {question}", "{subject} {dream} {question}", "{dream_cap} {subject} ✈️",
                        "{wow} {dream}"],
            "wow": ["Pincez-moi :", "Le paradis existe :", "Sans filtre :", "Réveil ici :"],
            "dream": ["un jour, ce sera toi.", "la vie est trop courte pour rester chez soi.", "collectionne les "
                      "moments, pas les choses.", "la vue qui change tout."],
            "dream_cap": ["Rêve éveillé devant", "Coup de cœur absolu pour", "Je pourrais vivre devant"],
            "question": ["Tu irais avec qui ? Identifie-le 👇", "Plage ou montagne ? Réponds en commentaire 💬",
                         "Note ce spot de 1 à 10 👇", "Enregistre pour ton prochain voyage 📌"],
            "sponsored": ["#ad Invitée par {brand} pour {subject} 🌴", "#sponsorisé {brand} m'a offert {subject} ✈️",
                          "Partenariat {brand} : {subject} 🌍 #partenariat"],
            "brand": ["@luxstays", "@villaescape", "@skyhotels"],
            "comment": ["C'est combien la nuit dans {subject} ?", "C'est quel hôtel ?", "Tu y es allée en quelle "
                        "saison ?", "Il faut un visa ?", "Tu voyages seule ?"],
            "answer": ["Merci beauté 🌴", "Trop d'amour ✈️", "Merci pour ton soutien 💕", "Je t'embarque la "
                       "prochaine fois 🌍"],
        },
        "en": {
            "bio": ["Traveller 🌍 32 countries | Dream hotels & secret spots",
                    "Travel creator ✈️ Bali • Dubai • Maldives",
                    "I travel, you dream 🌴 Hotel collabs via DM"],
            "subject": ["this villa in Bali", "sunrise in Santorini", "the infinity pool", "the floating breakfast",
                        "this secret spot in the Maldives", "the Dubai desert", "the empty beach",
                        "the suite with a view"],
            "caption": ["{wow} {subject} 🌴 {question}", "{subject} {dream} {question}", "{dream_cap} {subject} ✈️",
                        "{wow} {dream}"],
            "wow": ["Pinch me:", "Paradise exists:", "No filter:", "Waking up here:"],
            "dream": ["one day it'll be you.", "life is too short to stay home.", "collect moments, not things.",
                      "the view that changes everything."],
            "dream_cap": ["Daydreaming in front of", "Absolutely in love with", "I could live looking at"],
            "question": ["Who would you go with? Tag them 👇", "Beach or mountains? Answer in the comments 💬",
                         "Rate this spot 1 to 10 👇", "Save it for your next trip 📌"],
            "sponsored": ["#ad Hosted by {brand} for {subject} 🌴", "#sponsored {brand} gifted me {subject} ✈️",
                          "Partnership with {brand}: {subject} 🌍 #ad"],
            "brand": ["@luxstays", "@villaescape", "@skyhotels"],
            "comment": ["How much per night for {subject}?", "Which hotel is it?", "What season did you go?",
                        "Do you need a visa?", "Do you travel alone?"],
            "answer": ["Thanks gorgeous 🌴", "So much love ✈️", "Thanks for the support 💕",
                       "Taking you next time 🌍"],
        },
    },
}
