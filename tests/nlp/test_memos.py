"""Per-text work remembered across the chunks of a batch, and the checks that skip work on texts that need none:
each gives exactly what the full work gives, and the memos stay bounded."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.nlp import analysis
from credscore.nlp import normalise as normalising
from credscore.nlp.analysis import analyse_accounts
from credscore.nlp.memo import bounded
from credscore.nlp.respell import _NON_ASCII_WORD
from credscore.signals import comment_authenticity as comments
from credscore.signals.comment_authenticity import comment_authenticity
from tests.conftest import account, analysed, post

# The pattern the respeller used before it was anchored: the words it finds must not change.
NON_ASCII_WORD_UNANCHORED = regex.compile(r"[\p{L}\p{M}]*(?:(?![\x00-\x7F])[\p{L}\p{M}])[\p{L}\p{M}]*")

# Characters each step of the normalisation changes or reads, among plain ones: ASCII, accents, combining marks
# (decorations), invisible characters, small capitals, look-alikes, compatibility forms, emoji and their joiners.
TRICKY = ("abcXYZ -'.,1é É ß ﬁ\u00a0…’中Жжаеорсіѕοραᴍᴀᴇ𝐦ｍ™ℹ①👩💻🏳🌈\u0301\u0308\u0332\u0336\u200b\u200c\u200d\u2060"
          "\u00ad\ufeff\ufe0f\ufe00\U000E0100\U0001F3FB")

FRENCH_AND_ENGLISH = [
    "Je booste ta visibilité sur les réseaux sociaux #growth https://bit.ly/abc 🚀",
    "Je booste ta visibilité sur les réseaux sociaux #marketing https://bit.ly/xyz",
    "Le chiffre d’affaires a augmenté de 8 % ce trimestre, merci à toute l'équipe.",
    "Our Q3 revenue grew 12% to €4.2M, churn fell to 3 % thanks to the support team.",
    "Thanks @julie for the great game-changer session! #gamechanger",
    "Merci !",
    "",
]


@pytest.mark.parametrize(("entries", "size", "kept"), [
    (5, 10, [0, 1, 2, 3, 4]),  # within its size: nothing dropped
    (10, 10, list(range(10))),
    (11, 10, [6, 7, 8, 9, 10]),  # past it: the newest half stays
    (12, 4, [10, 11]),
])
def test_a_bounded_memo_keeps_its_newest_entries(entries, size, kept):
    memo = {number: str(number) for number in range(entries)}
    assert bounded(memo, size) is memo
    assert list(memo) == kept


@given(st.lists(st.lists(st.integers(0, 50), max_size=20), max_size=30), st.integers(2, 40))
def test_a_memo_bounded_before_each_chunk_never_holds_more_than_its_size_and_one_chunk(chunks, size):
    memo: dict[int, int] = {}
    for chunk in chunks:
        bounded(memo, size)
        memo.update((key, key) for key in chunk)
        assert len(memo) <= size + len(chunk)


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("abZ -'é\u0301\u0308ßЖж中_!1’🙂ÉàñᴍΣ")), max_size=30))
def test_the_anchored_respelling_pattern_finds_the_same_words(text):
    assert _NON_ASCII_WORD.findall(text) == NON_ASCII_WORD_UNANCHORED.findall(text)


def _every_step(text: str) -> str:
    """The normalisation with every step applied to every non-ASCII text (no check of whether it is needed)."""
    if text.isascii():
        return text
    text = normalising._INVISIBLE_OR_EMOJI_SEQUENCE.sub(lambda match: match["emoji"] or "", text)
    capitals = normalising.small_capitals()
    text = "".join(capitals.get(char, char) for char in text)
    text = "".join(part if index % 2 else unicodedata.normalize("NFKC", part)
                   for index, part in enumerate(normalising._PICTOGRAPHS.split(text)))
    return normalising._latin_words(normalising._DECORATION.sub("", text))


@pytest.mark.parametrize("text", [
    "Le 𝐦𝐚𝐫𝐤𝐞𝐭𝐢𝐧𝐠 d’influence", "ｍａｒｋｅｔｉｎｇ", "mаrketing", "mar\u200bketing", "ᴍᴀʀᴋᴇᴛɪɴɢ",
    "m\u0332a\u0332r\u0332k\u0332e\u0332t\u0332i\u0332n\u0332g\u0332", "👩\u200d💻 dev", "stratégie ™ ℹ",
    "Москва и Παρίσι", "naïve café", "e\u0301te\u0301", "",
])
def test_the_normalisation_that_skips_needless_steps_gives_what_every_step_gives(text):
    assert normalising.normalise(text) == _every_step(text)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list(TRICKY)), max_size=16))
def test_the_normalisation_that_skips_needless_steps_gives_what_every_step_gives_on_any_text(text):
    assert normalising.normalise(text) == _every_step(text)


def _clear_text_memos() -> None:
    analysis._readings.clear()
    analysis._split_memo.clear()
    analysis._language_memo.clear()


def test_accounts_read_after_others_are_analysed_as_when_read_first(monkeypatch):
    accounts = [account([post(text) for text in FRENCH_AND_ENGLISH[number % 3:] + FRENCH_AND_ENGLISH[:number % 3]],
                        id=f"acct-{number}", lang=lang)
                for number, lang in enumerate([None, "fr", "en", None, "da"])]
    _clear_text_memos()
    first = [analyse_accounts([one])[0] for one in accounts]
    again = analyse_accounts(accounts[::-1])[::-1]
    # Memos a few texts small, emptied half by half as the accounts come.
    for name in ("SPLIT_MEMO_SIZE", "LANGUAGE_MEMO_SIZE", "READING_MEMO_SIZE"):
        monkeypatch.setattr(analysis, name, 3)
    _clear_text_memos()
    small = [analyse_accounts([one])[0] for one in accounts]
    assert first == again == small
    assert len(analysis._split_memo) <= 3 + len(FRENCH_AND_ENGLISH)
    assert len(analysis._language_memo) <= 3 + len(FRENCH_AND_ENGLISH)
    assert all(len(memo) <= 3 + len(FRENCH_AND_ENGLISH) for memo in analysis._readings.values())


def _commented(stock: list[str]) -> list[dict]:
    return [post(f"Post number {number} about our launch", platform="instagram",
                 comments=[{"text": text, "author": f"fan{(number + k) % 5}"} for k, text in enumerate(stock)])
            for number in range(4)]


STOCK = ["Trop beau 😍", "Love this so much!", "Great content, check my page for more tips and tricks",
         "Check my page for more tips and tricks!!", "Un vrai plaisir de lire ce post, merci Julie", "🔥🔥🔥"]


def test_comments_read_under_earlier_accounts_give_the_same_values_and_evidence(monkeypatch):
    accounts = [analysed(_commented(STOCK[number:] + STOCK[:number])) for number in range(len(STOCK))]
    comments._comment_memo.clear()
    fresh = []
    for one in accounts:
        comments._comment_memo.clear()
        fresh.append(comment_authenticity(one))
    monkeypatch.setattr(comments, "COMMENT_MEMO_SIZE", 2)
    comments._comment_memo.clear()
    remembered = [comment_authenticity(one) for one in accounts]
    assert fresh == remembered
    assert all(result.measurable for result in fresh)
    assert len(comments._comment_memo) <= 2 + len(STOCK)


def test_the_comment_memo_starts_afresh_when_the_terms_are_read_again():
    comment_authenticity(analysed(_commented(STOCK)))
    assert set(STOCK) <= set(comments._comment_memo)
    comments.generic_terms.cache_clear()
    others = ["Nice one, see you at the meetup", "Where can I buy it?", "Bravo pour ce lancement"]
    assert comment_authenticity(analysed(_commented(others))).measurable
    assert set(comments._comment_memo) == set(others)
