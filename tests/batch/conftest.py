import json
from pathlib import Path

import pytest

from credscore.synth import generate_accounts


def write_jsonl(path: Path, documents) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        for document in documents:
            stream.write((document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)) + "\n")
    return path


@pytest.fixture(scope="session")
def documents() -> list[dict]:
    """40 synthetic accounts, French and English, fake and genuine, a few too short to score."""
    return list(generate_accounts(40, seed=11))


@pytest.fixture(scope="session")
def accounts_file(tmp_path_factory, documents) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("batch") / "accounts.jsonl", documents)


@pytest.fixture(scope="session")
def reference_rows(tmp_path_factory, accounts_file) -> list[dict]:
    """The rows of an uninterrupted run in this process: what every engine and resume must reproduce."""
    from credscore.batch import LocalEngine, score_file

    output = tmp_path_factory.mktemp("reference") / "scores.jsonl"
    score_file(accounts_file, output, engine=LocalEngine(1), chunk_size=8)
    return [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
