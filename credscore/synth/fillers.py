"""Values shared by every phrasing set: names, handles, links, numbers, dates, emoji.

These are the parts of a text that carry no phrasing of their own (a first name, a shortened
link, a percentage), so all families draw them from the same pools; the sentences around them
belong to the phrasing sets (:mod:`credscore.synth.phrasings`). Numbers are written the way each
language writes them (``1,8 %`` and ``12 400`` in French, ``1.8%`` and ``12,400`` in English).
"""

from __future__ import annotations

import random
import string
from typing import Any

from credscore.synth.grammar import Context

__all__ = [
    "CITIES",
    "CONTENT_DOMAINS",
    "EMOJI",
    "FIRST_NAMES",
    "LAST_NAMES",
    "SHORTENERS",
    "base_context",
    "counterpart_handle",
    "format_number",
    "full_url",
    "name_handle",
    "person_handle",
    "short_link",
    "website",
]

FIRST_NAMES = {
    "fr": ("Julie", "Camille", "Léa", "Manon", "Chloé", "Sarah", "Inès", "Pauline", "Claire", "Sophie",
           "Élodie", "Nadia", "Amélie", "Anaïs", "Hélène", "Margaux", "Océane", "Lucie", "Aurélie", "Fatou",
           "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Hugo", "Mehdi", "Karim", "Romain", "Sébastien",
           "Guillaume", "Vincent", "Florian", "Yann", "Loïc", "Bastien", "Olivier", "Pierre", "Théo", "Rachid"),
    "en": ("Emma", "Olivia", "Grace", "Hannah", "Chloe", "Megan", "Laura", "Rachel", "Priya", "Aisha",
           "Sarah", "Jessica", "Lauren", "Kate", "Beth", "Amy", "Naomi", "Zoe", "Holly", "Mei",
           "James", "Oliver", "Jack", "Harry", "Daniel", "Ryan", "Michael", "Ben", "Sam", "Tom",
           "David", "Chris", "Matt", "Luke", "Adam", "Raj", "Connor", "Ethan", "Nathan", "Owen"),
}
LAST_NAMES = {
    "fr": ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux",
           "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
           "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "Perrin", "Morel",
           "Benali", "Diallo", "Nguyen", "Le Goff", "Marchand", "Picard", "Renaud", "Colin", "Brunet"),
    "en": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
           "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
           "Clarke", "Patel", "Khan", "Lewis", "Hughes", "Edwards", "Turner", "Cooper", "Hill", "Ward",
           "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harris", "Murphy", "O'Brien"),
}
CITIES = {
    "fr": ("Lyon", "Nantes", "Bordeaux", "Lille", "Rennes", "Toulouse", "Marseille", "Montpellier",
           "Strasbourg", "Grenoble", "Paris", "Angers", "Dijon", "Brest", "Tours", "Annecy", "Rouen"),
    "en": ("Leeds", "Bristol", "Manchester", "Austin", "Denver", "Portland", "Glasgow", "Toronto",
           "Chicago", "Brighton", "Dublin", "Boston", "Seattle", "Melbourne", "Cardiff", "London"),
}
WEEKDAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "September", "October",
           "November", "December"),
}
# Link shorteners real accounts used (and still use); the list is the generator's own.
SHORTENERS = ("bit.ly", "ow.ly", "buff.ly", "goo.gl", "tinyurl.com", "is.gd", "dlvr.it", "lnkd.in",
              "tiny.cc", "su.pr", "fb.me", "j.mp", "shar.es", "trib.al")
CONTENT_DOMAINS = {
    "fr": ("lemonde.fr", "lesechos.fr", "frenchweb.fr", "journaldunet.com", "blogdumoderateur.com",
           "maddyness.com", "usine-digitale.fr", "lsa-conso.fr", "liberation.fr", "francetvinfo.fr",
           "medium.com", "youtube.com", "insee.fr", "bpifrance.fr", "lefigaro.fr", "numerama.com"),
    "en": ("hbr.org", "nytimes.com", "theguardian.com", "techcrunch.com", "theverge.com", "ft.com",
           "medium.com", "youtube.com", "wired.com", "bbc.co.uk", "economist.com", "arstechnica.com",
           "substack.com", "github.com", "nngroup.com", "statista.com"),
}
_SLUG_WORDS = ("prix", "retail", "data", "growth", "pricing", "churn", "story", "analyse", "report", "local",
               "survey", "guide", "ux", "mobile", "email", "supply", "team", "hiring", "market", "q3",
               "onboarding", "seo", "logistique", "export", "brand", "retention", "margin", "climate")
