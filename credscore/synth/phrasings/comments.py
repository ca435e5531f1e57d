"""What other people write under an influencer's posts, whatever the niche: generic praise, a pod's
enthusiasm, bots' spam; and the bios of followers' profiles.

Generic praise is the same everywhere (every real account gets its "🔥"), so it is common to all families; it
comes in *voices* (disjoint lists), and an archetype's families take different voices, as they take different
answer voices (:mod:`credscore.synth.phrasings.replies`). What talks about the content belongs to each family's
own ``comment`` slot. The seed articles' comment sections (seed 000: "Bon résumé !", "Un sujet très
intéressant !") informed the kinds, never the sentences.
"""

GENERIC = {
    "fr": (
        ("🔥", "🔥🔥", "Trop beau !", "Magnifique 😍", "J'adore !", "Top 👌", "Superbe !", "Trop bien 👏",
         "Canon ❤️", "Bravo !", "😍😍😍", "Incroyable", "Wow", "Sublime ✨", "👏👏"),
        ("Génial !", "Waouh 😮", "Trop stylé", "❤️", "Ça donne envie !", "Top top top", "Excellent 👍",
         "Quelle belle photo", "Énorme 🔥", "Parfait !", "💯", "Trop cool", "Belle journée à toi ☀️", "J'aime !",
         "Trop mignon"),
        ("Wahou", "Splendide", "😍", "Bravo pour ton travail", "Au top !", "Trop fort 💪", "Quelle vibe ✨",
         "Magique", "Super sympa", "J'adore ton contenu", "👍👍", "Incroyable 🤩", "Chouette !", "Belle énergie",
         "Ouah 🔥🔥"),
    ),
    "en": (
        ("🔥", "🔥🔥", "So good!", "Gorgeous 😍", "Love this!", "Amazing 👌", "Stunning!", "Nice one 👏",
         "Beautiful ❤️", "Wow", "😍😍😍", "Incredible", "Yes!!", "Perfection ✨", "👏👏"),
        ("Awesome!", "Whoa 😮", "So cool", "❤️", "Looks amazing!", "Love love love", "Great shot 👍",
         "What a photo", "Fire 🔥", "Perfect!", "💯", "Epic", "Have a great day ☀️", "Obsessed!", "So cute"),
        ("Wowza", "Brilliant", "😍", "Great work", "Top notch!", "Killing it 💪", "Such a vibe ✨", "Magic",
         "Super nice", "Love your content", "👍👍", "Unreal 🤩", "Lovely!", "Good vibes", "Insane 🔥🔥"),
    ),
}

# An engagement pod's comments: members must comment within the hour, with enough words to count for the
# algorithm, and say nothing about the post.
POD = {
    "fr": (
        ("Tellement inspirant, merci pour ce partage 😍🔥", "Toujours un plaisir de voir tes posts ✨✨",
         "Trop belle publication, continue comme ça 💕", "J'adore ton feed, tellement beau 🙌",
         "Quelle énergie, tu rayonnes ✨🔥", "Contenu toujours au top, bravo 👏👏", "Wow magnifique comme toujours 😍",
         "Tu m'inspires tellement, merci ma belle 💕"),
        ("Incroyable ce post, bravo à toi 🔥🔥🔥", "Trop beau, ça fait rêver 😍✨", "Tu gères, toujours aussi canon 👏",
         "Superbe contenu, merci du partage 🙏✨", "Toujours aussi inspirant, top 💯",
         "J'adore, tellement ta vibe 💕🔥",
         "Magnifique, continue de briller ✨", "Quel talent, vraiment 😍👏"),
    ),
    "en": (
        ("So inspiring, thanks for sharing 😍🔥", "Always a pleasure to see your posts ✨✨",
         "Such a beautiful post, keep it up 💕", "Loving your feed, so gorgeous 🙌", "What energy, you glow ✨🔥",
         "Content always on point, well done 👏👏", "Wow stunning as always 😍", "You inspire me so much babe 💕"),
        ("Incredible post, well done you 🔥🔥🔥", "So beautiful, goals 😍✨", "Slaying it as always 👏",
         "Amazing content, thanks for sharing 🙏✨", "Always so inspiring, love it 💯", "Obsessed with your vibe 💕🔥",
         "Gorgeous, keep shining ✨", "Such talent, truly 😍👏"),
    ),
}

