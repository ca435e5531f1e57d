"""The batch rows' agency columns: platform, followers, engagement rate, engagement against the tier, real audience.

Every output format (CSV, JSON Lines, Parquet) and ``score_frame`` carry them after the columns rows had before,
with the figures :func:`credscore.audience_figures.agency_figures` measures on the account, blank where they
cannot be measured, error rows included.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from credscore.account import parse_account
from credscore.audience_figures import agency_figures
from credscore.batch import OUTPUT_COLUMNS, LocalEngine, ScorerSpec, score_file, score_frame
from credscore.batch.rows import AGENCY_COLUMNS
from credscore.batch.worker import score_chunk
from credscore.reader import RawRecord
from credscore.signals.audience_quality import MIN_SAMPLE
from tests.batch.conftest import write_jsonl
from tests.conftest import REPO
from tests.test_audience_figures import document_of, followers_sample, posts_on

# The columns rows had before the agency figures, in their order: they must not move.
EARLIER_COLUMNS = ("id", "score", "probability", "band", "top_reason", "error", "engagement_shortfall",
                   "generic_comment_share", "mass_follower_share", "unexplained_growth_share")
LIKES = [310, 420, 380, 515, 290, 460, 350, 405, 330, 495]
COMMENTS = [{"author": "lea", "text": "Super article !"}, {"author": "sam", "text": "Which lens was it?"},
            {"author": "marc", "text": "Où est-ce ? La lumière est superbe sur le quai."}]


def _documents() -> list[dict]:
    creator = document_of(posts_on("instagram", LIKES, replies=4, reposts=1, comments=COMMENTS),
                          {"instagram": 21_000}, audience=followers_sample(2 * MIN_SAMPLE, MIN_SAMPLE))
    chaine = document_of(posts_on("youtube", LIKES, lang="fr", replies=12, views=30_000), lang="fr")
    empty_room = document_of(posts_on("instagram", LIKES[:6]), {"instagram": 0})
    quiet = document_of([{"platform": "blog", "text": f"Note {n} on oak joinery and dovetails."} for n in range(6)])
    return [{**creator, "id": "creator"}, {**chaine, "id": "chaine"}, {**empty_room, "id": "empty-room"},
            {**quiet, "id": "quiet"}]


DOCUMENTS = _documents()
BAD = "{not json"
# How close a written figure stays to the measured one: a rate keeps six decimals (a mega-account's rate can be a
# few thousandths of a percent), a ratio or a share four, as the other figures of the rows.
KEPT = {"engagement_rate": 1e-6, "engagement_vs_tier": 1e-4, "real_audience_share": 1e-4}


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    lines = [json.dumps(document, ensure_ascii=False) for document in DOCUMENTS]
    return write_jsonl(tmp_path_factory.mktemp("agency") / "accounts.jsonl", [*lines[:2], BAD, *lines[2:]])


def _expected(document: dict) -> dict:
    return {column: getattr(agency_figures(parse_account(document)), column) for column in AGENCY_COLUMNS}


def _check(rows: list[dict], bad: str = "line 3") -> None:
    """The rows of the source: each account's figures, blanks where not measurable and on the error row ``bad``."""
    assert [row["id"] for row in rows] == ["creator", "chaine", bad, "empty-room", "quiet"]
    error = rows.pop(2)
    assert error["error"] and all(error[column] is None for column in AGENCY_COLUMNS)
    for row, document in zip(rows, DOCUMENTS, strict=True):
        expected = _expected(document)
        assert row["error"] is None, row["id"]
        for column in AGENCY_COLUMNS:
            if expected[column] is None:
                assert row[column] is None, (row["id"], column)
            elif isinstance(expected[column], float):
                assert row[column] == pytest.approx(expected[column], abs=KEPT[column]), (row["id"], column)
            else:
                assert row[column] == expected[column], (row["id"], column)
    creator, chaine, empty_room, quiet = rows
    assert all(creator[column] is not None for column in AGENCY_COLUMNS), "every figure of a full account"
    assert (chaine["platform"], chaine["followers"], chaine["engagement_vs_tier"]) == ("youtube", None, None)
    assert chaine["engagement_rate"] is not None, "over the views"
    assert (empty_room["followers"], empty_room["engagement_rate"]) == (0, None), "no followers: no rate"
    assert all(quiet[column] is None for column in AGENCY_COLUMNS)


def _csv_value(column: str, cell: str):
    if cell == "":
        return None
    return cell if column == "platform" else int(cell) if column == "followers" else float(cell)


