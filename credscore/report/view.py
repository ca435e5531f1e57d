"""What the report shows of a verdict, ready for the templates: texts in one language, numbers formatted.

The templates only lay these out; every decision (what to quote, which link is safe, where a
value lies among the reference accounts) is taken here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from credscore.model.persistence import ModelCard
from credscore.report.audience import AudienceView, AuditCells, audience_figures, audience_view, audit_cells
from credscore.report.plots import Strip, nice_ceiling, reference_strip
from credscore.scoring import format_feature_value
from credscore.verdict import Verdict
from credscore.view import EvidenceLine, ReasonLine, decimal, feature_described, signal_title, verdict_view
from credscore.words import french_typography, words

if TYPE_CHECKING:
    from credscore.account import Account

__all__ = ["AccountView", "FeatureView", "QuoteView", "ReasonView", "SignalView", "account_view", "decimal",
           "percent", "safe_link"]

QUANTILE_KEYS = ("p5", "p25", "p50", "p75", "p95")
SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class QuoteView:
    """One text and every item that says it: a DM sent to five followers is quoted once, cited five times."""

    excerpt: str
    withheld: bool
    items: tuple[EvidenceLine, ...]


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
    title: str
    """The account's display name, or its id when it has none."""
    named: bool
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
    audience: AudienceView | None = None
    """The Audience section; ``None`` when the report was not given the account (only its verdict)."""
    audit: AuditCells | None = None
    """The audit table's audience cells; ``None`` when the report was not given the account."""


def account_view(verdict: Verdict, anchor: str, lang: str, card: ModelCard | None, account: Account | None = None,
                 *, redacted: bool = False) -> AccountView:
    """The report's view of one verdict: :func:`credscore.view.verdict_view` plus the reference comparison, and
    the Audience section when ``account`` (the account the verdict is about) is given."""
    said = words(lang)
    figures = audience_figures(account) if account is not None else None
    view = verdict_view(verdict, lang)
    scored = view.score is not None
    reasons = tuple(_reason_view(reason) for reason in view.reasons)
    notes = {line.signal: line.note for line in view.unmeasurable}
    return AccountView(
        anchor=anchor,
        id=view.id,
        title=view.title,
        named=view.name is not None,
        band=view.band,
        band_label=view.band_label,
        band_help=view.band_help,
        score=view.score,
        score_text=view.score_text,
        probability_text=said("report.probability", probability=decimal(verdict.probability, 3, lang))
        if verdict.probability is not None else "",
        reasons=reasons,
        top_reason=reasons[0].message if reasons else ("" if scored else said("report.not_scored")),
        signals=_signal_views(verdict, lang, card, notes) if scored else (),
        coverage=tuple((line.label, line.value) for line in view.coverage),
        incomplete_sources=tuple(f"{source.text} — {source.note}" if source.note else source.text
                                 for source in view.sources if source.complete is False),
        unmeasurable=tuple((line.title, line.note) for line in view.unmeasurable),
        model_version=view.model_version,
        audience=audience_view(figures, lang, f"{anchor}-audience", redacted=redacted)
        if figures is not None else None,
        audit=audit_cells(figures, lang) if figures is not None else None,
    )


def percent(value: float | None, lang: str) -> str:
    if value is None or math.isnan(value):
        return "—"
    return f"{value * 100:.1f}\u202f%".replace(".", ",") if lang == "fr" else f"{value:.1%}"


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


def _reason_view(reason: ReasonLine) -> ReasonView:
    return ReasonView(message=reason.message, towards_fake=reason.towards_fake, source=reason.origin,
                      effect=reason.effect,
                      quotes=_quotes(replace(item, link=safe_link(item.link)) for item in reason.evidence))


def _quotes(items: Iterable[EvidenceLine]) -> tuple[QuoteView, ...]:
    grouped: dict[tuple[str, bool], list[EvidenceLine]] = {}
    for item in items:
        grouped.setdefault((item.excerpt, item.withheld), []).append(item)
    return tuple(QuoteView(excerpt, withheld, tuple(group)) for (excerpt, withheld), group in grouped.items())


def _signal_views(verdict: Verdict, lang: str, card: ModelCard | None, notes: Mapping[str, str]
                  ) -> tuple[SignalView, ...]:
    reference = reference_features(card)
    views = []
    for name, result in verdict.signals.items():
        features = []
        for feature_name, value in result.values.items() if result.measurable else ():
            feature = feature_described(name, feature_name)
            label = (french_typography(feature.fr) if lang == "fr" else feature.en) if feature else feature_name
            features.append(_feature_view(f"{name}.{feature_name}", label, value, lang, reference))
        views.append(SignalView(name=name, title=signal_title(name, lang), measurable=result.measurable,
                                note=notes.get(name, ""), features=tuple(features)))
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
    said = words(lang)
    if math.isnan(value):  # a feature its signal could not measure on this account (e.g. cross-posting on one platform)
        return FeatureView(name, label, said("report.not_measurable"), None, None, False, ())
    shown = format_feature_value(name, value, lang)
    shown = french_typography(shown) if lang == "fr" else shown
    entry = reference.get(name) if reference else None
    genuine = _quantiles(entry.get("genuine")) if isinstance(entry, dict) else None
    fake = _quantiles(entry.get("fake")) if isinstance(entry, dict) else None
    if genuine is None and fake is None:
        return FeatureView(name, label, shown, None, None, False, ())
    low, high = _scale(name, genuine, fake)
    strip = _strip(name, genuine, fake, low, high,
                   (format_feature_value(name, low, lang), format_feature_value(name, high, lang)))
    positions = (said("report.among_genuine", position=said(f"report.{_position(value, genuine)}")),
                 said("report.among_fake", position=said(f"report.{_position(value, fake)}")))
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