EMOJI = {
    "hype": ("🚀", "🔥", "💥", "✨", "💯", "👉", "📈", "💪", "⚡", "🎯", "🙌", "👊"),
    "calm": ("🙂", "😅", "☕", "🌧️", "👍", "🤔", "😊", "🙏", "📊", "🍷", "⚽", "🚲", "🌱", "😂"),
}
_HANDLE_JUNK = ("", "", "", "_", ".", "_pro", "_off", "HQ", "_fr", "_uk", "official")


def format_number(value: float, lang: str, decimals: int = 0) -> str:
    """``12400`` -> ``12 400`` (fr, narrow no-break space) or ``12,400`` (en); decimals likewise."""
    text = f"{value:,.{decimals}f}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def _pct(value: float, lang: str) -> str:
    number = format_number(value, lang, 1 if value < 10 else 0)
    return f"{number} %" if lang == "fr" else f"{number}%"


def short_link(rng: random.Random) -> str:
    code = "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(5, 8)))
    return f"https://{rng.choice(SHORTENERS)}/{code}"


def full_url(rng: random.Random, lang: str) -> str:
    domain = rng.choice(CONTENT_DOMAINS[lang])
    words = "-".join(rng.sample(_SLUG_WORDS, rng.randint(2, 4)))
    if domain == "youtube.com":
        return f"https://www.youtube.com/watch?v={''.join(rng.choices(string.ascii_letters, k=11))}"
    return f"https://www.{domain}/{rng.randint(2011, 2024)}/{words}-{rng.randint(10, 99999)}"


def counterpart_handle(rng: random.Random, lang: str) -> tuple[str, str]:
    """A random other person's handle and the first name it was made from."""
    first = rng.choice(FIRST_NAMES[lang])
    base = _ascii(first).lower()
    style = rng.randrange(5)
    if style == 0:
        handle = f"{base}{rng.randint(1, 99)}"
    elif style == 1:
        handle = f"{base}_{_ascii(rng.choice(LAST_NAMES[lang])).lower()[:6]}"
    elif style == 2:
        handle = f"{base}.{rng.choice(string.ascii_lowercase)}"
    elif style == 3:
        handle = f"{_ascii(rng.choice(LAST_NAMES[lang])).lower()}{base[:1]}{rng.randint(70, 2005)}"
    else:
        handle = f"the_{base}"
    return handle, first


def person_handle(first: str, last: str, rng: random.Random) -> str:
    """A handle for the account's owner, e.g. ``julie_moreau``, ``jmoreau``, ``JulieMoreau_pro``."""
    f, l_ = _ascii(first).lower(), _ascii(last).lower().replace(" ", "").replace("'", "")
    forms = (f"{f}_{l_}", f"{f[0]}{l_}", f"{f}{l_}", f"{f}.{l_}", f"{l_}{f[0]}", f"{f.title()}{l_.title()}")
    return rng.choice(forms) + rng.choice(_HANDLE_JUNK)


def name_handle(name: str, rng: random.Random) -> str:
    """A brand's or a feed's handle from its display name: ``Cime & Sentier`` -> ``cimesentier``."""
    letters = "".join(c for c in _ascii(name) if c.isalnum())
    return rng.choice((letters.lower(), letters, letters.lower() + rng.choice(("_fr", "hq", "_off", "24"))))


def website(handle: str, lang: str, *, www: bool = False) -> str:
    """The person's or brand's own site, from their handle (letters, digits and hyphens only)."""
    host = "".join(c for c in _ascii(handle).lower() if c.isascii() and (c.isalnum() or c == "-")).strip("-")
    return f"https://{'www.' if www else ''}{host or 'site'}.{'fr' if lang == 'fr' else 'com'}"


