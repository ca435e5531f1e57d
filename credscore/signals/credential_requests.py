"""Credential requests: direct messages that ask people for the secrets of their accounts or for their identity numbers.

A fake expert's worst version is a fraud: the fake "association" that sells a training "100 % financed by your CPF"
asks each person who writes for her social security number and her Mon Compte Formation login, and spends her
training rights; the fake support agent asks for a password; the "crypto mentor" for a wallet's recovery phrase; the
hijacked friend for "the code I sent you by mistake". Nobody who means well asks for these by message: platforms,
banks and administrations say so on every safety page, and employers ask for an identity number through their own
files, not in a chat with several strangers. A person may still ask a friend for a wifi or streaming password: what
the signal counts is the *people* asked, and the rule that acts on it asks for several.

A sentence of a message the account *sent* asks for a credential when, read after
:func:`~credscore.nlp.normalise.normalise`, lower case, accents aside:

- one of its clauses (between commas, colons, semicolons, dashes) names a credential of the reader's: a secret of
  ``[contexts.secrets]`` ("mot de passe", "identifiants", "verification code", "seed phrase") or an identity number of
  ``[contexts.identity]`` ("numéro de sécurité sociale", "card number") with a possessive of ``[contexts.owners]``
  ("ton", "vos", "your") among the :data:`OWNER_WORDS` words before it, or a bare code of ``[contexts.codes]`` that a
  word of ``[contexts.received]`` within :data:`RECEIVED_WORDS` words says came to the reader ("le code que tu vas
  recevoir par SMS", "the code you just got"); a credential named beside a word of ``[contexts.shared]`` ("ton mot de
  passe wifi", "your Netflix password") is not counted, nor a code named beside a word of ``[contexts.harmless]`` ("le
  code de suivi que tu as reçu", "the promo code you got"), nor a credential the account gives the reader: followed
  by a word of ``[contexts.delivered_after]`` ("your login will be emailed") or announced by one of
  ``[contexts.delivered_before]`` within :data:`DELIVERED_WORDS` words ("you'll receive your password");
- and a clause of that sentence, or of the next one ("Tu vas recevoir un code par SMS. Envoie-le-moi."), asks: a word
  of ``[contexts.requests]`` ("envoie-moi", "tu peux me donner", "j'ai besoin de", "send me", "what's your");
- and it does not warn: no clause that names the credential or asks is denied by a word of ``[contexts.refusals]``
  ("Ne donnez jamais vos identifiants", "We will never ask for your password", "Si quelqu'un te demande ton mot de
  passe, ne le donne pas"), and the sentence holds no word of ``[contexts.warnings]`` ("c'est une arnaque", "beware").
  A reassurance in a clause of its own ("Ne t'inquiète pas, envoie-moi ton numéro de sécu") denies nothing that is
  asked.

The feature is the number of distinct people (counterparts) asked: a share would let a fraud that also chats with a
hundred friends look rare. Not measurable without a sent message. The corpus the model is trained on holds no such
account, so the model gives the feature no weight: the rule ``asks-for-credentials`` acts on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.nlp.lexicons import fold, load_lexicons, whole_words
from credscore.resources import data_dir
from credscore.signals.base import Feature, SignalResult, signal
from credscore.signals.dm_asks import CLAUSE_END, WORD, people_asked, sentences
from credscore.signals.readings import remembered

__all__ = ["asks_for_credentials", "credential_requests"]

NAME = "credential_requests"
LEXICON = "credential_requests"
# "ton numéro de sécurité sociale", "your login details", "ton nom, ta date de naissance et ton numéro de sécu": the
# owner comes right before the thing owned, two words at most away when other words sit between.
OWNER_WORDS = 3
# "le code que tu vas recevoir par SMS", "the code we just sent you": the word that says it came to the reader sits
# within a few words of "code", either side.
RECEIVED_WORDS = 5
# A shared password is named with what it opens: "mot de passe du wifi", "your Netflix password".
SHARED_WORDS = 3
# "I will send you your new login", "on vous enverra vos identifiants": the announcement ends right before the owner.
DELIVERED_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's contexts as patterns on folded text."""

    credential: re.Pattern[str]
    code: re.Pattern[str]
    received: re.Pattern[str]
    request: re.Pattern[str]
    refusal: re.Pattern[str]
    warning: re.Pattern[str]
    owners: frozenset[str]
    shared: frozenset[str]
    harmless: frozenset[str]
    delivered_after: re.Pattern[str]
    delivered_before: re.Pattern[str]
    clue: re.Pattern[str]
    """Any credential or code at all: a message without one asks for nothing (most messages)."""


