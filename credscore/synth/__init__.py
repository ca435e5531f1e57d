"""The labelled-corpus generator: synthetic social-media accounts, fake and genuine.

There is no public dataset of fake social-media experts, so credscore draws its own. An account
comes from an *archetype* (a way of behaving, e.g. ``blatant_guru``, ``real_expert``; see
:data:`ARCHETYPES`) written with one *phrasing set*; the pair is its *family*
(``"blatant_guru/p2"``). Families of one archetype share no template, so train/test splits by
family measure whether a model learned habits rather than sentences.

    >>> from credscore.synth import generate_accounts
    >>> docs = list(generate_accounts(100, seed=7))         # plain dicts, account format v1.1
    >>> write_corpus("corpus.jsonl.gz", 10_000, seed=7)     # JSON Lines, deterministic bytes
    >>> training_overlap(seed=3, n=2000)                    # repeats the shipped model's training data?

Besides the ordinary archetypes, the corpus holds the hard cases of issue #11: genuine accounts
with broadcasting mechanics (a newspaper's feed, a researcher copying her own links, a shop's
welcome DM, a scheduler) and fakes that game the signals (mention stuffing, canned replies,
boilerplate figures, per-platform paraphrase, evergreen recycling, disguised letters, polished
prose), the funnel guru who trades a free guide for a comment against a real trainer who gives a
template away now and then. And the influencers of issue #13 (:mod:`~credscore.synth.influencers`): micro-influencers,
creators, brands and a creator whose post took off, against bought followers, engagement pods,
follow-for-follow growth and bought followers with bought comments, with the numbers an audit reads
(counters, comments, snapshots, follows both ways, an audience sample; :mod:`~credscore.synth.influence`).

Modules: :mod:`~credscore.synth.phrasings` (the words, as data), :mod:`~credscore.synth.archetypes`
(the behaviours), :mod:`~credscore.synth.influencers` and :mod:`~credscore.synth.influence` (influencers and
their numbers), :mod:`~credscore.synth.draft` (an account under construction),
:mod:`~credscore.synth.timing`, :mod:`~credscore.synth.noise`, :mod:`~credscore.synth.fillers`,
:mod:`~credscore.synth.grammar`, :mod:`~credscore.synth.generator`, :mod:`~credscore.synth.corpora`
(the committed corpora and :func:`training_overlap`).
"""

from credscore.synth.archetypes import ARCHETYPES
from credscore.synth.corpora import COMMITTED_CORPORA, DEFAULT_SEED, TrainingOverlap, training_overlap
from credscore.synth.generator import families, generate_accounts, write_corpus

__all__ = ["ARCHETYPES", "COMMITTED_CORPORA", "DEFAULT_SEED", "TrainingOverlap", "families", "generate_accounts",
           "training_overlap", "write_corpus"]
