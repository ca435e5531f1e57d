import json
import subprocess
import sys

import pandas as pd
import pytest

from credscore.batch import LocalEngine, score_file, score_frame
from credscore.batch.sources import iter_inputs
from credscore.errors import InputError
from credscore.reader import load_raw

CHILD_TABLES = ("posts", "messages", "follows", "profiles", "audience", "snapshots")


def tables_of(documents):
    """The tabular form of account documents: an accounts table, one table per list, and (format 1.1) the
    comments and media of posts with an id in tables of their own, joined on ``post_id``."""
    accounts = pd.DataFrame([{key: document.get(key) for key in ("id", "name", "lang", "label")}
                             for document in documents])
    children = {}
    per_post = {"comments": [], "media": []}
    for table in CHILD_TABLES:
        rows = []
        for document in documents:
            for item in document.get(table, []):
                item = dict(item)
                if table == "posts" and "id" in item:
                    for name, found in per_post.items():
                        found += [{"account_id": document["id"], "post_id": item["id"], **entry}
                                  for entry in item.pop(name, None) or []]
                rows.append({"account_id": document["id"], **item})
        if rows:
            children[table] = pd.DataFrame(rows)
    for name, rows in per_post.items():
        if rows:
            children[name] = pd.DataFrame(rows)
    return accounts, children


def write_tables(folder, accounts, children, suffix):
    folder.mkdir(exist_ok=True)
    for name, frame in {"accounts": accounts, **children}.items():
        if suffix == ".parquet":
            frame.to_parquet(folder / f"accounts{suffix}" if name == "accounts" else folder / f"{name}{suffix}")
        else:
            for column in frame.columns:
                if frame[column].map(lambda value: isinstance(value, list)).any():
                    frame = frame.assign(**{column: frame[column].map(
                        lambda value: json.dumps(value) if isinstance(value, list) else value)})
            frame.to_csv(folder / f"{name}{suffix}", index=False)
    return folder


def _rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_the_tabular_form_scores_like_the_documents(tmp_path, documents, reference_rows, suffix):
    accounts, children = tables_of(documents)
    folder = write_tables(tmp_path / "tables", accounts, children, suffix)
    output = tmp_path / "scores.jsonl"
    score_file(folder, output, engine=LocalEngine(1), chunk_size=8)
    assert _rows(output) == reference_rows


def test_tables_in_another_order_are_joined_in_memory_with_a_warning(tmp_path, documents, reference_rows, caplog):
    accounts, children = tables_of(documents)
    children = {name: frame.sample(frac=1, random_state=0) for name, frame in children.items()}
    folder = write_tables(tmp_path / "tables", accounts, children, ".parquet")
    output = tmp_path / "scores.jsonl"
    score_file(folder / "accounts.parquet", output, engine=LocalEngine(1), chunk_size=8)
    assert _rows(output) == reference_rows
    assert "not in the order of the accounts table" in caplog.text


def test_a_tabular_record_is_the_document(tmp_path, documents):
    accounts, children = tables_of(documents[:3])
    folder = write_tables(tmp_path / "tables", accounts, children, ".parquet")
    loaded = [load_raw(record) for record in iter_inputs(folder)]
    assert [record.position for record in loaded] == ["accounts row 1", "accounts row 2", "accounts row 3"]
    for record, document in zip(loaded, documents, strict=False):
        assert record.error is None
        assert record.account.id == document["id"]
        assert [post.text for post in record.account.posts] == [post["text"] for post in document["posts"]]
        assert len(record.account.messages) == len(document.get("messages", []))


def test_a_child_row_without_account_id_is_a_clear_error(tmp_path, documents):
    accounts, children = tables_of(documents[:2])
    children["posts"].loc[0, "account_id"] = None
    folder = write_tables(tmp_path / "tables", accounts, children, ".parquet")
    with pytest.raises(InputError, match=r"posts.parquet: row 1: no account_id"):
        list(iter_inputs(folder))


def test_a_folder_without_accounts_table_is_refused(tmp_path):
    (tmp_path / "posts.csv").write_text("account_id,platform,text\na,twitter,hello\n", encoding="utf-8")
    with pytest.raises(InputError, match="without an accounts table"):
        list(iter_inputs(tmp_path))


