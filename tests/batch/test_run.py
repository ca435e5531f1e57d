import csv
import json

import pandas as pd
import pytest

from credscore.batch import OUTPUT_COLUMNS, LocalEngine, ScorerSpec, score_file
from credscore.batch.store import RunStore
from credscore.errors import InputError
from credscore.scoring import Scorer
from tests.batch.conftest import write_jsonl


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_rows_follow_the_input_order_one_per_record(reference_rows, documents):
    assert [row["id"] for row in reference_rows] == [document["id"] for document in documents]
    assert all(tuple(row) == OUTPUT_COLUMNS for row in reference_rows)
    assert {row["band"] for row in reference_rows} >= {"likely_fake", "likely_genuine", "insufficient_data"}


def test_rows_carry_the_audience_values_an_agency_sorts_by(reference_rows, documents):
    from credscore.account import parse_account
    from credscore.batch.rows import AUDIENCE_COLUMNS

    verdicts = Scorer().score_many([parse_account(document) for document in documents])
    filled = 0
    for verdict, row in zip(verdicts, reference_rows, strict=True):
        for column, (signal, feature) in AUDIENCE_COLUMNS.items():
            result = verdict.signals.get(signal)
            value = result.values[feature] if result is not None and result.measurable else float("nan")
            if value != value:  # not measured: blank, never 0
                assert row[column] is None, (row["id"], column)
            else:
                assert row[column] == pytest.approx(value, abs=1e-4), (row["id"], column)
                filled += 1
    assert filled > 0, "the influencer accounts of the sample carry audience values"
    assert any(row["engagement_shortfall"] is None for row in reference_rows)


def test_rows_are_the_scorer_verdicts(reference_rows, documents):
    from credscore.account import parse_account

    verdicts = Scorer().score_many([parse_account(document) for document in documents[:5]])
    for verdict, row in zip(verdicts, reference_rows, strict=False):
        data = verdict.to_dict()
        assert (row["id"], row["score"], row["probability"], row["band"]) == (
            data["id"], data["score"], data["probability"], data["band"])
        assert row["top_reason"] == (verdict.reasons[0].id if verdict.reasons else None)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_every_output_format_holds_the_same_rows(tmp_path, accounts_file, reference_rows, suffix):
    output = tmp_path / f"scores{suffix}"
    summary = score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=16)
    if suffix == ".csv":
        with output.open(encoding="utf-8") as stream:
            rows = list(csv.DictReader(stream))
        assert [row["id"] for row in rows] == [row["id"] for row in reference_rows]
        assert [row["band"] for row in rows] == [row["band"] for row in reference_rows]
    else:
        frame = pd.read_parquet(output) if suffix == ".parquet" else pd.DataFrame(_jsonl(output))
        assert list(frame.columns) == list(OUTPUT_COLUMNS)
        assert frame["id"].tolist() == [row["id"] for row in reference_rows]
        expected = pd.DataFrame(reference_rows)
        pd.testing.assert_series_equal(frame["score"].astype(float), expected["score"].astype(float))
    assert summary.rows == len(reference_rows) and summary.errors == 0
    assert not RunStore(output).folder.exists()


def test_two_processes_give_the_same_rows(tmp_path, accounts_file, reference_rows):
    output = tmp_path / "scores.jsonl"
    score_file(accounts_file, output, ScorerSpec(), engine=LocalEngine(2), chunk_size=8)
    assert _jsonl(output) == reference_rows


def test_bad_records_become_error_rows_and_the_rest_is_scored(tmp_path, documents):
    lines = [json.dumps(documents[0]), "{not json", json.dumps({"posts": []}), json.dumps(documents[1]),
             json.dumps({**documents[2], "posts": [{"platform": "twitter", "text": "x", "created_at": "yesterday"}]}),
             json.dumps(documents[0])]
    source = write_jsonl(tmp_path / "mixed.jsonl", lines)
    summary = score_file(source, tmp_path / "out.jsonl", engine=LocalEngine(1), chunk_size=2)
    rows = _jsonl(tmp_path / "out.jsonl")
    assert (summary.rows, summary.scored, summary.errors) == (6, 2, 4)
    assert [row["error"] is None for row in rows] == [True, False, False, True, False, False]
    assert rows[1]["id"] == "line 2" and "not valid JSON" in rows[1]["error"]
    assert "line 3" in rows[2]["error"] and "id" in rows[2]["error"]
    assert rows[4]["id"] == documents[2]["id"] and "posts[0].created_at" in rows[4]["error"]
    assert rows[5]["error"] == "line 6: duplicate id (first seen at line 1)"


def test_an_interrupted_run_resumes_to_the_same_output(tmp_path, accounts_file, reference_rows):
    output = tmp_path / "scores.jsonl"

    class InterruptError(Exception):
        pass

    def stop_after_two_chunks(done):
        seen = []

        def advance(rows):
            seen.append(rows)
            if len(seen) == 2:
                raise InterruptError

        return advance

    with pytest.raises(InterruptError):
        score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=8, progress=stop_after_two_chunks)
    assert not output.exists()
    with pytest.raises(InputError, match="--resume"):
        score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=8)
    with pytest.raises(InputError, match="different chunk_size"):
        score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=4, resume=True)

    started_at = []
    summary = score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=8, resume=True,
                         progress=lambda done: started_at.append(done) or (lambda rows: None))
    assert started_at == [16] and summary.resumed_chunks == 2
    assert _jsonl(output) == reference_rows


def test_restart_discards_an_interrupted_run(tmp_path, accounts_file, reference_rows):
    output = tmp_path / "scores.jsonl"
    store = RunStore(output)
    store.begin({"version": 1}, resume=False, restart=False)
    store.write_chunk(0, [{"id": "stale", "error": None}])
    score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=8, restart=True)
    assert _jsonl(output) == reference_rows


def test_resume_refuses_a_changed_input(tmp_path, documents):
    source = write_jsonl(tmp_path / "in.jsonl", documents[:20])
    output = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        score_file(source, output, engine=LocalEngine(1), chunk_size=4,
                   progress=lambda done: (_ for _ in ()).throw(KeyboardInterrupt))
    write_jsonl(source, documents[:21])
    with pytest.raises(InputError, match="different input"):
        score_file(source, output, engine=LocalEngine(1), chunk_size=4, resume=True)


def test_unknown_output_format_is_refused_before_any_work(tmp_path, accounts_file):
    with pytest.raises(InputError, match=r"unknown output format .\.xlsx."):
        score_file(accounts_file, tmp_path / "out.xlsx")


def test_a_scorer_spec_carries_a_user_model_and_rules(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text("[verdict]\nminimum_own_posts = 50\n", encoding="utf-8")
    spec = ScorerSpec.from_paths(rules=rules)
    assert spec.key != ScorerSpec().key
    assert spec.build().rules.verdict.minimum_own_posts == 50
    with pytest.raises(InputError, match="no such model file"):
        ScorerSpec.from_paths(model=tmp_path / "missing.skops")


def test_resume_refuses_another_platform(tmp_path, accounts_file):
    output = tmp_path / "scores.jsonl"

    class InterruptError(Exception):
        pass

    def stop_after_one_chunk(done):
        def advance(rows):
            raise InterruptError

        return advance

    with pytest.raises(InterruptError):
        score_file(accounts_file, output, ScorerSpec(platform="linkedin"), engine=LocalEngine(1), chunk_size=4,
                   progress=stop_after_one_chunk)
    with pytest.raises(InputError, match="different platform"):
        score_file(accounts_file, output, ScorerSpec(platform="twitter"), engine=LocalEngine(1), chunk_size=4,
                   resume=True)