@cache
def _words() -> _Words:
    contexts = load_lexicons(data_dir() / "lexicons")[LEXICON].contexts
    credentials = contexts["secrets"].words() + contexts["identity"].words()
    return _Words(
        credential=whole_words(credentials),
        code=whole_words(contexts["codes"].words()),
        received=whole_words(contexts["received"].words()),
        request=whole_words(contexts["requests"].words()),
        refusal=whole_words(contexts["refusals"].words()),
        warning=whole_words(contexts["warnings"].words()),
        owners=frozenset(fold(word) for word in contexts["owners"].words()),
        shared=frozenset(fold(word) for word in contexts["shared"].words()),
        harmless=frozenset(fold(word) for word in contexts["harmless"].words()),
        delivered_after=whole_words(contexts["delivered_after"].words()),
        delivered_before=whole_words(contexts["delivered_before"].words()),
        clue=whole_words(credentials + contexts["codes"].words()),
    )


def _delivered(clause: str, match: re.Match[str], words: _Words) -> bool:
    """Whether the credential named at ``match`` is one the account gives the reader ("your login will be emailed",
    "you'll receive your password"), which asks for nothing of theirs."""
    if words.delivered_after.match(clause[match.end():].lstrip()):
        return True
    return words.delivered_before.search(" ".join(WORD.findall(clause[:match.start()])[-DELIVERED_WORDS:])) is not None


def _owned(clause: str, words: _Words) -> bool:
    """Whether the clause names a credential of the reader's (see the module docstring), not a shared password."""
    for match in words.credential.finditer(clause):
        before = WORD.findall(clause[:match.start()])
        after = WORD.findall(clause[match.end():])
        if words.shared.intersection(before[-SHARED_WORDS:] + after[:SHARED_WORDS]):
            continue
        if _delivered(clause, match, words):
            continue
        if words.owners.intersection(before[-OWNER_WORDS:]):
            return True
    for match in words.code.finditer(clause):
        before = WORD.findall(clause[:match.start()])[-RECEIVED_WORDS:]
        after = WORD.findall(clause[match.end():])[:RECEIVED_WORDS]
        if words.harmless.intersection(before[-SHARED_WORDS:] + after[:SHARED_WORDS]):
            continue  # a tracking, promo or postal code opens nothing
        if words.received.search(" ".join(before)) or words.received.search(" ".join(after)):
            return True
    return False


def _reading(sentence: str, words: _Words) -> tuple[bool, bool, bool]:
    """(names a credential of the reader's, asks, warns) for one sentence."""
    if words.warning.search(sentence):
        return False, False, True
    owned = asks = False
    for clause in CLAUSE_END.split(sentence):
        denied = words.refusal.search(clause) is not None
        request = words.request.search(clause) is not None
        if denied and request:  # "ne le donne pas", "we will never ask": the sentence warns
            return False, False, True
        if not denied:
            owned = owned or _owned(clause, words)
            asks = asks or request
    return owned, asks, False


def asks_for_credentials(text: str) -> bool:
    """Whether a message asks its reader for a credential (see the module docstring)."""
    return asking_sentence(text) is not None


@remembered
def asking_sentence(text: str) -> int | None:
    """The sentence of a message (counted as :func:`~credscore.signals.dm_asks.sentences` splits it) that names the
    reader's credential it asks for, or None when it asks for none."""
    words = _words()
    if not words.clue.search(fold(text)):
        return None
    readings = [_reading(sentence, words) for sentence in sentences(text)]
    for i, (owned, asks, _) in enumerate(readings):
        if not owned:
            continue
        if asks:
            return i
        # The ask may follow in the next sentence ("Tu vas recevoir un code. Envoie-le-moi."), unless it warns.
        if i + 1 < len(readings) and readings[i + 1][1] and not readings[i + 1][2]:
            return i
    return None


@signal(NAME, [
    Feature("people_asked", "People the account asked by direct message for a password, a login, a one-time code or "
            "an identity number", "Personnes à qui le compte a demandé en message privé un mot de passe, des "
            "identifiants, un code reçu par SMS ou un numéro d'identité", towards="fake", family="broadcasting"),
])
def credential_requests(account: AnalysedAccount) -> SignalResult:
    """The number of distinct people the account's sent messages ask for a credential.

    Not measurable without a sent message.
    """
    return people_asked(NAME, "people_asked", account, asking_sentence)
