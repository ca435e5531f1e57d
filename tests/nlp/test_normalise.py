import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore.nlp.normalise import latin_lookalikes, normalise
from credscore.nlp.text import split_text
from credscore.signals.buzzwords import buzzwords
from tests.conftest import analysed

ZWSP, ZWNJ, ZWJ, WORD_JOINER, BOM, SOFT_HYPHEN = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"
MATH_BOLD_SMALL_A, MATH_BOLD_CAPITAL_A = 0x1D41A, 0x1D400
FULL_WIDTH_OFFSET = 0xFEE0
CYRILLIC = str.maketrans("aeopcxyisjABEKMHOPCTX", "аеорсхуіѕјАВЕКМНОРСТХ")


def math_bold(text):
    return "".join(chr(MATH_BOLD_SMALL_A + ord(c) - ord("a")) if "a" <= c <= "z"
                   else chr(MATH_BOLD_CAPITAL_A + ord(c) - ord("A")) if "A" <= c <= "Z" else c for c in text)


def full_width(text):
    return "".join(chr(ord(c) + FULL_WIDTH_OFFSET) if "!" <= c <= "~" else c for c in text)


def homoglyphs(text):
    return text.translate(CYRILLIC)


def zero_width(text):
    # A zero-width character inside every word of four letters or more.
    return " ".join(word[:2] + ZWSP + word[2:] if len(word) > 3 else word for word in text.split(" "))


def soft_hyphens(text):
    return " ".join(word[:3] + SOFT_HYPHEN + word[3:] if len(word) > 4 else word for word in text.split(" "))


def mixed(text):
    return zero_width(homoglyphs(text))


SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
UNDERLINE, STRIKE = "\u0332", "\u0336"


def small_caps(text):
    # Fancy-text "small caps": each letter's small capital, its accent kept as a combining mark ("ᴇ́").
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(SMALL_CAPS.get(char.lower(), char) for char in decomposed)


def underlined(text):
    # Fancy-text underline: a combining low line after every character, spaces included.
    return "".join(char + UNDERLINE for char in text)


def struck_through(text):
    return "".join(char + STRIKE if char.isalpha() else char for char in text)


DISGUISES = [math_bold, full_width, homoglyphs, zero_width, soft_hyphens, mixed, small_caps, underlined,
             struck_through]
PLAIN = [
    ("fr", "Construire une communauté et créer de la valeur grâce au storytelling sur LinkedIn"),
    ("fr", "Le marketing d'influence, levier de croissance : réseaux sociaux et personal branding"),
    ("en", "Build a community and go viral with authentic storytelling on social media"),
    ("en", "Growth hacking and personal branding: unlock your engagement on Instagram"),
]


@pytest.mark.parametrize("disguise", DISGUISES, ids=lambda disguise: disguise.__name__)
@pytest.mark.parametrize(("lang", "text"), PLAIN)
def test_a_disguised_text_reads_as_the_plain_text(lang, text, disguise):
    hidden = disguise(text)
    assert hidden != text
    plain_post, hidden_post = (analysed([t], lang=lang).posts[0] for t in (text, hidden))
    assert hidden_post.fingerprint == plain_post.fingerprint
    assert hidden_post.matches == plain_post.matches
    assert plain_post.terms("buzzwords") and plain_post.terms("social_media_topics")


@pytest.mark.parametrize("disguise", DISGUISES, ids=lambda disguise: disguise.__name__)
def test_disguised_hashtags_and_languages_read_as_plain(disguise):
    text = "Nous avons lancé notre offre de storytelling pour vous et avec vous #PersonalBranding"
    hidden = disguise(text)
    plain, disguised = analysed([text]), analysed([hidden])
    assert disguised.posts[0].hashtags == plain.posts[0].hashtags == ("personalbranding",)
    assert disguised.posts[0].lang == plain.posts[0].lang == "fr"
    assert disguised.language == "fr"


def test_buzzword_density_survives_the_tricks_and_evidence_quotes_the_text_as_written():
    filler = ["we shipped the new billing page to all customers last night"] * 6
    posts = [homoglyphs(PLAIN[2][1]), math_bold(PLAIN[3][1]), *filler]
    result = buzzwords(analysed(posts, lang="en"))
    plain = buzzwords(analysed([PLAIN[2][1], PLAIN[3][1], *filler], lang="en"))
    assert result.measurable and result.values["density"] > 0
    assert result.values == plain.values
    excerpts = [item.excerpt for items in result.evidence.values() for item in items]
    assert excerpts and all(excerpt in posts for excerpt in excerpts)


