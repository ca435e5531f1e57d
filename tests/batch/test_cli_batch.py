import subprocess
import sys

import pandas as pd


def _credscore(*args):
    return subprocess.run([sys.executable, "-m", "credscore", *map(str, args)], capture_output=True, text=True)


def test_batch_to_parquet_on_two_cores_with_a_summary(tmp_path, accounts_file, reference_rows):
    output = tmp_path / "scores.parquet"
    done = _credscore("batch", accounts_file, "-o", output, "-j", "2", "--chunk-size", "10")
    assert done.returncode == 0, done.stderr
    assert f"{len(reference_rows)} accounts: {len(reference_rows)} scored, 0 error(s)" in done.stderr
    assert pd.read_parquet(output)["id"].tolist() == [row["id"] for row in reference_rows]


def test_batch_user_errors_are_one_line(tmp_path, accounts_file):
    for args, message in [
        (["-o", tmp_path / "x.csv", "--engine", "dask"], "the Dask engine writes partitioned Parquet"),
        (["-o", tmp_path / "x.csv", "--rules", tmp_path / "missing.toml"], "no such rules file"),
        (["-o", tmp_path / "x.csv", "--model", tmp_path / "missing.skops"], "no such model file"),
        (["-o", tmp_path / "x.xlsx"], "unknown output format"),
    ]:
        done = _credscore("batch", accounts_file, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
