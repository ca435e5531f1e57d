"""The verdict as text for a person, in French or English."""

from __future__ import annotations

from credscore.verdict import Verdict

__all__ = ["render_evaluation", "render_text"]

# How many evidence items to quote under each reason in the terminal.
QUOTES_PER_REASON = 3
BAR_WIDTH = 20

_WORDS = {
    "en": {
        "likely_fake": "LIKELY FAKE EXPERT", "likely_genuine": "LIKELY GENUINE", "uncertain": "UNCERTAIN",
        "insufficient_data": "INSUFFICIENT DATA", "verdict": "Verdict", "score": "score", ":": ":",
        "probability": "model probability", "reasons": "Reasons", "no_reasons": "No rule fired and no feature "
        "stood out.", "coverage": "History", "posts": "posts", "own": "own", "reposts": "reposts",
        "dms": "DMs sent", "follows": "follow events", "on": "on", "languages": "languages",
        "unmeasured": "Not measurable", "model": "Model", "incomplete": "Incomplete history", "rule": "rule",
        "raises": "raises the score", "relative": "compared with the average account the model learned from",
        "lowers": "lowers the score", "insufficient": "Not enough history to judge: {own} post(s) of its own, "
        "at least {minimum} needed. credscore does not guess.",
        "band_help": {
            "likely_fake": "the history shows several habits of a self-proclaimed expert with little substance.",
            "likely_genuine": "the history looks like that of a genuine professional.",
            "uncertain": "the evidence is mixed; read the reasons and the posts before concluding anything.",
            "insufficient_data": "",
        },
        "caution": "A score is an aid to judgement, not a judgement: read the quoted posts before acting on it.",
    },
    "fr": {
        "likely_fake": "FAUX EXPERT PROBABLE", "likely_genuine": "PROBABLEMENT AUTHENTIQUE",
        "uncertain": "INCERTAIN", "insufficient_data": "DONNÉES INSUFFISANTES", "verdict": "Verdict", ":": " :",
        "score": "score", "probability": "probabilité du modèle", "reasons": "Raisons",
        "no_reasons": "Aucune règle déclenchée et aucun indicateur marquant.", "coverage": "Historique",
        "posts": "publications", "own": "propres", "reposts": "repartages", "dms": "messages privés envoyés",
        "follows": "abonnements", "on": "sur", "languages": "langues", "unmeasured": "Non mesurable",
        "incomplete": "Historique incomplet",
        "model": "Modèle", "rule": "règle", "raises": "augmente le score", "lowers": "baisse le score",
        "relative": "par rapport au compte moyen appris par le modèle",
        "insufficient": "Historique trop court pour juger : {own} publication(s) propre(s), il en faut au moins "
        "{minimum}. credscore ne devine pas.",
        "band_help": {
            "likely_fake": "l'historique montre plusieurs habitudes d'un expert autoproclamé sans fond.",
            "likely_genuine": "l'historique ressemble à celui d'un professionnel authentique.",
            "uncertain": "les indices sont partagés ; lisez les raisons et les publications avant de conclure.",
            "insufficient_data": "",
        },
        "caution": "Un score aide à juger, il ne juge pas : lisez les publications citées avant d'agir.",
    },
}


def render_text(verdict: Verdict, lang: str = "en") -> str:
    words = _WORDS[lang]
    lines = [f"credscore — {verdict.id}", ""]
    band = words[verdict.band]
    if verdict.score is None:
        lines.append(f"{words['verdict']}{words[':']} {band}")
        lines.append(words["insufficient"].format(own=verdict.coverage.own_posts,
                                                  minimum=verdict.coverage.minimum_own_posts))
    else:
        filled = round(verdict.score / 100 * BAR_WIDTH)
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        lines.append(f"{words['verdict']}{words[':']} {band}   {words['score']} {verdict.score:.0f}/100  {bar}   "
                     f"({words['probability']} {verdict.probability:.2f})")
        lines.append(f"  → {words['band_help'][verdict.band]}")
    lines.append("")
    if verdict.score is not None:
        lines.append(f"{words['reasons']}{words[':']}")
        if not verdict.reasons:
            lines.append(f"  {words['no_reasons']}")
        for number, reason in enumerate(verdict.reasons, 1):
            arrow = words["raises"] if reason.direction == "towards_fake" else words["lowers"]
            if reason.source == "model":
                # A linear model's push is relative to the training average: 34 % cross-posting can lower a score.
                arrow = f"{arrow} {words['relative']}"
            source = f"{words['rule']} {reason.id}" if reason.source == "rule" else reason.id
            lines.append(f"  {number}. {reason.message[lang]}")
            lines.append(f"     [{source}; {arrow}]")
            for item in reason.evidence[:QUOTES_PER_REASON]:
                when = f" {item.created_at[:16].replace('T', ' ')}" if item.created_at else ""
                lines.append(f"     - {item.platform}{when} ({item.ref}): “{item.excerpt}”")
        lines.append("")
    coverage = verdict.coverage
    languages = ", ".join(f"{code} {count}" for code, count in coverage.languages.items())
    colon = words[":"]
    lines.append(f"{words['coverage']}{colon} {coverage.posts} {words['posts']} ({coverage.own_posts} {words['own']}, "
                 f"{coverage.reposts} {words['reposts']}) {words['on']} {', '.join(coverage.platforms) or '—'}; "
                 f"{coverage.messages_sent} {words['dms']}; {coverage.follows} {words['follows']}; "
                 f"{words['languages']}{words[':']} {languages or '—'}")
    for source in coverage.sources:
        if source.get("complete") is False:
            lines.append(f"{words['incomplete']}{words[':']} {source.get('kind')} {source.get('location')} "
                         f"({source.get('note')})")
    for name, note in coverage.unmeasurable.items():
        lines.append(f"{words['unmeasured']}{words[':']} {name} ({note})")
    lines.append(f"{words['model']}{words[':']} {verdict.model_version}")
    lines.append("")
    lines.append(words["caution"])
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
