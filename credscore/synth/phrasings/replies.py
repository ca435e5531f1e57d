"""How genuine people wrap an answer: what they react to, a specific detail, a follow-up.

A real person answers each person differently: the same point ("free delivery over a threshold raises
the basket") comes with a different opening, a different detail (who, where, when) and a different
follow-up each time. The family's own sentences (its ``reply``, ``customer_reply``, ``reader_reply``,
``dm_reply`` slots) say *what* is answered; :meth:`credscore.synth.draft.Draft.reply` composes them
with independent parts drawn from one *voice* below.

Three voices per language (a professional "vous", a casual "tu", an organisation's "nous"). A
family's voice follows the position of its set within its archetype, so two families of one
archetype never share a voice (their phrasing stays apart, see ``tests/synth``). Parts name no
lexicon term (no stock praise, no buzzword, no business measure): they vary the words, not the
signals a reply carries. ``short`` is the odd two-word thank-you everybody also sends.

Slots: ``ack`` (the reaction that opens the answer), ``detail`` (a specific: a person, a place, a
day, a month), ``follow`` (what comes next), ``short``.
"""

VOICES = {
    "fr": (
        {
            "ack": ["Bonne question.", "Alors, ça dépend un peu.", "Je vois ce que vous voulez dire.",
                    "Oui, on nous le demande souvent.", "Ah, je n'avais pas vu ce message.", "Réponse courte :",
                    "Honnêtement,", "Désolé pour le délai de réponse.", "Pour être précis :", "Oui et non.",
                    "Ça arrive plus souvent qu'on croit.", "Je réponds ici pour tout le monde :"],
            "detail": ["On l'a encore vu {day} dernier avec {first}.", "C'était pareil à {city} en {month}.",
                       "Je l'ai noté pour la réunion de {day}.", "Depuis {month}, c'est comme ça chez nous.",
                       "{first} a eu exactement le même cas la semaine passée.",
                       "On en reparlait justement {day} matin.", "Pour {city}, il faut compter un jour de plus.",
                       "Le changement date de {month} dernier.", "J'ai vérifié ce matin avant de répondre.",
                       "La personne à voir, c'est {first}, qui connaît bien le sujet.",
                       "Ça a changé depuis la mise à jour de {month}.", "Même constat chez un voisin de {city}.",
                       "Un ancien collègue de {city} m'a raconté la même chose en {month}.",
                       "J'ai retrouvé la note que {first} avait écrite là-dessus."],
            "follow": ["Dites-moi si ça ne marche pas.", "Je reviens vers vous {day}.", "Vous me tenez au courant ?",
                       "Je peux vous montrer si vous passez.", "On en reparle si besoin.",
                       "Je vous mets le détail en message privé.", "Ça répond à la question ?",
                       "Sinon, écrivez-moi, on regarde ensemble.", "Je complète {day} si j'ai du nouveau.",
                       "Bonne fin de semaine !", "Je demande à {first} et je vous confirme."],
            "short": ["Merci !", "Merci beaucoup 🙂", "Avec plaisir.", "Noté !"],
        },
        {
            "ack": ["Ah oui, carrément.", "Bonne remarque.", "Je me posais la même question.", "Alors là, vaste sujet.",
                    "Pas faux.", "Tu as raison de demander.", "Oh, pas simple.", "Attends, je t'explique.",
                    "Franchement,", "Pour te répondre vite :", "Haha, je connais ça.", "Ah mince."],
            "detail": ["On en parlait hier avec {first} justement.", "J'ai eu le coup en {month} à {city}.",
                       "Demande à {first}, qui a testé avant moi.",
                       "Ça m'a pris tout un {day} après-midi à comprendre.",
                       "La dernière fois, c'était à {city}, même histoire.", "{first} m'a dit la même chose {day}.",
                       "Depuis {month}, je fais autrement.", "Chez moi à {city}, ça se passe pareil.",
                       "J'ai refait le test {day} soir.", "C'est {first} qui m'a montré comment faire.",
                       "Ma sœur à {city} a eu le même souci cet hiver.",
                       "J'en ai encore discuté avec {first} au café."],
            "follow": ["Tu me diras ?", "Redis-moi si ça coince.", "Je te montre la prochaine fois.",
                       "On s'appelle {day} si tu veux.", "Tiens-moi au courant !", "Je t'envoie la suite en MP.",
                       "Bon courage en tout cas.", "Raconte-moi comment ça s'est passé.",
                       "Si tu passes par {city}, fais signe.", "Je regarde ce soir et je te dis."],
            "short": ["Merci !", "Ah merci 🙂", "Ok, noté.", "Haha oui"],
        },
        {
            "ack": ["Merci pour votre message.", "Bien vu.", "On comprend la frustration.",
                    "C'est une demande qu'on entend souvent.", "Merci d'avoir pris le temps d'écrire.", "Bonjour !",
                    "On vous répond ici :", "Bonjour et merci.", "On a regardé.",
                    "Voici ce qu'on peut dire :", "Toutes nos excuses pour l'attente."],
            "detail": ["L'équipe de {city} s'en occupe depuis {month}.", "{first}, de notre équipe, a pris le dossier.",
                       "Le point a été fait {day} en réunion.", "On a eu la même question {day} à l'accueil.",
                       "Le planning de {month} est affiché sur place.", "{first} vous confirmera par écrit.",
                       "Ça vaut aussi pour le site de {city}.", "La règle a changé en {month}.",
                       "On a vérifié avec {first} avant de vous répondre.", "Le créneau de {day} est encore libre.",
                       "Les horaires d'été s'appliquent jusqu'à fin {month}."],
            "follow": ["N'hésitez pas si vous avez d'autres questions.", "On vous tient au courant.",
                       "Écrivez-nous en privé si besoin.", "Bonne journée à vous.",
                       "On ajoute l'info sur la page dès {day}.", "Merci de votre patience.",
                       "Revenez vers nous si ça bloque encore.", "À bientôt peut-être.", "On corrige ça rapidement.",
                       "Vous pouvez aussi appeler l'accueil."],
            "short": ["Merci à vous !", "Avec plaisir !", "Merci, c'est noté.", "👍"],
        },
    ),
    "en": (
        {
            "ack": ["Good question.", "It depends a bit.", "I see what you mean.", "We get asked this a lot.",
                    "Sorry, missed this one.", "Short answer:", "Honestly,", "Sorry for the slow reply.",
                    "To be precise:", "Yes and no.", "Happens more often than you'd think.",
                    "Answering here for everyone:"],
            "detail": ["We saw it again last {day} with {first}.", "Same thing happened in {city} in {month}.",
                       "I've added it to {day}'s meeting.", "That's how we've done it since {month}.",
                       "{first} had the exact same case last week.", "We were talking about this on {day} morning.",
                       "For {city}, add a day.", "The change dates back to {month}.",
                       "Checked this morning before replying.", "The person to ask is {first}, who knows it well.",
                       "It changed with the {month} update.", "Same story at a neighbour's in {city}.",
                       "A former colleague in {city} told me the same in {month}.",
                       "Found the note {first} wrote about it."],
            "follow": ["Let me know if it doesn't work.", "I'll get back to you on {day}.", "Keep me posted?",
                       "Happy to show you if you drop by.", "We can pick this up again if needed.",
                       "I'll send details by DM.", "Does that answer it?",
                       "Otherwise message me and we'll look together.",
                       "Will update on {day} if anything changes.", "Have a good end of week!",
                       "I'll ask {first} and confirm."],
            "short": ["Thanks!", "Thank you 🙂", "My pleasure.", "Noted!"],
        },
        {
            "ack": ["Oh yes, definitely.", "Fair point.", "I wondered the same.", "Ha, big topic.", "Not wrong.",
                    "Glad you asked.", "Oof, tricky.", "Hang on, let me explain.", "Frankly,", "Quick answer:",
                    "Haha, been there.", "Ah, bummer."],
            "detail": ["Was chatting about this with {first} yesterday.", "Had the same thing in {month} in {city}.",
                       "Ask {first}, who tried it before me.", "Took me a whole {day} afternoon to figure out.",
                       "Last time it was in {city}, same story.", "{first} told me the same on {day}.",
                       "Since {month} I do it differently.", "Same where I live in {city}.",
                       "Ran the test again {day} night.", "{first} showed me how it works.",
                       "My sister in {city} had the same issue this winter.",
                       "Talked it over with {first} over coffee."],
            "follow": ["Let me know?", "Shout if it's still stuck.", "I'll show you next time.",
                       "Call on {day} if you like?", "Keep me posted!", "Sending the rest by DM.", "Good luck anyway.",
                       "Tell me how it goes.", "If you're ever in {city}, say hi.", "I'll look tonight and tell you."],
            "short": ["Thanks!", "Ah thanks 🙂", "Ok, noted.", "Haha yes"],
        },
        {
            "ack": ["Thanks for your message.", "Good catch.", "We understand the frustration.",
                    "We hear this one often.", "Thanks for taking the time to write.", "Hello!", "Answering here:",
                    "Hello, and thanks.", "We had a look.", "Here's what we can say:", "Apologies for the wait."],
            "detail": ["Our {city} team has handled it since {month}.", "{first} from our team has taken it on.",
                       "We went over it on {day} at the team meeting.",
                       "Someone asked the same at the front desk on {day}.", "The {month} schedule is posted on site.",
                       "{first} will confirm in writing.", "Same goes for the {city} site.",
                       "The rule changed in {month}.",
                       "We checked with {first} before replying.", "The {day} slot is still free.",
                       "Summer hours apply until the end of {month}."],
            "follow": ["Don't hesitate if you have other questions.", "We'll keep you posted.",
                       "Message us privately if needed.", "Have a good day.", "We'll add it to the page by {day}.",
                       "Thanks for your patience.", "Come back to us if it's still blocked.", "Hope to see you soon.",
                       "We'll fix it quickly.", "You can also call the front desk."],
            "short": ["Thank you!", "You're welcome!", "Thanks, noted.", "👍"],
        },
    ),
}