# Bots' comments: every account with a public audience gets some.
SPAM = {
    "fr": ("Super contenu ! Viens voir mon profil 🙏", "Envoie-nous un DM pour une collaboration 💌",
           "Belle page ! Écris-nous en privé pour être mis en avant ✨", "Suis-moi, je te suis en retour 🔄",
           "Promo sur les followers, lien dans ma bio 📈", "Ton compte mérite plus de visibilité, DM 💬"),
    "en": ("Great content! Check out my page 🙏", "DM us for a collab 💌", "Nice page! Message us to get featured ✨",
           "Follow me and I'll follow back 🔄", "Followers on sale, link in bio 📈",
           "Your account deserves more reach, DM us 💬"),
}

# What real followers write in their bios (a sample of a real audience has every kind of person in it).
AUDIENCE_BIOS = {
    "fr": ("Maman de deux loulous", "Étudiante à Lyon", "Cuisine, rando, chats 🐈",
           "Prof des écoles", "Photographe amateur 📷", "Infirmière de nuit", "Fan de vélo et de café",
           "Vis à Nantes", "Lectures et séries", "Papa, runner, geek", "Jardin & potager 🌱", "Voyages en van 🚐"),
    "en": ("Mum of two", "Student in Leeds", "Food, hikes, cats 🐈", "Primary school teacher",
           "Amateur photographer 📷",
           "Night-shift nurse", "Bikes and coffee", "Living in Bristol", "Books and TV", "Dad, runner, nerd",
           "Garden & veg patch 🌱", "Van life 🚐"),
}

# What a real commenter adds around what they say about the post: where they come from, what it reminds them of,
# what they will do. Drawn independently of the family's sentence, so that two people who ask the same thing do
# not write the same comment.
OPENERS = {
    "fr": ("Oh", "Ahh", "Honnêtement,", "Petite question :", "Haha", "Alors", "Hello !", "Coucou,", "Dis,",
           "Bon,", "Sérieux,", "Trop drôle,", "Question bête :", "Ah ben", "Tiens,", "Franchement,", "Bonsoir,",
           "Mmh", "Yes", "Wow ok"),
    "en": ("Oh", "Ahh", "Honestly,", "Quick question:", "Haha", "So", "Hello!", "Hey,", "Wait,", "Okay,",
           "Seriously,", "Lol,", "Silly question:", "Ooh", "Right,", "Tbh,", "Evening!", "Hmm", "Yes", "Wow ok"),
}
ASIDES = {
    "fr": ("on en parlait justement hier avec ma sœur", "je te suis depuis le début et ça progresse", "je découvre ton "
           "compte grâce à une amie", "ça me rappelle mes vacances chez mes grands-parents",
           "j'avais essayé une fois, sans succès", "mon copain ne me croit pas quand je lui montre",
           "je note pour le week-end prochain", "je regarde ça dans le métro ce matin",
           "chez nous c'est un peu différent", "ma mère fait pareil depuis toujours", "j'ai montré à mes collègues",
           "je vais tenter avec les enfants", "j'habite pas loin en fait", "je suis pas du tout experte mais bon",
           "ça fait trois fois que je reviens sur ce post", "ma fille m'a envoyé ton post",
           "je pensais pas que c'était "
           "si simple", "j'attendais ce post depuis des semaines", "ça m'a fait sourire", "je partage à ma cousine",
           "on a fait l'inverse et ça a raté", "je suis toujours aussi nulle pour ça", "bravo pour la franchise",
           "il pleut ici, ça fait du bien de voir ça", "petite dédicace à mon père qui adore", "on y retourne en août",
           "je l'ai raté la dernière fois", "ça change des comptes tout lisses", "c'est noté dans mon carnet",
           "je crois qu'on s'est croisés là-bas"),
    "en": ("we were literally talking about this yesterday", "been following since the start and it shows",
           "found your account through a friend", "reminds me of holidays at my grandparents'",
           "tried it once, it didn't go well", "my partner doesn't believe me when I show him",
           "saving this for next weekend", "watching this on the train this morning", "it's a bit different where I "
           "live", "my mum has done it this way forever", "showed this to my colleagues", "going to try it with the "
           "kids", "I actually live nearby", "not an expert at all but still", "third time I've come back to this post",
           "my daughter sent me your post", "didn't think it was that simple", "been waiting weeks for this post",
           "this made me smile", "sharing with my cousin", "we did it the other way round and it failed",
           "still hopeless at this", "love the honesty", "it's raining here, nice to see this",
           "shout-out to my dad who loves this", "going back in August", "missed it last time",
           "a change from all the polished accounts", "noted in my notebook", "I think we crossed paths there"),
}