@pytest.mark.parametrize(("text", "expected"), [
    # French accents survive: no transliteration to ASCII.
    ("Stratégie, élégance, où, ça, cœur, Noël", "Stratégie, élégance, où, ça, cœur, Noël"),
    ("Strate\u0301gie", "Stratégie"),  # a decomposed accent is composed
    # Genuine Cyrillic and Greek words are left alone.
    ("Я люблю маркетинг и продажи", "Я люблю маркетинг и продажи"),
    ("Καλημέρα σε όλους τους φίλους", "Καλημέρα σε όλους τους φίλους"),
    ("I love борщ", "I love борщ"),
    # Look-alikes inside Latin words, and words of look-alikes in a Latin text, read as Latin.
    ("mаrketing", "marketing"),
    ("ΙNFLUΕNCΕR", "INFLUENCER"),
    ("сору the text", "copy the text"),
    # Compatibility forms.
    ("ｍａｒｋｅｔｉｎｇ ＳＥＯ", "marketing SEO"),
    ("𝒈𝒓𝒐𝒘𝒕𝒉 𝗵𝗮𝗰𝗸𝗶𝗻𝗴", "growth hacking"),
    ("ﬁnance", "finance"),
    # Invisible characters go, wherever they are.
    (f"mar{ZWSP}ket{ZWNJ}ing {WORD_JOINER}SE{BOM}O soft{SOFT_HYPHEN}ware", "marketing SEO software"),
    (f"a{ZWJ}b", "ab"),
    # Emoji are kept as written: ZWJ sequences, keycaps, flags, ™ and ℹ️.
    (f"Dev 👩{ZWJ}💻 and 🏳️{ZWJ}🌈", f"Dev 👩{ZWJ}💻 and 🏳️{ZWJ}🌈"),
    ("Brand™ ℹ️ 1️⃣ 🇫🇷", "Brand™ ℹ️ 1️⃣ 🇫🇷"),
    ("", ""),
    # Small capitals read as plain small letters, and an accent written after one composes with it.
    ("ᴍᴀʀᴋᴇᴛɪɴɢ ᴠɪꜱɪʙɪʟɪᴛᴇ\u0301", "marketing visibilité"),
    # A mark that composes with no Latin letter is a decoration: underline, strike, a diaeresis on an "s".
    ("m\u0332a\u0332r\u0332k\u0332e\u0332t\u0332 \u0332", "market "),
    ("s\u0308tory m\u0336i\u0336n\u0336d\u0336", "story mind"),
    # Marks of other scripts, stacked Vietnamese accents (composed by NFKC) and IPA stay readable.
    ("Tiếng Việt", "Tiếng Việt"),
    ("नमस्ते दुनिया", "नमस्ते दुनिया"),
    ("שָׁלוֹם", "שָׁלוֹם"),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_emoji_count_is_unchanged_by_normalisation():
    text = f"Nouvelle équipe 👩{ZWJ}💻👨{ZWJ}👩{ZWJ}👧 #team 🚀"
    assert split_text(text).emoji == split_text(text.replace("👩", "🚀")).emoji
    assert split_text(text).words_text == "Nouvelle équipe"


def test_the_lookalike_table_maps_letters_to_plain_latin_letters():
    table = latin_lookalikes()
    assert table["а"] == "a" and table["о"] == "o" and table["Ι"] == "I"
    assert all(len(latin) == 1 and latin.isascii() and latin.isalpha() for latin in table.values())
    assert not any(char.isascii() for char in table)


@given(st.text(max_size=60))
def test_normalise_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once


@given(st.text(alphabet=st.characters(codec="latin-1"), max_size=60))
def test_latin_1_text_without_compatibility_forms_is_unchanged(text):
    # French and English as typed on a keyboard: Latin-1 letters whose NFKC form is themselves.
    import unicodedata

    if unicodedata.is_normalized("NFKC", text) and "\u00ad" not in text:
        assert normalise(text) == text
