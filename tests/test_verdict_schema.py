"""The verdict's JSON has one definition (credscore.verdict.VerdictDocument), a published JSON Schema
generated from it, and real verdicts that validate against that schema."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from credscore.account import parse_account
from credscore.reader import load_account
from credscore.scoring import Scorer
from credscore.signals.base import Evidence
from credscore.verdict import (
    SCHEMA_FILE,
    VERDICT_FORMAT,
    Coverage,
    CoverageDocument,
    EvidenceDocument,
    Reason,
    ReasonDocument,
    VerdictDocument,
    published_verdict_schema,
    verdict_json_schema,
)

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((REPO / "data" / "examples").glob("*.json"))
INSUFFICIENT = {"id": "acct-new", "lang": "fr", "posts": [
    {"platform": "linkedin", "text": "Ravie de rejoindre l'équipe produit à Lyon !"},
    {"platform": "linkedin", "text": "Merci à toutes et à tous pour l'accueil."}]}


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer()


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = published_verdict_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_published_file_is_the_generated_schema() -> None:
    # Regenerate with: python -c "import json; from credscore.verdict import verdict_json_schema as s;
    #   print(json.dumps(s(), indent=2, ensure_ascii=False))" > credscore/schemas/verdict.schema.json
    shipped = (REPO / "credscore" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert json.loads(shipped) == verdict_json_schema()
    assert shipped == json.dumps(verdict_json_schema(), indent=2, ensure_ascii=False) + "\n"


def test_the_schema_names_its_dialect_and_format() -> None:
    schema = verdict_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"]["const"] == VERDICT_FORMAT == "credscore.verdict/1"
    assert schema["required"][0] == "format"
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.stem)
def test_bundled_examples_give_valid_verdicts(scorer: Scorer, validator: Any, path: Path) -> None:
    verdict = scorer.score(load_account(path)).to_dict()
    assert not list(validator.iter_errors(verdict))
    assert next(iter(verdict)) == "format" and verdict["format"] == VERDICT_FORMAT
    assert verdict["reasons"], "an example with no reason would not exercise the evidence schema"


def test_an_insufficient_data_verdict_is_valid(scorer: Scorer, validator: Any) -> None:
    verdict = scorer.score(parse_account(INSUFFICIENT)).to_dict()
    assert verdict["band"] == "insufficient_data" and verdict["score"] is None
    assert not list(validator.iter_errors(verdict))


def test_the_four_examples_are_there() -> None:
    assert len(EXAMPLES) == 4


@pytest.mark.parametrize(("mutation", "where"), [
    (lambda verdict: verdict.pop("format"), "format"),
    (lambda verdict: verdict.update(format="credscore.verdict/2"), "format"),
    (lambda verdict: verdict.update(score=101), "score"),
    (lambda verdict: verdict.update(band="fake"), "band"),
    (lambda verdict: verdict.update(surprise=1), "surprise"),
    (lambda verdict: verdict["reasons"][0]["evidence"][0].pop("ref"), "ref"),
    (lambda verdict: verdict["coverage"].update(posts=-1), "posts"),
])
def test_the_schema_refuses_what_a_verdict_never_is(scorer: Scorer, validator: Any, mutation: Any,
                                                    where: str) -> None:
    verdict = scorer.score(load_account(EXAMPLES[0])).to_dict()
    mutation(verdict)
    errors = list(validator.iter_errors(verdict))
    assert errors and any(where in error.message or where in list(error.path) for error in errors)


def test_the_document_models_keep_every_field_of_the_verdict_parts() -> None:
    # A field added to a result dataclass without its place in the JSON (or the reverse) fails here.
    def names(cls: type) -> set[str]:
        return {field.name for field in dataclasses.fields(cls)}

    assert set(EvidenceDocument.model_fields) == names(Evidence) | {"ref"}
    assert set(ReasonDocument.model_fields) == names(Reason)
    assert set(CoverageDocument.model_fields) == names(Coverage)
    assert set(VerdictDocument.model_fields) == {"format", "id", "score", "probability", "band", "signals", "reasons",
                                                 "coverage", "model_version"}


def test_to_dict_is_the_document(scorer: Scorer) -> None:
    verdict = scorer.score(load_account(EXAMPLES[0]))
    assert verdict.to_dict() == verdict.document().model_dump(mode="json")
    assert VerdictDocument.model_validate(verdict.to_dict()) == verdict.document()
    # measured signals carry no note key; unmeasurable ones say why
    for signal in verdict.to_dict()["signals"].values():
        assert ("note" in signal) == (not signal["measurable"])
