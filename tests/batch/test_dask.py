"""The Dask engine against a real local cluster (2 worker processes), compared with the local engine."""

import os
import signal

import pandas as pd
import pytest

from credscore.batch import DaskEngine, ScorerSpec, score_file
from credscore.errors import InputError

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    # ":0": a free port, whatever else runs (None would still take 8787: dask/distributed issue 8136).
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local:
        yield local


def _records(frame):
    return frame.astype(object).where(frame.notna(), None).to_dict("records")


def _dataset(path):
    parts = sorted(path.glob("part-*.parquet"))
    return pd.concat([pd.read_parquet(part) for part in parts], ignore_index=True), parts


@pytest.mark.slow
def test_dask_gives_the_local_rows_as_partitioned_parquet(tmp_path, cluster, accounts_file, reference_rows):
    output = tmp_path / "scores.parquet"
    summary = score_file(accounts_file, output, ScorerSpec(), engine=DaskEngine(cluster.scheduler_address),
                         chunk_size=8)
    frame, parts = _dataset(output)
    assert output.is_dir() and len(parts) == 5
    assert _records(frame) == reference_rows
    # The folder is one data set to pandas/pyarrow as well.
    assert pd.read_parquet(output)["id"].tolist() == [row["id"] for row in reference_rows]
    assert summary.rows == len(reference_rows)


@pytest.mark.slow
def test_a_worker_lost_mid_run_loses_nothing(tmp_path, cluster, accounts_file, reference_rows):
    client = distributed.Client(cluster)
    try:
        pids = client.run(os.getpid)
    finally:
        client.close()
    killed = []

    def kill_a_worker_after_the_first_chunk(done):
        def advance(rows):
            if not killed:
                victim = next(iter(pids.values()))
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
        return advance

    output = tmp_path / "scores.parquet"
    score_file(accounts_file, output, ScorerSpec(), engine=DaskEngine(cluster.scheduler_address), chunk_size=4,
               progress=kill_a_worker_after_the_first_chunk)
    frame, _ = _dataset(output)
    assert killed
    assert _records(frame) == reference_rows
    assert frame["id"].is_unique


def test_dask_output_must_be_parquet(tmp_path, accounts_file):
    with pytest.raises(InputError, match="partitioned Parquet"):
        score_file(accounts_file, tmp_path / "scores.csv", engine=DaskEngine("tcp://127.0.0.1:1"))


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, accounts_file):
    import socket

    from credscore.batch.engines import EngineError

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        score_file(accounts_file, tmp_path / "scores.parquet", engine=DaskEngine(address, connect_timeout=2))
