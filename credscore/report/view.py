"""What the report shows of a verdict, ready for the templates: texts in one language, numbers formatted.

The templates only lay these out; every decision (what to quote, which link is safe, where a
value lies among the reference accounts) is taken here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from credscore.model.persistence import ModelCard
from credscore.model.text import TEXT_FEATURE, TEXT_SIGNAL
from credscore.report.plots import Strip, nice_ceiling, reference_strip
from credscore.report.words import SIGNAL_TITLES, WORDS
from credscore.scoring import format_feature_value
from credscore.signals import registered_signals
from credscore.signals.base import Evidence, Feature
from credscore.verdict import Reason, Verdict

__all__ = ["AccountView", "EvidenceView", "FeatureView", "QuoteView", "ReasonView", "SignalView", "account_view",
           "safe_link"]

# credscore.privacy's placeholder for a message's text; the report says it in the reader's language.
REDACTED = "[redacted]"
QUANTILE_KEYS = ("p5", "p25", "p50", "p75", "p95")
SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class EvidenceView:
    kind: str
    platform: str
    when: str | None
    when_iso: str | None
    excerpt: str
    withheld: bool
    link: str | None
    ref: str


@dataclass(frozen=True)
class QuoteView:
    """One text and every item that says it: a DM sent to five followers is quoted once, cited five times."""

    excerpt: str
    withheld: bool
    items: tuple[EvidenceView, ...]


@dataclass(frozen=True)
class ReasonView:
    message: str
    towards_fake: bool
    source: str
    effect: str
    quotes: tuple[QuoteView, ...]


@dataclass(frozen=True)
class FeatureView:
    name: str
    label: str
    value: str
    strip: Strip | None
    marker_x: float | None
    off_scale: bool
    positions: tuple[str, ...]


@dataclass(frozen=True)
class SignalView:
    name: str
    title: str
    measurable: bool
    note: str
    features: tuple[FeatureView, ...]


@dataclass(frozen=True)
class AccountView:
    anchor: str
    id: str
    band: str
    band_label: str
    band_help: str
    score: float | None
    score_text: str
    probability_text: str
    reasons: tuple[ReasonView, ...]
    top_reason: str
    signals: tuple[SignalView, ...]
    coverage: tuple[tuple[str, str], ...]
    incomplete_sources: tuple[str, ...]
    unmeasurable: tuple[tuple[str, str], ...]
    model_version: str


def account_view(verdict: Verdict, anchor: str, lang: str, card: ModelCard | None) -> AccountView:
    words = WORDS[lang]
    coverage = verdict.coverage
    scored = verdict.score is not None
    if scored:
        band_help = words[f"band_help.{verdict.band}"]
    else:
        band_help = words["band_help.insufficient_data"].format(own=coverage.own_posts,
                                                               minimum=coverage.minimum_own_posts)
    reasons = tuple(_reason_view(reason, lang) for reason in verdict.reasons)
    return AccountView(
        anchor=anchor,
        id=verdict.id,
        band=verdict.band,
        band_label=words[verdict.band],
        band_help=band_help,
        score=verdict.score,
        score_text=f"{verdict.score:.0f}" if scored else "—",
        probability_text=words["probability"].format(probability=decimal(verdict.probability, 3, lang))
        if verdict.probability is not None else "",
        reasons=reasons,
        top_reason=reasons[0].message if reasons else ("" if scored else words["not_scored"]),
        signals=_signal_views(verdict, lang, card) if scored else (),
        coverage=_coverage_rows(verdict, lang),
        incomplete_sources=tuple(
            f"{source.get('kind') or '?'} {source.get('location') or ''} ({source.get('note') or ''})".strip()
            for source in coverage.sources if source.get("complete") is False),
        unmeasurable=tuple((_signal_title(name, lang), note) for name, note in coverage.unmeasurable.items()),
        model_version=verdict.model_version,
    )


def decimal(value: float | None, digits: int, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    shown = f"{value:.{digits}f}"
    return shown.replace(".", ",") if lang == "fr" else shown


def percent(value: float | None, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    return f"{value * 100:.1f} %".replace(".", ",") if lang == "fr" else f"{value:.1%}"


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address to show as a link; ``None`` for anything else (javascript:, data:…)."""
    if not url:
        return None
    # Browsers drop control characters inside URLs; drop them first so the scheme checked is the one followed.
    clean = "".join(char for char in url if char >= " " and char != "\x7f").strip()
    try:
        parts = urlsplit(clean)
    except ValueError:
        return None
    return clean if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None


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


def _evidence_view(item: Evidence, lang: str) -> EvidenceView:
    words = WORDS[lang]
    when, when_iso = _when(item.created_at)
    # A redacted message keeps its reference but not its text (see credscore.privacy).
    withheld = item.kind == "message" and item.excerpt.strip() in ("", REDACTED)
    return EvidenceView(kind=words[item.kind], platform=item.platform, when=when, when_iso=when_iso,
                        excerpt=words["withheld"] if withheld else item.excerpt, withheld=withheld,
                        link=safe_link(item.link), ref=item.ref)


def _reason_view(reason: Reason, lang: str) -> ReasonView:
    words = WORDS[lang]
    towards_fake = reason.direction == "towards_fake"
    effect = words["raises"] if towards_fake else words["lowers"]
    if reason.source == "model":
        # A linear model's push is relative to the training average (see credscore.render).
        effect = f"{effect} {words['relative']}"
    source = f"{words['rule']} {reason.id}" if reason.source == "rule" else f"{words['model_reason']} {reason.id}"
    message = reason.message.get(lang) or reason.message.get("en") or reason.id
    return ReasonView(message=message, towards_fake=towards_fake, source=source, effect=effect,
                      quotes=_quotes(_evidence_view(item, lang) for item in reason.evidence))