def test_an_invalid_account_row_is_an_error_row(tmp_path, documents):
    accounts, children = tables_of(documents[:3])
    accounts.loc[1, "id"] = None
    folder = write_tables(tmp_path / "tables", accounts, children, ".csv")
    summary = score_file(folder, tmp_path / "out.jsonl", engine=LocalEngine(1))
    rows = _rows(tmp_path / "out.jsonl")
    assert summary.errors == 1 and rows[1]["error"].startswith("accounts row 2")


def test_score_frame_of_documents(documents, reference_rows):
    frame = pd.DataFrame(documents, index=[f"r{i}" for i in range(len(documents))])
    scored = score_frame(frame)
    assert list(scored.index) == list(frame.index)
    assert scored["id"].tolist() == [row["id"] for row in reference_rows]
    assert scored["band"].tolist() == [row["band"] for row in reference_rows]


def test_score_frame_of_tables(documents, reference_rows):
    accounts, children = tables_of(documents)
    scored = score_frame(accounts, **children, jobs=2)
    pd.testing.assert_frame_equal(scored, pd.DataFrame(reference_rows, columns=scored.columns))


def test_resume_refuses_a_changed_table(tmp_path, documents):
    accounts, children = tables_of(documents[:12])
    folder = write_tables(tmp_path / "tables", accounts, children, ".parquet")
    output = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        score_file(folder, output, engine=LocalEngine(1), chunk_size=4,
                   progress=lambda done: (_ for _ in ()).throw(KeyboardInterrupt))
    children["posts"].iloc[:-1].to_parquet(folder / "posts.parquet")
    with pytest.raises(InputError, match="different input"):
        score_file(folder, output, engine=LocalEngine(1), chunk_size=4, resume=True)


def test_a_comment_row_naming_no_post_is_an_error_row_and_the_others_are_scored(tmp_path, documents):
    accounts, children = tables_of(documents)
    assert "comments" in children and "audience" in children and "snapshots" in children
    stray = children["comments"].iloc[[0]].assign(post_id="no-such-post")
    children["comments"] = pd.concat([children["comments"], stray], ignore_index=True)
    folder = write_tables(tmp_path / "tables", accounts, children, ".parquet")
    output = tmp_path / "scores.jsonl"
    score_file(folder, output, engine=LocalEngine(1), chunk_size=4)
    rows = _rows(output)
    owner = stray["account_id"].iloc[0]
    (failed,) = [row for row in rows if row["error"]]
    assert "no post with id 'no-such-post'" in failed["error"] and repr(owner) in failed["error"]
    assert sum(1 for row in rows if row["error"] is None) == len(rows) - 1


def test_in_a_notebook_score_frame_forks_its_workers_from_the_warm_server_with_the_same_rows(tmp_path, documents,
                                                                                             reference_rows):
    # ``python -c`` has no main module to import, as a notebook: the workers may come from the warm server.
    code = """
import json, sys
import pandas as pd
import credscore.batch.engines as engines
from credscore.batch import score_frame
from credscore.batch.frame import _no_main_module_to_import
assert _no_main_module_to_import()
engines.ACCOUNTS_PER_WORKER = 10  # two workers for a few accounts
documents = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
scored = score_frame(pd.DataFrame(documents), jobs=2)
assert engines._server_is_ours
scored.to_pickle(sys.argv[2])
"""
    source = tmp_path / "accounts.jsonl"
    source.write_text("".join(json.dumps(document) + "\n" for document in documents), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, str(source), str(tmp_path / "scored.pickle")],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    scored = pd.read_pickle(tmp_path / "scored.pickle")
    pd.testing.assert_frame_equal(scored, pd.DataFrame(reference_rows, columns=scored.columns))


def test_under_a_script_score_frame_starts_its_workers_afresh(tmp_path):
    # A script's calls may not be guarded by `if __name__ == "__main__":`; every warm worker would run it again.
    script = tmp_path / "script.py"
    script.write_text("from credscore.batch.frame import _no_main_module_to_import\n"
                      "print(_no_main_module_to_import())\n", encoding="utf-8")
    for command in ([sys.executable, str(script)], [sys.executable, "-m", "script"]):
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path, check=True)
        assert done.stdout.strip() == "False"
