"""One verdict in one language: what every renderer (terminal text, HTML report) shows of it.

:func:`verdict_view` resolves every word of a :class:`~credscore.verdict.Verdict` in English or
French from ``data/words/<lang>.toml``: the band, the reasons and their quoted evidence, the
coverage, why a signal could not be measured, where the history came from. Renderers only lay
these out, so the terminal and the report never disagree and no English word slips into French.

Two things here are for reports sent to a third party: a source is named by its kind and file name,
never by the auditor's local path (:func:`public_location`), and the reference accounts are
described as what they are (:func:`reference_population`).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from credscore.locations import public_location
from credscore.privacy import REDACTED
from credscore.scoring import format_feature_value
from credscore.signals.base import Evidence, Feature
from credscore.verdict import Reason, Verdict
from credscore.words import Words, french_typography, words

__all__ = ["CoverageLine", "EvidenceLine", "NoteLine", "ReasonLine", "SourceLine", "VerdictView", "display_name",
           "public_location", "reference_population", "translate_note", "translate_source_note",
           "verdict_view"]

logger = logging.getLogger(__name__)

# credscore synth names its corpora synth-*.jsonl[.gz]; the model card does not (yet) record whether the
# training data were generated, so the file name is the only clue when the card lacks "synthetic".
SYNTHETIC_SOURCE_PREFIX = "synth"
# A placeholder in an English note stands for what varies (a number, a name).
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
NOTES = "notes"
SOURCE_NOTES = "source_notes"
# How importers join the parts of a source note (see credscore.importers).
SOURCE_NOTE_SEPARATOR = "; "


@dataclass(frozen=True)
class EvidenceLine:
    """One quoted item: a post, a direct message or a profile."""

    kind: str
    """``post``, ``message`` or ``profile``."""
    kind_label: str
    platform: str
    when: str | None
    """For people: ``2018-06-28 17:48 UTC``."""
    when_iso: str | None
    excerpt: str
    withheld: bool
    """A redacted message: its text is not shown, its reference is."""
    link: str | None
    ref: str


@dataclass(frozen=True)
class ReasonLine:
    id: str
    source: str
    """``rule`` or ``model``."""
    message: str
    towards_fake: bool
    origin: str
    """Which rule or feature, for the reader (``rule auto_welcome_dm``)."""
    effect: str
    evidence: tuple[EvidenceLine, ...]


@dataclass(frozen=True)
class CoverageLine:
    label: str
    value: str


@dataclass(frozen=True)
class NoteLine:
    """A signal that could not be measured, and why, in the reader's language."""

    signal: str
    title: str
    note: str
    key: str | None
    """The note's key in ``[notes]``; ``None`` when the signal's note is not in the words files."""


@dataclass(frozen=True)
class SourceLine:
    """Where part of the history came from: its kind and file name, never a local path."""

    kind: str
    name: str
    complete: bool | None
    note: str
    text: str
    """Kind and name together, for the reader."""


@dataclass(frozen=True)
class VerdictView:
    lang: str
    id: str
    name: str | None
    """The account's display name, when known."""
    title: str
    """The name, or the id when there is no name."""
    band: str
    band_label: str
    band_brief: str
    band_help: str
    score: float | None
    score_text: str
    probability: float | None
    probability_text: str
    reasons: tuple[ReasonLine, ...]
    coverage: tuple[CoverageLine, ...]
    coverage_summary: str
    unmeasurable: tuple[NoteLine, ...]
    sources: tuple[SourceLine, ...]
    model_version: str
    caution: str