_ASCII = str.maketrans("àâäéèêëîïôöùûüçÉÈÀÎÔ'", "aaaeeeeiioouuucEEAIO_")


def _ascii(text: str) -> str:
    return text.translate(_ASCII).replace(" ", "")


def base_context(lang: str, city: str) -> Context:
    """Draw functions for the value slots every phrasing set may use.

    ``{link}`` shortened link · ``{url}`` full article link · ``{pct}`` one percentage ·
    ``{pct_a}``/``{pct_b}`` a before/after pair (b > a) · ``{num}`` small count · ``{big}`` a
    large count · ``{money}``/``{small_money}``/``{revenue}`` amounts with currency (a bill; a
    basket; a turnover) · ``{price}`` a package price ·
    ``{mention}`` an @handle · ``{first}`` a first name · ``{city}`` · ``{day}`` · ``{month}`` ·
    ``{order}`` an order number · ``{year}`` · ``{hour}`` · ``{dom}`` a day of the month (``12th``) ·
    ``{emoji}``/``{calm_emoji}``. The draft adds ``{me}`` (the owner's first name) and the
    account's sticky slots.
    """
    currency = "€" if lang == "fr" else "$"

    def pct_a(rng: random.Random, memo: dict[str, Any]) -> str:
        memo["pct_a"] = round(rng.uniform(0.6, 9.5), 1)
        return _pct(memo["pct_a"], lang)

    def pct_b(rng: random.Random, memo: dict[str, Any]) -> str:
        base = memo.get("pct_a", round(rng.uniform(0.6, 9.5), 1))
        return _pct(round(base * rng.uniform(1.08, 1.7), 1), lang)

    def amount(low: int, high: int, step: int) -> Any:
        def draw(rng: random.Random, memo: dict[str, Any]) -> str:
            text = format_number(rng.randint(low, high) * step, lang)
            return f"{text} {currency}" if lang == "fr" else f"{currency}{text}"
        return draw

    def price(rng: random.Random, memo: dict[str, Any]) -> str:
        amount = rng.choice((49, 79, 97, 99, 149, 199, 297, 299, 499))
        return f"{amount} {currency}" if lang == "fr" else f"{currency}{amount}"

    def hour(rng: random.Random, memo: dict[str, Any]) -> str:
        h, m = rng.randint(8, 21), rng.choice((0, 15, 30, 45))
        if lang == "fr":
            return f"{h}h{m:02d}" if m else f"{h}h"
        return f"{(h - 1) % 12 + 1}:{m:02d}{'am' if h < 12 else 'pm'}"

    def day_of_month(rng: random.Random, memo: dict[str, Any]) -> str:
        day = rng.randint(1, 28)
        if lang == "fr":
            return "1er" if day == 1 else str(day)
        suffix = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"

    return {
        "link": lambda rng, memo: short_link(rng),
        "dom": day_of_month,
        "url": lambda rng, memo: full_url(rng, lang),
        "pct": lambda rng, memo: _pct(round(rng.uniform(0.5, 68), 1), lang),
        "pct_a": pct_a,
        "pct_b": pct_b,
        "num": lambda rng, memo: str(rng.randint(2, 40)),
        "big": lambda rng, memo: format_number(rng.randint(120, 48000), lang),
        "money": amount(3, 95, 100),         # a bill, a cost per lead: hundreds to thousands
        "small_money": amount(8, 180, 1),    # a basket, a cost per customer, a room
        "revenue": amount(12, 480, 1000),    # a month's or a quarter's turnover
        "price": price,
        "mention": lambda rng, memo: "@" + counterpart_handle(rng, lang)[0],
        "first": lambda rng, memo: rng.choice(FIRST_NAMES[lang]),
        "city": city,
        "day": lambda rng, memo: rng.choice(WEEKDAYS[lang]),
        "month": lambda rng, memo: rng.choice(MONTHS[lang]),
        "order": lambda rng, memo: str(rng.randint(10000, 99999)),
        "year": lambda rng, memo: str(rng.randint(2012, 2024)),
        "hour": hour,
        "emoji": lambda rng, memo: rng.choice(EMOJI["hype"]),
        "calm_emoji": lambda rng, memo: rng.choice(EMOJI["calm"]),
    }
