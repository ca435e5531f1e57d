"""What the fraud signals share (credscore/signals/dm_asks.py): the distinct people the account's sent DMs ask
something of, with the asking messages as evidence; tested through each signal with one of its asks."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from credscore.signals.credential_requests import credential_requests
from credscore.signals.dm_asks import sentence_start
from credscore.signals.untraceable_payments import untraceable_payments
from tests.conftest import analysed
from tests.signals.test_auto_dms import dm

CHAT = "Merci pour ton message, on se voit jeudi à la réunion ?"
# (signal, an ask in French, an ask in English, a warning with the same words that asks nothing)
SIGNALS = [
    (credential_requests,
     "Bonjour {}, pour réserver ta place il me faut ton numéro de sécurité sociale et tes identifiants CPF.",
     "Hi {}, send me your login and password so I can activate the bonus.",
     "Ne donne jamais tes identifiants CPF, c'est une arnaque."),
    (untraceable_payments,
     "Bonjour {}, les frais d'étude sont de 490 €, à régler en coupons PCS.",
     "Hi {}, to open the freeze file the exchange needs a $450 retainer in USDT.",
     "Ne paie jamais de frais en coupons PCS, c'est une arnaque."),
]
IDS = ["credential_requests", "untraceable_payments"]


def _people(signal, messages) -> float:
    result = signal(analysed(["Bonne semaine à tous"], messages=messages))
    assert result.measurable
    return result.values["people_asked"]


@pytest.mark.parametrize(("signal", "ask_fr", "ask_en", "warning"), SIGNALS, ids=IDS)
def test_people_asked(signal, ask_fr, ask_en, warning):
    # Three people asked (one twice, in both languages), handles compared without case or '@'.
    assert _people(signal, [dm(ask_fr.format("Julie"), "julie"), dm(ask_fr.format("Amel"), "@amel"),
                            dm(ask_en.format("Amel"), "Amel"), dm(ask_en.format("Bob"), "bob", platform="instagram"),
                            dm(CHAT, "marc")]) == 3.0
    # What others ask the account is not what the account asks.
    assert _people(signal, [dm(ask_fr.format("Julie"), "julie", direction="received"), dm(CHAT, "julie")]) == 0.0
    # A message without a counterpart is a person of its own.
    assert _people(signal, [dm(ask_en.format("you"), None),
                            dm(ask_en.format("you"), None, "2024-03-02T10:00:00Z")]) == 2.0
    assert _people(signal, [dm(CHAT, "marc"), dm(warning, "lea")]) == 0.0


@pytest.mark.parametrize(("signal", "ask_fr", "ask_en", "warning"), SIGNALS, ids=IDS)
def test_the_asking_messages_are_the_evidence(signal, ask_fr, ask_en, warning):
    messages = [dm(CHAT, "marc"), dm(ask_fr.format("Julie"), "julie")]
    result = signal(analysed(["Bonne semaine à tous"], messages=messages))
    assert [(item.kind, item.index) for item in result.evidence["people_asked"]] == [("message", 1)]


@pytest.mark.parametrize(("signal", "ask_fr", "ask_en", "warning"), SIGNALS, ids=IDS)
def test_the_evidence_quotes_the_message_from_the_sentence_that_asks(signal, ask_fr, ask_en, warning):
    opening = ("Good news! Our team has worked on your file all week, checked every detail twice, and everything "
               "looks fine for the next step, which is the last one before we can close it for you. ")
    ask = ask_en.format("Ann").removeprefix("Hi Ann, ")
    result = signal(analysed(["Bonne semaine à tous"], messages=[dm(opening + ask, "ann")]))
    (quote,) = result.evidence["people_asked"]
    assert quote.excerpt.startswith("…" + ask[:40]), quote.excerpt
    # A message that asks from its first sentence is quoted from its beginning.
    result = signal(analysed(["Bonne semaine à tous"], messages=[dm(ask_en.format("Ann"), "ann")]))
    assert result.evidence["people_asked"][0].excerpt.startswith("Hi Ann")


@pytest.mark.parametrize(("text", "sentence", "expected"), [
    ("Bonjour. Envoie 450 USDT.", 1, "Envoie 450 USDT."),
    ("Line one\nLine two", 1, "Line two"),
    ("Le prix est de 4.5 BTC. Merci.", 1, "Merci."),  # a decimal point ends no sentence
    ("Only one sentence", 0, "Only one sentence"),
])
def test_sentence_start(text, sentence, expected):
    assert text[sentence_start(text, sentence):] == expected


@pytest.mark.parametrize(("signal", "ask_fr", "ask_en", "warning"), SIGNALS, ids=IDS)
@pytest.mark.parametrize("received_only", [False, True])
def test_not_measurable_without_a_sent_message(signal, ask_fr, ask_en, warning, received_only):
    messages = [dm(ask_fr.format("Julie"), "julie", direction="received")] if received_only else []
    result = signal(analysed(["Bonne semaine à tous"], messages=messages))
    assert not result.measurable
    assert "people_asked" not in result.values


# The count is over a set of messages: their order does not matter, and an asking message added never lowers it.
@pytest.mark.parametrize(("signal", "ask_fr", "ask_en", "warning"), SIGNALS, ids=IDS)
def test_order_does_not_matter_and_an_ask_never_lowers_the_count(signal, ask_fr, ask_en, warning):
    @settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.tuples(st.sampled_from([ask_fr, ask_en, CHAT]),
                              st.sampled_from(["julie", "bob", "amel", "marc"])), min_size=1, max_size=6),
           st.randoms(use_true_random=False))
    def check(pairs, random):
        messages = [dm(text.format(name), name) for text, name in pairs]
        count = _people(signal, messages)
        shuffled = list(messages)
        random.shuffle(shuffled)
        assert _people(signal, shuffled) == count
        assert _people(signal, [*messages, dm(ask_en.format("Zoe"), "zoe")]) == count + 1

    check()
