"""Phrasings every archetype shares: what other people write back.

These are not the account's own words (the account's own words all live in its family's
phrasing set), so they are common to all families.
"""

# What a follower answers to an automatic welcome DM, if anything.
REACTIONS = {
    "fr": ("Merci !", "??", "Les DM automatiques, sérieusement ?", "Merci, mais non merci.", "Bonjour, on se "
           "connaît ?", "Stop aux DM auto svp", "ok", "😂", "Merci pour le lien"),
    "en": ("Thanks!", "??", "Auto DMs, seriously?", "Thanks but no thanks.", "Hi, do we know each other?",
           "Please stop the auto DMs", "ok", "😂", "Thanks for the link"),
}
