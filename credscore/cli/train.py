"""``credscore train`` and ``credscore evaluate``: the classifier, fitted and measured."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from credscore.cli.options import ModelOption, OutputFormat, OutputFormatOption, RulesOption, TrustOption

if TYPE_CHECKING:
    from credscore.account import Account

TextOption = Annotated[bool, typer.Option("--text/--no-text", help="Add the text component (TF-IDF wording model) "
                                          "beside the signals.")]


def train(
    data: Annotated[Path, typer.Argument(help="Labelled accounts (any file the loader reads).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the model (.skops).")],
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    name: Annotated[str, typer.Option(help="The model's name in its card.")] = "credscore-custom",
    text: TextOption = True,
    rules: RulesOption = None,
) -> None:
    """Train the classifier on labelled accounts; writes the model and its sidecar."""
    from credscore import __version__
    from credscore.features import feature_names
    from credscore.model.persistence import TEXT_FEATURE_NAME, save_model
    from credscore.model.training import fit_classifier, reference_distribution, training_set
    from credscore.rules import load_rules

    settings = load_rules(rules, known_features=feature_names()).verdict
    data_set = training_set(accounts_of(data), settings.minimum_own_posts)
    model, metrics = fit_classifier(data_set, seed, text=text)
    card = save_model(model, output, {
        "name": name,
        "credscore_version": __version__,
        "feature_names": tuple(feature_names()) + ((TEXT_FEATURE_NAME,) if text else ()),
        "training_data": {"source": data.name, "sha256": data_set.fingerprint, "accounts": len(data_set.y),
                          "fake": int(data_set.y.sum()), "genuine": int(len(data_set.y) - data_set.y.sum()),
                          "left_out_insufficient_history": data_set.skipped},
        "metrics": metrics,
        "reference": reference_distribution(data_set),
        "seed": seed,
        "command": f"credscore train {data.as_posix()} -o {output.as_posix()} --seed {seed} --name {name}"
                   + ("" if text else " --no-text"),
    })
    figures = metrics["cross_validated"]
    typer.echo(f"trained on {len(data_set.y)} accounts ({data_set.skipped} left out: too little history); "
               f"cross-validated ROC-AUC {figures['roc_auc']:.3f}, Brier {figures['brier']:.3f} -> {output} "
               f"(sha256 {card.model_sha256[:12]})", err=True)


def evaluate(
    data: Annotated[Path, typer.Argument(help="Labelled accounts.")],
    model: ModelOption = None,
    rules: RulesOption = None,
    trust_model: TrustOption = False,
    cross_validate: Annotated[bool, typer.Option(
        "--cross-validate", help="Train and test within the file, fold by fold (by family when accounts have "
        "one), beside a bag-of-words baseline, instead of scoring it with a trained model.")] = False,
    folds: Annotated[int, typer.Option(min=2, help="Folds for --cross-validate.")] = 5,
    text: Annotated[bool, typer.Option("--text/--no-text", help="With --cross-validate: train the text "
                                       "component too.")] = True,
    seed: Annotated[int, typer.Option(help="Seed of the folds for --cross-validate.")] = 0,
    output_format: OutputFormatOption = OutputFormat.text,
) -> None:
    """ROC-AUC, PR-AUC, F1, accuracy, FPR, Brier, calibration, per language and per archetype."""
    from credscore import evaluate as evaluation
    from credscore.features import feature_names
    from credscore.model.persistence import load_model
    from credscore.resources import default_model_path
    from credscore.rules import load_rules

    rule_set = load_rules(rules, known_features=feature_names())
    loaded = None if cross_validate else load_model(model or default_model_path(), expected_features=feature_names(),
                                                    trust=trust_model)
    labelled = evaluation.labelled_set(accounts_of(data), rule_set.verdict.minimum_own_posts)
    if loaded is None:  # cross-validation: no model is loaded
        figures = evaluation.cross_validate(labelled, rule_set, n_folds=folds, seed=seed, text=text)
    else:
        figures = evaluation.evaluate_model(labelled, loaded, rule_set)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(figures, indent=2))
    else:
        from credscore.render import render_evaluation

        typer.echo(render_evaluation(str(data), figures))


def accounts_of(path: Path) -> Iterator[Account]:
    """The accounts of a file; the first invalid record stops the command with its error."""
    from credscore.reader import iter_records

    for record in iter_records(path):
        if record.error is not None:
            raise record.error
        yield record.loaded_account()


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.command("evaluate")(evaluate)