def _quotes(items: Iterable[EvidenceView]) -> tuple[QuoteView, ...]:
    grouped: dict[tuple[str, bool], list[EvidenceView]] = {}
    for item in items:
        grouped.setdefault((item.excerpt, item.withheld), []).append(item)
    return tuple(QuoteView(excerpt, withheld, tuple(group)) for (excerpt, withheld), group in grouped.items())


def _signal_title(name: str, lang: str) -> str:
    return SIGNAL_TITLES[lang].get(name, name)


def _features_by_signal() -> dict[str, dict[str, Feature]]:
    described = {signal.name: {feature.name: feature for feature in signal.features}
                 for signal in registered_signals()}
    described[TEXT_SIGNAL] = {TEXT_FEATURE.name: TEXT_FEATURE}
    return described


def _signal_views(verdict: Verdict, lang: str, card: ModelCard | None) -> tuple[SignalView, ...]:
    described = _features_by_signal()
    reference = reference_features(card)
    views = []
    for name, result in verdict.signals.items():
        features = []
        for feature_name, value in result.values.items() if result.measurable else ():
            feature = described.get(name, {}).get(feature_name)
            label = (feature.fr if lang == "fr" else feature.en) if feature else feature_name
            features.append(_feature_view(f"{name}.{feature_name}", label, value, lang, reference))
        views.append(SignalView(name=name, title=_signal_title(name, lang), measurable=result.measurable,
                                note=result.note, features=tuple(features)))
    return tuple(views)


def reference_features(card: ModelCard | None) -> Mapping[str, Any] | None:
    """The card's per-feature reference distribution, or ``None`` when it has none."""
    if card is None or not isinstance(card.reference, dict):
        return None
    features = card.reference.get("features")
    return features if isinstance(features, dict) and features else None


def _quantiles(entry: object) -> tuple[float, ...] | None:
    """The five percentiles of a reference entry, or ``None`` when it has none (or is malformed)."""
    if not isinstance(entry, dict):
        return None
    try:
        values = tuple(float(entry[key]) for key in QUANTILE_KEYS)
    except (KeyError, TypeError, ValueError):
        return None
    return values if all(math.isfinite(value) for value in values) else None


def _feature_view(name: str, label: str, value: float, lang: str, reference: Mapping[str, Any] | None
                  ) -> FeatureView:
    words = WORDS[lang]
    shown = format_feature_value(name, value, lang)
    entry = reference.get(name) if reference else None
    genuine = _quantiles(entry.get("genuine")) if isinstance(entry, dict) else None
    fake = _quantiles(entry.get("fake")) if isinstance(entry, dict) else None
    if genuine is None and fake is None:
        return FeatureView(name, label, shown, None, None, False, ())
    low, high = _scale(name, genuine, fake)
    strip = _strip(name, genuine, fake, low, high,
                   (format_feature_value(name, low, lang), format_feature_value(name, high, lang)))
    positions = (words["among_genuine"].format(position=words[_position(value, genuine)]),
                 words["among_fake"].format(position=words[_position(value, fake)]))
    return FeatureView(name, label, shown, strip, strip.marker_x(value), not low <= value <= high, positions)


def _scale(name: str, *quantiles: tuple[float, ...] | None) -> tuple[float, float]:
    if name.endswith("_share"):
        return 0.0, 1.0
    known = [q for q in quantiles if q is not None]
    low = min(0.0, *(q[0] for q in known))
    high = nice_ceiling(max(q[-1] for q in known))
    return low, max(high, low + 1.0)


def _position(value: float, quantiles: tuple[float, ...] | None) -> str:
    if quantiles is None:
        return "position.none"
    p5, p25, _, p75, p95 = quantiles
    if value < p5:
        return "position.below"
    if value > p95:
        return "position.above"
    if p25 <= value <= p75:
        return "position.typical"
    return "position.low" if value < p25 else "position.high"


@lru_cache(maxsize=256)
def _strip(name: str, genuine: tuple[float, ...] | None, fake: tuple[float, ...] | None, low: float, high: float,
           labels: tuple[str, str]) -> Strip:
    # The strip depends on the reference only, not on the account: drawn once, reused by every account.
    def named(values: tuple[float, ...] | None) -> dict[str, float] | None:
        return dict(zip(QUANTILE_KEYS, values, strict=True)) if values else None

    return reference_strip(f"ref-{name.replace('.', '-')}", named(genuine), named(fake), low, high, labels)


def _coverage_rows(verdict: Verdict, lang: str) -> tuple[tuple[str, str], ...]:
    words = WORDS[lang]
    coverage = verdict.coverage
    languages = ", ".join(f"{code} {count}" for code, count in coverage.languages.items())
    sources = ", ".join(
        f"{source.get('kind') or '?'} ({words[_completeness(source)]})" for source in coverage.sources)
    rows = [
        (words["coverage.posts"], words["coverage.posts_value"].format(
            posts=coverage.posts, own=coverage.own_posts, reposts=coverage.reposts,
            timestamped=coverage.timestamped_posts)),
        (words["coverage.messages"], words["coverage.messages_value"].format(
            sent=coverage.messages_sent, received=coverage.messages_received)),
        (words["coverage.follows"], str(coverage.follows)),
        (words["coverage.profiles"], str(coverage.profiles)),
        (words["coverage.platforms"], ", ".join(coverage.platforms) or words["none"]),
        (words["coverage.languages"], languages or words["none"]),
    ]
    if sources:
        rows.append((words["coverage.sources"], sources))
    return tuple(rows)



def _completeness(source: Mapping[str, Any]) -> str:
    return "coverage.incomplete" if source.get("complete") is False else "coverage.complete"