def verdict_view(verdict: Verdict, lang: str) -> VerdictView:
    """Everything a reader is shown of ``verdict``, in ``lang`` (``en`` or ``fr``)."""
    said = words(lang)
    coverage = verdict.coverage
    scored = verdict.score is not None
    name = display_name(verdict)
    if scored:
        key = _band_key(verdict)
        brief, help_text = said(f"band_brief.{key}"), said(f"band_help.{key}")
    else:
        brief = said("insufficient.short", count=coverage.own_posts, minimum=coverage.minimum_own_posts)
        help_text = said("insufficient.long", count=coverage.own_posts, minimum=coverage.minimum_own_posts)
    return VerdictView(
        lang=lang,
        id=verdict.id,
        name=name,
        title=name or verdict.id,
        band=verdict.band,
        band_label=said(f"band.{verdict.band}"),
        band_brief=brief,
        band_help=help_text,
        score=verdict.score,
        score_text=f"{verdict.score:.0f}" if scored else "—",
        probability=verdict.probability,
        probability_text=decimal(verdict.probability, 2, lang) if verdict.probability is not None else "",
        reasons=tuple(_reason_line(reason, verdict, said) for reason in verdict.reasons),
        coverage=_coverage_lines(verdict, said),
        coverage_summary=_coverage_summary(verdict, said),
        unmeasurable=tuple(_note_line(signal, note, said) for signal, note in coverage.unmeasurable.items()),
        sources=tuple(_source_line(source, said) for source in coverage.sources),
        model_version=verdict.model_version,
        caution=said("verdict.caution"),
    )


def _band_key(verdict: Verdict) -> str:
    """The band's words; for "likely genuine" with reasons that all point towards a fake, words that say why those
    reasons did not change the verdict (the model weighs them as less than the rest of the history), so that a reader
    does not see a genuine verdict contradicted by every line under it."""
    if (verdict.band == "likely_genuine" and verdict.reasons
            and all(reason.direction == "towards_fake" for reason in verdict.reasons)):
        return "likely_genuine_despite"
    return verdict.band


def display_name(verdict: Verdict) -> str | None:
    """The account's display name, which the scorer keeps in ``verdict.extra["name"]``."""
    name = verdict.extra.get("name") if isinstance(verdict.extra, Mapping) else None
    if not isinstance(name, str):
        return None
    name = " ".join(name.split())
    return name if name and name != verdict.id else None


