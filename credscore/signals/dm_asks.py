"""What the account's sent direct messages ask of their readers: the reading that the fraud signals share.

A fraud shows in what it asks people for by message (a password, a payment in crypto), not in how often it writes.
The signals that read such asks (:mod:`~credscore.signals.credential_requests`,
:mod:`~credscore.signals.untraceable_payments`) read a message sentence by sentence and clause by clause, on
normalised, lower-case, accent-free text, and count the distinct *people* asked: a share would let a fraud that also
chats with a hundred friends look rare.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import fold
from credscore.nlp.normalise import normalise
from credscore.signals.base import Evidence, SignalResult, cited, message_evidence, not_measurable
from credscore.signals.canned import normalise_handle

__all__ = ["CLAUSE_END", "WORD", "asked", "match_without", "people_asked", "sentence_start", "sentences",
           "split_sentences"]

# A sentence ends on its punctuation or a line break; a decimal point ("4.5") ends nothing.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?…]+|[.!?…]+(?!\d)|\n+")
CLAUSE_END = re.compile(r"[,;:]\s|\s[—–-]\s|[()]")
# Words as the windows count them: letters and digits ("2fa"), hyphenated and elided forms kept whole ("wi-fi", "n'").
WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*'?")


def sentences(text: str) -> list[str]:
    """The message's sentences, normalised and folded (see :func:`~credscore.nlp.lexicons.fold`)."""
    return split_sentences(fold(normalise(text)))


def split_sentences(folded: str) -> list[str]:
    """:func:`sentences` of a text already normalised and folded."""
    return [sentence for sentence in _SENTENCE_END.split(folded) if sentence.strip()]


def match_without(pattern: re.Pattern[str], text: str, before: frozenset[str], window: int) -> bool:
    """Whether ``pattern`` matches ``text`` somewhere that no word of ``before`` comes up to ``window`` words ahead
    of: an ask no "je" speaks ("je paie mes freelances…"), a warning no negation denies ("ce n'est pas une
    pyramide")."""
    return any(not before.intersection(WORD.findall(text[:match.start()])[-window:])
               for match in pattern.finditer(text))


def sentence_start(text: str, sentence: int) -> int:
    """Where the ``sentence``-th of :func:`sentences` begins in the message as written (0 when the text as written
    splits otherwise: the quote then starts at the beginning)."""
    starts, position = [], 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        segment = text[position:stop]
        if segment.strip():
            starts.append(position + len(segment) - len(segment.lstrip()))
        position = end.end() if end else stop
    return starts[sentence] if len(starts) == len(sentences(text)) and sentence < len(starts) else 0


def people_asked(name: str, feature: str, account: AnalysedAccount, asking_sentence: Callable[[str], int | None]
                 ) -> SignalResult:
    """The signal ``name``'s result: ``feature`` is the number of distinct people (counterparts) whose messages from
    the account ask something of them (``asking_sentence`` gives the sentence where the ask begins, or None), the
    asking messages its evidence, each quoted from that sentence. Not measurable without a sent message."""
    if not any(message.direction == "sent" for message in account.account.messages):
        return not_measurable(name, "no sent direct message")
    people, evidence = asked(account, asking_sentence)
    return SignalResult(signal=name, measurable=True, values={feature: float(people)}, evidence={feature: evidence})


def asked(account: AnalysedAccount, asking_sentence: Callable[[str], int | None]) -> tuple[int, tuple[Evidence, ...]]:
    """How many distinct people (counterparts) the account's sent messages ask something of (``asking_sentence``
    gives the sentence where the ask begins, or None), and the asking messages, each quoted from that sentence."""
    messages = account.account.messages
    sent = [i for i, message in enumerate(messages) if message.direction == "sent"]
    found = {i: asking_sentence(messages[i].text) for i in sent}
    asking = [i for i in sent if found[i] is not None]
    # A message without a counterpart is its own person: it cannot be merged with anyone.
    people = {normalise_handle(messages[i].counterpart) or f"#{i}" for i in asking}

    def quoted(account: AnalysedAccount, index: int) -> Evidence:
        return message_evidence(account, index, sentence_start(messages[index].text, found[index] or 0))

    return len(people), cited(quoted, account, asking)