def test_the_columns_are_added_after_the_earlier_ones():
    assert OUTPUT_COLUMNS[:len(EARLIER_COLUMNS)] == EARLIER_COLUMNS
    assert OUTPUT_COLUMNS[len(EARLIER_COLUMNS):] == AGENCY_COLUMNS
    assert set(AGENCY_COLUMNS) >= {"followers", "engagement_rate", "engagement_vs_tier"}


def test_jsonl_rows(tmp_path, source):
    output = tmp_path / "scores.jsonl"
    summary = score_file(source, output, engine=LocalEngine(1), chunk_size=2)
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert all(tuple(row) == OUTPUT_COLUMNS for row in rows)
    _check(rows)
    assert (summary.rows, summary.errors) == (5, 1)


def test_csv_rows(tmp_path, source):
    output = tmp_path / "scores.csv"
    score_file(source, output, engine=LocalEngine(1), chunk_size=2)
    with output.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == OUTPUT_COLUMNS
        rows = [{**row, **{column: _csv_value(column, row[column]) for column in AGENCY_COLUMNS},
                 "error": row["error"] or None} for row in reader]
    _check(rows)


def test_parquet_rows_are_typed(tmp_path, source):
    output = tmp_path / "scores.parquet"
    score_file(source, output, engine=LocalEngine(1), chunk_size=2)
    table = pq.read_table(output)
    assert tuple(table.column_names) == OUTPUT_COLUMNS
    assert table.schema.field("platform").type == pa.string()
    assert table.schema.field("followers").type == pa.int64()
    assert all(table.schema.field(column).type == pa.float64()
               for column in ("engagement_rate", "engagement_vs_tier", "real_audience_share"))
    _check(table.to_pylist())


def test_score_frame_rows(source):
    frame = pd.DataFrame([*DOCUMENTS[:2], {"name": "no id"}, *DOCUMENTS[2:]])
    scored = score_frame(frame)
    assert list(scored.columns) == list(OUTPUT_COLUMNS)
    rows = [{column: None if not isinstance(value, str) and pd.isna(value) else value
             for column, value in row.items()} for row in scored.to_dict("records")]
    for row in rows:  # a count comes back a float in a column with blanks
        if row["followers"] is not None:
            assert row["followers"] == int(row["followers"])
            row["followers"] = int(row["followers"])
    _check(rows, bad="row 3")


def test_the_worker_reads_each_account_once(monkeypatch):
    import credscore.reader

    calls = []
    real = credscore.reader.parse_account
    monkeypatch.setattr(credscore.reader, "parse_account", lambda *a, **k: calls.append(1) or real(*a, **k))
    rows = score_chunk(ScorerSpec(), [RawRecord(f"line {n}", data=document) for n, document in enumerate(DOCUMENTS)])
    assert len(calls) == len(DOCUMENTS)
    assert rows[0]["engagement_rate"] == pytest.approx(_expected(DOCUMENTS[0])["engagement_rate"],
                                                       abs=KEPT["engagement_rate"])


def test_a_figure_that_fails_leaves_its_cells_blank_and_keeps_the_verdict(monkeypatch, caplog):
    import credscore.audience_figures

    def broken(account, figures=None):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(credscore.audience_figures, "agency_figures", broken)
    with caplog.at_level(logging.WARNING, logger="credscore.batch.rows"):
        (row,) = score_chunk(ScorerSpec(), [RawRecord("line 1", data=DOCUMENTS[0])])
    assert row["error"] is None and row["band"] is not None and not math.isnan(row["score"])
    assert all(row[column] is None for column in AGENCY_COLUMNS)
    assert "creator: the agency figures could not be measured" in caplog.text


@pytest.mark.slow
def test_the_batch_command_loads_no_report_or_plotting_code(tmp_path, source):
    script = (
        "import sys, contextlib, io\n"
        "from credscore.cli import app\n"
        "from credscore.cli.errors import run\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
        "    try:\n"
        "        run(app, {'debug': False}, ['batch', sys.argv[1], '-o', sys.argv[2], '-j', '1'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(sorted(name for name in sys.modules if name.startswith(('credscore.report', 'matplotlib'))))\n"
        "print('credscore.audience_figures' in sys.modules)\n"
    )
    output = tmp_path / "scores.csv"
    result = subprocess.run([sys.executable, "-c", script, str(source), str(output)], capture_output=True,
                            text=True, cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["[]", "True"]
    with output.open(encoding="utf-8", newline="") as stream:
        assert next(csv.DictReader(stream))["engagement_rate"] != ""