def decimal(value: float | None, digits: int, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def reference_population(training_data: Mapping[str, Any] | None, lang: str) -> str:
    """The accounts the model learned from, in words a client understands (``Compared with …``)."""
    said = words(lang)
    data = training_data or {}
    count = data.get("accounts")
    if not isinstance(count, int) or isinstance(count, bool):
        return said("reference.compared", reference=said("reference.unknown"))
    source = public_location(data.get("source"))
    synthetic = data.get("synthetic") is True or source.lower().startswith(SYNTHETIC_SOURCE_PREFIX)
    reference = said("reference.synthetic" if synthetic else "reference.labelled", count=count,
                     genuine=data.get("genuine", "?"), fake=data.get("fake", "?"), source=source or "?")
    return said("reference.compared", reference=reference)


def translate_note(note: str, lang: str) -> tuple[str, str | None]:
    """A signal's *not measurable* note in ``lang``, and its key in ``[notes]``.

    The signals write their notes in English; the English words file holds the same sentences with
    ``{placeholders}`` for what varies, which recognise a note and give its key. A note no pattern
    knows keeps its text in English and has no key; in French it becomes a general sentence rather
    than an English one in a French page (and is logged, once, for a developer to add).
    """
    key, values = _note_key(NOTES, note.strip())
    if key is not None:
        return words(lang)(f"{NOTES}.{key}", **values), key
    if lang == "en":
        return note, None
    _log_unknown_note(NOTES, note)
    return words(lang)(f"{NOTES}.unknown"), None


def translate_source_note(note: str, lang: str) -> str:
    """An importer's or connector's note on a source (parts joined by ``; ``) in ``lang``.

    Each part is recognised as in :func:`translate_note`; a part no pattern knows is quoted as it
    is, said to be untranslated, rather than dropped: it may say what is missing from the history.
    """
    said = words(lang)
    parts = note.split(SOURCE_NOTE_SEPARATOR) if note.strip() else []
    shown: list[str] = []
    for start, end in _note_runs(tuple(parts)):
        key, values = _note_key(SOURCE_NOTES, SOURCE_NOTE_SEPARATOR.join(parts[start:end]).strip())
        if key is not None:
            shown.append(said(f"{SOURCE_NOTES}.{key}", **values))
        else:
            part = parts[start].strip()
            if lang != "en":
                _log_unknown_note(SOURCE_NOTES, part)
            shown.append(said(f"{SOURCE_NOTES}.unknown", note=part))
    return said(";").join(shown)


def _note_runs(parts: tuple[str, ...]) -> list[tuple[int, int]]:
    """The runs of parts that are one note each: a note may itself hold "; " (an error message quoted in it).

    Of all the ways to cut the parts into runs, the one with the fewest unrecognised parts, then the most notes:
    a placeholder at a note's end must not swallow the notes after it. An unrecognised part is a run of one.
    """
    # best[start] = (unrecognised parts, -notes, runs) for parts[start:]; filled from the end.
    best: list[tuple[int, int, list[tuple[int, int]]]] = [(0, 0, [])] * (len(parts) + 1)
    for start in range(len(parts) - 1, -1, -1):
        unknown, notes, runs = best[start + 1]
        choice = (unknown + 1, notes - 1, [(start, start + 1), *runs])
        for end in range(start + 1, len(parts) + 1):
            key, _ = _note_key(SOURCE_NOTES, SOURCE_NOTE_SEPARATOR.join(parts[start:end]).strip())
            if key is not None:
                unknown, notes, runs = best[end]
                choice = min(choice, (unknown, notes - 1, [(start, end), *runs]), key=lambda found: found[:2])
        best[start] = choice
    return best[0][2]


@lru_cache(maxsize=64)
def _log_unknown_note(section: str, note: str) -> None:
    logger.warning("no translation of the note %r in data/words; add it under [%s]", note, section)


@lru_cache(maxsize=1024)
def _note_key(section: str, note: str) -> tuple[str | None, dict[str, str]]:
    for key, pattern in _note_patterns(section):
        found = pattern.fullmatch(note)
        if found:
            return key, found.groupdict()
    return None, {}


@lru_cache(maxsize=2)
def _note_patterns(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    english = words("en")
    prefix = f"{section}."
    patterns = []
    for key, template in english.values.items():
        if not key.startswith(prefix) or key == f"{prefix}unknown":
            continue
        assert isinstance(template, str), f"{key}: a note has no plural forms"
        pieces = _PLACEHOLDER.split(template)
        # Literal text, then alternately a placeholder's name and the literal text after it.
        regex = "".join(re.escape(piece) if i % 2 == 0 else f"(?P<{piece}>.+?)" for i, piece in enumerate(pieces))
        patterns.append((key.removeprefix(prefix), re.compile(regex, re.DOTALL)))
    return tuple(patterns)


def _when(created_at: str | None) -> tuple[str | None, str | None]:
    """A timestamp for people (``2018-06-28 17:48 UTC``) and for the ``<time>`` element."""
    if not created_at:
        return None, None
    try:
        moment = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at, None
    if len(created_at) == len("2018-06-28"):
        return created_at, created_at
    if moment.tzinfo is None:
        return f"{moment:%Y-%m-%d %H:%M}", created_at
    offset = moment.isoformat(timespec="minutes")[16:]
    return f"{moment:%Y-%m-%d %H:%M} UTC{'' if offset == '+00:00' else offset}", created_at


def _evidence_line(item: Evidence, said: Words) -> EvidenceLine:
    when, when_iso = _when(item.created_at)
    # A redacted message keeps its reference but not its text (see credscore.privacy).
    withheld = item.kind == "message" and item.excerpt.strip() in ("", REDACTED)
    # Redaction leaves "[redacted]" where a correspondent's handle was; the reader's language says so.
    excerpt = said("evidence.withheld") if withheld else item.excerpt.replace(REDACTED, said("evidence.redacted"))
    if item.kind in ("audience", "snapshot", "follow"):
        excerpt = _counted_excerpt(excerpt, said)
    return EvidenceLine(kind=item.kind, kind_label=said(f"evidence.{item.kind}"), platform=item.platform, when=when,
                        when_iso=when_iso, excerpt=excerpt, withheld=withheld, link=item.link, ref=item.ref)


def _reason_line(reason: Reason, verdict: Verdict, said: Words) -> ReasonLine:
    towards_fake = reason.direction == "towards_fake"
    effect = said("verdict.raises" if towards_fake else "verdict.lowers")
    if reason.source == "model":
        # A linear model's push is relative to the training average: 34 % cross-posting can lower a score.
        effect = f"{effect} {said('verdict.relative')}"
        origin = said("verdict.model_reason", id=reason.id)
        message = _model_message(reason, verdict, said)
    else:
        origin = said("verdict.rule", id=reason.id)
        message = reason.message.get(said.lang) or reason.message.get("en") or reason.id
        message = french_typography(message) if said.lang == "fr" else message
    return ReasonLine(id=reason.id, source=reason.source, message=message, towards_fake=towards_fake, origin=origin,
                      effect=effect, evidence=tuple(_evidence_line(item, said) for item in reason.evidence))


def _model_message(reason: Reason, verdict: Verdict, said: Words) -> str:
    """A model reason said here rather than taken from the verdict, whose message quotes the English note."""
    signal_name, _, feature_name = reason.id.partition(".")
    feature = feature_described(signal_name, feature_name)
    if feature is None:
        return reason.message.get(said.lang) or reason.message.get("en") or reason.id
    label = feature.fr if said.lang == "fr" else feature.en
    value = reason.values.get(reason.id)
    result = verdict.signals.get(signal_name)
    if value is None and result is not None and result.measurable:
        value = result.values.get(feature_name)
    if value is None:
        note = translate_note(result.note if result is not None else "", said.lang)[0]
        message = said("verdict.not_measured", label=label, note=note)
    else:
        message = said("verdict.measured", label=label, value=format_feature_value(feature_name, value, said.lang))
    return french_typography(message) if said.lang == "fr" else message


def feature_described(signal_name: str, feature_name: str) -> Feature | None:
    """The declared feature (its labels in both languages), or ``None`` for one no signal declares."""
    return _features().get((signal_name, feature_name))


@lru_cache(maxsize=1)
def _features() -> dict[tuple[str, str], Feature]:
    from credscore.model.text import TEXT_FEATURE, TEXT_SIGNAL
    from credscore.signals import registered_signals

    described = {(signal.name, feature.name): feature for signal in registered_signals() for feature in signal.features}
    described[(TEXT_SIGNAL, TEXT_FEATURE.name)] = TEXT_FEATURE
    return described


def signal_title(name: str, lang: str) -> str:
    """A signal's name for people; its identifier when the words files do not name it."""
    said = words(lang)
    return said(f"signal.{name}") if f"signal.{name}" in said else name


def _note_line(signal: str, note: str, said: Words) -> NoteLine:
    text, key = translate_note(note, said.lang)
    return NoteLine(signal=signal, title=signal_title(signal, said.lang), note=text, key=key)


def _source_line(source: Mapping[str, Any], said: Words) -> SourceLine:
    kind = str(source.get("kind") or "?")
    kind = said(f"source_kind.{kind}") if f"source_kind.{kind}" in said else kind
    name = public_location(source.get("location"))
    complete = source.get("complete")
    text = said("coverage.source", kind=kind, name=name) if name else said("coverage.source_unnamed", kind=kind)
    return SourceLine(kind=kind, name=name, complete=complete if isinstance(complete, bool) else None,
                      note=translate_source_note(str(source.get("note") or ""), said.lang), text=text)


def _languages(verdict: Verdict) -> str:
    return ", ".join(f"{code} {count}" for code, count in verdict.coverage.languages.items())


def _coverage_lines(verdict: Verdict, said: Words) -> tuple[CoverageLine, ...]:
    coverage = verdict.coverage
    none = said("coverage.none")
    posts = (f"{said('coverage.posts', count=coverage.posts)} ({said('coverage.own', count=coverage.own_posts)}, "
             f"{said('coverage.reposts', count=coverage.reposts)}), "
             f"{said('coverage.timestamped', count=coverage.timestamped_posts)}")
    messages = (f"{said('coverage.messages_sent', count=coverage.messages_sent)}, "
                f"{said('coverage.messages_received', count=coverage.messages_received)}")
    lines = [
        CoverageLine(said("coverage.posts_label"), posts),
        CoverageLine(said("coverage.messages_label"), messages),
        CoverageLine(said("coverage.follows_label"), said("coverage.follows", count=coverage.follows)),
        CoverageLine(said("coverage.profiles_label"), said("coverage.profiles", count=coverage.profiles)),
        CoverageLine(said("coverage.platforms_label"), ", ".join(coverage.platforms) or none),
        CoverageLine(said("coverage.languages_label"), _languages(verdict) or none),
    ]
    if coverage.sources:
        sources = ", ".join(
            f"{line.text} ({said('coverage.incomplete' if line.complete is False else 'coverage.complete')})"
            for line in (_source_line(source, said) for source in coverage.sources))
        lines.append(CoverageLine(said("coverage.sources_label"), sources))
    return tuple(lines)


def _coverage_summary(verdict: Verdict, said: Words) -> str:
    coverage = verdict.coverage
    platforms = ", ".join(coverage.platforms) or "—"
    return (f"{said('coverage.history')}{said.colon()} {said('coverage.posts', count=coverage.posts)} "
            f"({said('coverage.own', count=coverage.own_posts)}, {said('coverage.reposts', count=coverage.reposts)}) "
            f"{said('coverage.on', platforms=platforms)}{said(';')}"
            f"{said('coverage.messages_sent', count=coverage.messages_sent)}{said(';')}"
            f"{said('coverage.follows', count=coverage.follows)}{said(';')}"
            f"{said('coverage.languages', languages=_languages(verdict) or '—')}")


# How credscore.signals.base writes a follower's, a follow's or a counters' excerpt (English labels and values):
# the labels are said again in the reader's language, the values (handles, counts, dates, a bio) kept as written.
_COUNT_PART = re.compile(r"(followers|following|posts) (\d+)")
_FOLLOW_BY = re.compile(r"followed by (\S+)(?:, undone (\S+))?")
_FOLLOW_OUT = re.compile(r"followed (\S+)(?:, undone (\S+))?")


def _counted_excerpt(excerpt: str, said: Words) -> str:
    """A follower's, follow's or counters' excerpt with its labels in the reader's language."""
    for pattern, key in ((_FOLLOW_BY, "followed_by"), (_FOLLOW_OUT, "followed")):
        found = pattern.fullmatch(excerpt)
        if found:
            text = said(f"evidence.audience_excerpt.{key}", who=found.group(1))
            undone = found.group(2)
            return f"{text}, {said('evidence.audience_excerpt.undone', when=undone)}" if undone else text
    parts = []
    for part in excerpt.split(" · "):
        count = _COUNT_PART.fullmatch(part)
        if count:
            parts.append(said(f"evidence.audience_excerpt.{count.group(1)}", count=int(count.group(2))))
        elif part in ("avatar", "no avatar"):
            parts.append(said(f"evidence.audience_excerpt.{part.replace(' ', '_')}"))
        else:
            parts.append(part)  # a handle, a bio: quoted as written
    return " · ".join(parts)
