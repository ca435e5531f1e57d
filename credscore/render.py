"""The verdict as text for a person, in French or English."""

from __future__ import annotations

from credscore.verdict import Verdict
from credscore.view import verdict_view
from credscore.words import words

__all__ = ["render_evaluation", "render_text"]

# How many evidence items to quote under each reason in the terminal.
QUOTES_PER_REASON = 3
BAR_WIDTH = 20


def render_text(verdict: Verdict, lang: str = "en") -> str:
    """The verdict for a terminal, in ``lang``: every word comes from :func:`credscore.view.verdict_view`."""
    view = verdict_view(verdict, lang)
    said = words(lang)
    colon = said.colon()
    title = f"credscore — {view.title}" + (f" ({view.id})" if view.name else "")
    lines = [title, ""]
    band = view.band_label.upper()
    if view.score is None:
        lines.append(f"{said('verdict.verdict')}{colon} {band}")
        lines.append(view.band_brief)
    else:
        filled = round(view.score / 100 * BAR_WIDTH)
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        score = f"{said('verdict.score')} {view.score_text}/100"
        lines.append(f"{said('verdict.verdict')}{colon} {band}   {score}  {bar}   "
                     f"({said('verdict.model_probability')} {view.probability_text})")
        lines.append(f"  → {view.band_brief}")
    lines.append("")
    if view.score is not None:
        lines.append(f"{said('verdict.reasons')}{colon}")
        if not view.reasons:
            lines.append(f"  {said('verdict.no_reasons')}")
        for number, reason in enumerate(view.reasons, 1):
            lines.append(f"  {number}. {reason.message}")
            lines.append(f"     [{reason.origin}{said(';')}{reason.effect}]")
            for item in reason.evidence[:QUOTES_PER_REASON]:
                when = f" {item.when}" if item.when else ""
                lines.append(f"     - {item.platform}{when} ({item.ref}){colon} “{item.excerpt}”")
        lines.append("")
    lines.append(view.coverage_summary)
    for source in view.sources:
        if source.complete is False:
            source_note = f" — {source.note}" if source.note else ""
            lines.append(f"{said('coverage.incomplete_history')}{colon} {source.text}{source_note}")
    for note in view.unmeasurable:
        lines.append(f"{said('coverage.unmeasurable')}{colon} {note.title} ({note.note})")
    lines.append(f"{said('verdict.model')}{colon} {view.model_version}")
    lines.append("")
    lines.append(view.caution)
    return "\n".join(lines)


def _figure(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def _metrics_line(name: str, figures: dict) -> str:
    return (f"  {name:<22} ROC-AUC {_figure(figures['roc_auc'])}  PR-AUC {_figure(figures['pr_auc'])}  "
            f"F1 {figures['f1']:.3f}  accuracy {figures['accuracy']:.3f}  FPR {_figure(figures['false_positive_rate'])}"
            f"  Brier {figures['brier']:.3f}  ECE {figures['ece']:.3f}  (n={figures['accounts']})")


def render_evaluation(source: str, report: dict) -> str:
    """An evaluation report (see :mod:`credscore.evaluate`) as text."""
    how = report.get("cross_validation")
    lines = [f"{source}: {report['accounts']} accounts, {report['insufficient_data']} with insufficient data "
             f"(left out, as credscore does not score them)"]
    if how:
        lines.append(f"{how['folds']}-fold cross-validation, split by {how['split']}, seed {how['seed']}")
    else:
        lines.append(f"model {report['model_version']}, threshold {report['threshold']}")
    lines.append(_metrics_line("model (probability)", report["model"]))
    lines.append(_metrics_line("verdict (after rules)", report["verdict"]))
    if "baseline" in report:
        lines.append(_metrics_line("baseline: " + report["baseline"]["name"][:12], report["baseline"]))
    genuine_fake = report["genuine_called_likely_fake"]
    if genuine_fake is not None:
        lines.append(f"  genuine accounts in the likely_fake band: {genuine_fake:.1%}")
    noise = report.get("label_noise")
    if noise:
        lines.append(f"  label noise: {noise['flipped']} labels flipped on purpose; against the labels as given no "
                     f"ranking passes ROC-AUC {_figure(noise['ceiling_roc_auc']).strip()}; against the labels before "
                     f"the flip: model {_figure(noise['model_roc_auc_unflipped']).strip()}, verdict "
                     f"{_figure(noise['verdict_roc_auc_unflipped']).strip()}")
    lines.append("by language:")
    for language, figures in report["by_language"].items():
        lines.append(_metrics_line(language, figures))
    if report["by_archetype"]:
        lines.append("by archetype (bands of the final verdict):")
        for archetype, row in report["by_archetype"].items():
            lines.append(f"  {archetype:<24} {row['label']:<8} n={row['accounts']:<4} "
                         f"mean score {row['mean_score']:5.1f}  genuine {row['likely_genuine']:<4} "
                         f"uncertain {row['uncertain']:<4} "
                         f"fake {row['likely_fake']:<4} (flipped labels {row['flipped_labels']})")
    lines.append("reliability (model probability):")
    for row in report["reliability"]:
        if row["accounts"]:
            lines.append(f"  {row['lower']:.1f}–{row['upper']:.1f}  n={row['accounts']:<5} predicted "
                         f"{row['mean_predicted']:.3f}  observed {row['observed_fake_rate']:.3f}")
    return "\n".join(lines)
