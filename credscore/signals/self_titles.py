"""Self-proclaimed titles in bios.

"Se faire appeler gourou, ninja des réseaux sociaux": a fake expert's bio gives them titles
nobody awarded (guru, ninja, rockstar, evangelist, thought leader, "expert n°1", "#1") where a
real professional names a job, an employer or a result. The more such titles, and the more
profiles that carry them, the louder the claim.

Titles are the terms of the ``self_titles`` lexicon found in the analysed bios
(``AnalysedAccount.bios``, aligned with the account's profiles). The display name
(``Account.name``) is not read: the analysis layer does not analyse it, and matching it here
would mean a second, hand-rolled matcher.
"""

from __future__ import annotations

from credscore.nlp.analysis import AnalysedAccount, AnalysedText, LexiconMatch
from credscore.signals.base import (
    Feature,
    SignalResult,
    cited,
    not_measurable,
    profile_evidence,
    share,
    signal,
)

NAME = "self_titles"
LEXICON = "self_titles"
# "#1" in a bio ("#1 LinkedIn expert") is a rank claim, but the pre-pass takes it out of the text as the
# hashtag "1", where no lexicon term can reach it: such hashtags count as the title below.
RANK_HASHTAGS = frozenset({"1"})
RANK_TITLE = "#1"


@signal(NAME, [
    Feature("distinct_titles", "Number of different self-proclaimed titles (guru, ninja, n°1...) across the bios",
            "Nombre de titres autoproclamés différents (gourou, ninja, n°1...) dans les biographies"),
    Feature("titled_bio_share", "Share of the account's bios that carry a self-proclaimed title",
            "Part des biographies du compte qui affichent un titre autoproclamé"),
])
def self_titles(account: AnalysedAccount) -> SignalResult:
    """Distinct self-proclaimed titles across the bios, and the share of bios that carry one.

    Spelling variants ("rock star", "rockstar") are one title. Not measurable when no profile has a bio.
    """
    with_bio = [i for i, profile in enumerate(account.account.profiles) if (profile.bio or "").strip()]
    if not with_bio:
        return not_measurable(NAME, "no profile with a bio")
    titles = {i: _titles(account.bios[i]) for i in with_bio}
    titled = [i for i in with_bio if titles[i]]
    seen: set[str] = set()
    first_to_claim = []
    for i in titled:
        if not titles[i] <= seen:
            first_to_claim.append(i)
            seen |= titles[i]
    return SignalResult(
        signal=NAME,
        measurable=True,
        values={
            "distinct_titles": float(len(seen)),
            "titled_bio_share": share(len(titled), len(with_bio)),
        },
        evidence={
            "distinct_titles": cited(profile_evidence, account, first_to_claim),
            "titled_bio_share": cited(profile_evidence, account, titled),
        },
    )


def _titles(bio: AnalysedText) -> set[str]:
    """The titles of one bio, a phrase's inner terms left out ("n°1" inside "expert n°1")."""
    matches = [m for m in bio.matches if m.lexicon == LEXICON]
    found = {_key(m.term) for m in matches if m.start < 0 or not _inside_another(m, matches)}
    if RANK_HASHTAGS.intersection(bio.hashtags):
        found.add(RANK_TITLE)
    return found


def _inside_another(match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """Whether ``match`` lies strictly inside another match (a bio has a handful: the loop stays small)."""
    return any(other.start <= match.start and match.end <= other.end and (other.start, other.end) !=
               (match.start, match.end) for other in matches if other.start >= 0)


def _key(term: str) -> str:
    return term.replace(" ", "").replace("-", "")
