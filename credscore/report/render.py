"""The HTML report: one account in detail, or an audit of several accounts with a sortable table.

:func:`render_report` returns one self-contained HTML page: styles and the few lines of script
are inline, plots are inline SVG, nothing is fetched from anywhere. Jinja2 escapes every value
(excerpts are other people's text), and only http(s) links become ``<a>`` elements.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from credscore.errors import InputError
from credscore.model.persistence import ModelCard
from credscore.report.plots import BAND_COLOURS, histogram_svg
from credscore.report.view import AccountView, account_view, decimal, percent, reference_features
from credscore.rules.schema import VerdictSettings
from credscore.verdict import Verdict
from credscore.view import reference_population
from credscore.words import LANGUAGES, explanation_language, words

if TYPE_CHECKING:
    from credscore.account import Account

__all__ = ["dominant_language", "render_report"]

logger = logging.getLogger(__name__)

# Audit order: the most worrying accounts first, then the unscored ones.
_BAND_ORDER = {"likely_fake": 0, "uncertain": 1, "likely_genuine": 2, "insufficient_data": 3}


def render_report(verdicts: Sequence[Verdict], *, lang: str | None = None, card: ModelCard | None = None,
                  errors: Sequence[tuple[str, str]] = (), redact: bool = False,
                  settings: VerdictSettings | None = None, accounts: Sequence[Account] | None = None) -> str:
    """The HTML report of ``verdicts``: one verdict (and no error) gives the single-account layout,
    anything else the audit layout with a table of every account and every error.

    ``lang`` is ``en`` or ``fr`` (default: the accounts' dominant language). ``card`` is the sidecar
    of the model that scored them, for its reference distribution and figures. ``errors`` are
    ``(record, message)`` pairs of the records that could not be read or scored. ``redact`` applies
    :func:`credscore.privacy.redact_verdict` to each verdict (message texts and links left out) and
    says so in the report; to hide the counterparts' handles in posts too, redact each verdict with
    its account first (``redact_verdict(verdict, account)``, as ``credscore report --redact`` does).
    ``settings`` gives the band thresholds drawn on the gauge and the histogram (default: the
    bundled rules'). ``accounts`` are the accounts the verdicts are about, in the same order: given, each
    account's section shows its audience (engagement, growth, comments, followers sample; see
    :mod:`credscore.report.audience`) and the audit table gains the columns an agency sorts by.
    """
    verdicts = list(verdicts)
    if accounts is not None and len(accounts) != len(verdicts):
        raise ValueError(f"{len(accounts)} accounts for {len(verdicts)} verdicts: give one account per verdict")
    given: Sequence[Account | None] = accounts if accounts is not None else [None] * len(verdicts)
    paired: list[tuple[Verdict, Account | None]] = list(zip(verdicts, given, strict=True))
    errors = [(str(record), str(message)) for record, message in errors]
    if not verdicts and not errors:
        raise InputError("nothing to report: no account was given")
    lang = lang or dominant_language(verdicts)
    if lang not in LANGUAGES:
        raise InputError(f"unknown report language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    if redact:
        from credscore.privacy import redact_verdict

        paired = [(redact_verdict(verdict), account) for verdict, account in paired]
    settings = settings or _bundled_settings()
    audit = len(paired) != 1 or bool(errors)
    if audit:
        paired.sort(key=lambda pair: (_BAND_ORDER[pair[0].band], -(pair[0].score or 0.0)))
    verdicts = [verdict for verdict, _ in paired]
    views = [account_view(verdict, f"account-{number}", lang, card, account, redacted=redact)
             for number, (verdict, account) in enumerate(paired, 1)]
    context = _context(views, verdicts, errors, lang, card, settings, redact)
    template = _environment().get_template("audit.html" if audit else "single.html")
    return template.render(**context)


def dominant_language(verdicts: Sequence[Verdict]) -> str:
    """The report language of the accounts' texts taken together (:func:`credscore.words.explanation_language`)."""
    counts: Counter[str] = Counter()
    for verdict in verdicts:
        counts.update(verdict.coverage.languages)
    return explanation_language(counts)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=PackageLoader("credscore.report", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


@lru_cache(maxsize=1)
def _bundled_settings() -> VerdictSettings:
    from credscore.rules import load_rules

    return load_rules().verdict


def _context(accounts: list[AccountView], verdicts: list[Verdict], errors: list[tuple[str, str]], lang: str,
             card: ModelCard | None, settings: VerdictSettings, redacted: bool) -> dict[str, Any]:
    from credscore import __version__

    said = words(lang)
    t = said.section("report")
    strips = {feature.strip.symbol_id: feature.strip for account in accounts for signal in account.signals
              for feature in signal.features if feature.strip is not None}
    scores = [verdict.score for verdict in verdicts if verdict.score is not None]
    insufficient = sum(verdict.score is None for verdict in verdicts)
    thresholds = (settings.likely_genuine_below, settings.likely_fake_from)
    return {
        "lang": lang,
        "t": t,
        "bands": said.section("band"),
        "accounts": accounts,
        "audience_columns": any(account.audit is not None for account in accounts),
        "errors": errors,
        "thresholds": thresholds,
        "colours": BAND_COLOURS,
        "band_rank": {band: len(_BAND_ORDER) - rank for band, rank in _BAND_ORDER.items()},
        "symbols": [Markup(f'<symbol id="{strip.symbol_id}" viewBox="{strip.view_box}">{strip.body}</symbol>')
                    for strip in strips.values()],
        "reference": reference_features(card) is not None,
        "reference_population": reference_population(card.training_data if card else None, lang),
        "model": _model_rows(card, {verdict.model_version for verdict in verdicts}, lang),
        "histogram": Markup(histogram_svg(scores, thresholds, (t["histogram_axis.x"], t["histogram_axis.y"]), "hist"))
        if len(verdicts) != 1 or errors else None,
        "histogram_alt": said("report.histogram_alt", scored=said("report.histogram_scored", count=len(scores)),
                              insufficient=said("report.histogram_unscored", count=insufficient)),
        "summary": said("report.audit_summary",
                        accounts=said("report.audit_accounts", count=len(verdicts) + len(errors)),
                        scored=said("report.audit_scored", count=len(scores)),
                        insufficient=said("report.audit_insufficient", count=insufficient),
                        errors=said("report.audit_errors", count=len(errors))),
        "version": __version__,
        "redacted": redacted,
    }


def _model_rows(card: ModelCard | None, versions: set[str], lang: str) -> dict[str, Any]:
    """What the report says of the model: its version, the accounts it learned from and its figures, if known."""
    said = words(lang)
    rows = [(said("report.model_card.version"), ", ".join(sorted(versions)) or "—")]
    note = ""
    if card is not None:
        rows.append((said("report.model_card.trained"), reference_population(card.training_data, lang)))
        figures = card.metrics.get("cross_validated")
        if isinstance(figures, dict):
            rows.append((said("report.model_card.metrics"), said(
                "report.model_card.metrics_value", roc_auc=decimal(figures.get("roc_auc"), 3, lang),
                fpr=percent(figures.get("false_positive_rate"), lang))))
        card_version = f"{card.name}@{card.model_sha256[:12]}"
        if versions and versions != {card_version}:
            note = said("report.model_card.mismatch", card=card_version, verdict=", ".join(sorted(versions)))
    return {"rows": rows, "note": note}
