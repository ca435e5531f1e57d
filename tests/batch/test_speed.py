"""The batch's speed-ups change no result: memos across chunks, the duplicate keys' fast path, and who loads what."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.account import Post, parse_account
from credscore.batch import LocalEngine, ScorerSpec, default_jobs, score_file
from credscore.batch.engines import ACCOUNTS_PER_WORKER
from credscore.duplicates import _second, _unique_pass, post_keys, unique_records
from credscore.nlp import analysis
from credscore.nlp.analysis import analyse_accounts

# What a scoring process sets apart from the garbage collector once loaded: spaCy, the pipelines, the language
# models, the model's numbers (about 100,000 objects; more than twice that while scikit-learn was loaded too).
FROZEN_AT_LEAST = 50_000


def _account(number: int, texts: list[str], lang: str | None = None) -> dict:
    return {"id": f"acct-{number}", "lang": lang, "profiles": [{"platform": "twitter", "bio": texts[0]}],
            "posts": [{"platform": "twitter", "text": text, "created_at": f"2024-03-0{1 + i % 9}T10:{i % 60:02d}:00Z"}
                      for i, text in enumerate(texts)]}


TEXTS = [
    "Je booste ta visibilité sur les réseaux sociaux #growth https://bit.ly/abc 🚀",
    "Je booste ta visibilité sur les réseaux sociaux #marketing https://bit.ly/xyz",
    "Our Q3 revenue grew 12% to €4.2M, churn fell to 3 %.",
    "Thanks @julie for the great game-changer session! #gamechanger",
    "Merci !",
    "",
    "Le chiffre d’affaires a augmenté de 8 % ce trimestre.",
]


@pytest.fixture
def accounts():
    return [parse_account(_account(number, TEXTS[number % 3:] + TEXTS[:number % 3], lang))
            for number, lang in enumerate([None, "fr", "en", None, "da", None])]


def test_analysis_is_the_same_in_one_chunk_in_several_and_after_the_memo_is_dropped(accounts):
    together = analyse_accounts(accounts)
    analysis._readings.clear()
    one_by_one = [analyse_accounts([account])[0] for account in accounts]
    again = analyse_accounts(list(reversed(accounts)))[::-1]
    assert together == one_by_one == again


def test_texts_read_once_keep_their_own_links_hashtags_and_emoji(accounts):
    first, second = analyse_accounts(accounts)[0].posts[:2]
    # One pre-passed text (the same words), two raw texts: what was taken out stays each text's own.
    assert first.words == second.words and first.tokens == second.tokens
    assert (first.links, first.hashtags, first.emoji) == (("https://bit.ly/abc",), ("growth",), 1)
    assert (second.links, second.hashtags, second.emoji) == (("https://bit.ly/xyz",), ("marketing",), 0)


def test_the_reading_memo_is_bounded(accounts, monkeypatch):
    monkeypatch.setattr(analysis, "READING_MEMO_SIZE", 3)
    reference = analyse_accounts(accounts)
    for account in accounts:
        analyse_accounts([account])
        assert all(len(memo) <= 3 + len(TEXTS) for memo in analysis._readings.values())
    assert analyse_accounts(accounts) == reference


@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       st.integers(-14 * 60, 14 * 60), st.integers(-14 * 60, 14 * 60))
def test_two_times_share_a_second_key_exactly_when_they_are_the_same_utc_second(a, b, zone_a, zone_b):
    a = a.replace(tzinfo=timezone(timedelta(minutes=zone_a)))
    b = b.replace(tzinfo=timezone(timedelta(minutes=zone_b)))

    def written(value: datetime) -> str:
        return value.astimezone(UTC).replace(microsecond=0).isoformat()

    assert (_second(a) == _second(b)) == (written(a) == written(b))
    # Neighbouring seconds stay apart, whatever the microseconds.
    assert _second(a + timedelta(seconds=1) - timedelta(microseconds=a.microsecond)) != _second(a)


_posts = st.lists(st.builds(
    Post, platform=st.sampled_from(["twitter", "linkedin", "blog"]), text=st.sampled_from(["a b", "a  b", "c", ""]),
    created_at=st.one_of(st.none(), st.sampled_from([datetime(2024, 1, 1, 9, tzinfo=UTC),
                                                     datetime(2024, 1, 1, 9, 0, 0, 500, tzinfo=UTC)])),
    id=st.one_of(st.none(), st.sampled_from(["1", "2", "https://blog.example/p/1"])),
    kind=st.sampled_from(["post", "repost"])), max_size=8)


@settings(max_examples=300)
@given(_posts)
def test_the_clean_document_fast_path_keeps_what_the_full_pass_keeps(posts):
    kept, grown = _unique_pass(posts, post_keys, None)
    while grown:
        kept, grown = _unique_pass(kept, post_keys, None)
    assert unique_records(posts, post_keys) == kept


def test_one_worker_per_thousand_accounts_at_most_and_never_more_than_the_cores():
    cores = default_jobs()
    assert default_jobs(0) == default_jobs(ACCOUNTS_PER_WORKER - 1) == 1
    assert default_jobs(2 * ACCOUNTS_PER_WORKER) == min(cores, 2)
    assert default_jobs(10**9) == cores


def test_the_process_that_hands_out_chunks_loads_no_nlp_or_model():
    code = ("import sys; from credscore.batch import ScorerSpec, LocalEngine, score_file; ScorerSpec.from_paths(); "
            "print(sorted(m for m in ('spacy', 'sklearn', 'credscore.scoring', 'lingua') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


def test_the_warm_server_module_ignores_ctrl_c_builds_the_scorer_and_shows_a_worker_failure_while_the_batch_runs():
    # Run as the fork server runs it: imported in a process of its own, whose forked children are the workers.
    code = f"FROZEN_AT_LEAST = {FROZEN_AT_LEAST}\n" + """
import gc, os, signal, sys
import credscore.batch.warm
from credscore.batch.worker import ScorerSpec, _scorers
from credscore.nlp.language import _detector
from credscore.nlp.pipeline import _pipelines
assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
assert ScorerSpec().key in _scorers
# What a scorer builds on first use is built before any worker is forked, and kept out of the workers' collections
# (spaCy, the pipelines, the language models: some 100,000 objects; scikit-learn is no longer among them).
assert _pipelines.cache_info().currsize == 1 and _detector.cache_info().currsize >= 1
assert gc.get_freeze_count() > FROZEN_AT_LEAST, gc.get_freeze_count()
from credscore.batch.worker import SCORING_GC_YOUNG_THRESHOLD
assert gc.get_threshold()[0] == SCORING_GC_YOUNG_THRESHOLD
pid = os.fork()
if pid == 0:
    try:
        raise FileNotFoundError("a semaphore")
    except FileNotFoundError:
        sys.excepthook(*sys.exc_info())
    sys.stderr.flush()
    os._exit(0)
os.waitpid(pid, 0)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    # The batch (this test) is still running: the failure is shown.
    assert "FileNotFoundError: a semaphore" in done.stderr


def test_warming_up_skips_an_unreadable_example_and_changes_no_verdict(tmp_path, monkeypatch, accounts_file,
                                                                        reference_rows):
    from credscore.batch import worker

    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "examples" / "two.json").write_text("[]", encoding="utf-8")
    monkeypatch.setattr("credscore.resources.data_dir", lambda: tmp_path)
    spec = ScorerSpec()
    assert worker.warm_up(spec) is worker.scorer_for(spec)
    output = tmp_path / "scores.jsonl"
    score_file(accounts_file, output, spec, engine=LocalEngine(1), chunk_size=8)
    assert [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()] == reference_rows


def test_the_bundled_examples_warm_up_a_scorer_and_change_no_verdict(tmp_path, accounts_file, reference_rows):
    # In a process of its own: the pipelines and language models of this test process may be built already.
    code = """
import sys
from credscore.batch import LocalEngine, ScorerSpec, score_file
from credscore.batch.worker import warm_up
from credscore.nlp.language import _detector
from credscore.nlp.pipeline import _pipelines
assert _pipelines.cache_info().currsize == 0 and _detector.cache_info().currsize == 0
warm_up(ScorerSpec())
assert _pipelines.cache_info().currsize == 1 and _detector.cache_info().currsize >= 1
score_file(sys.argv[1], sys.argv[2], ScorerSpec(), engine=LocalEngine(1), chunk_size=8)
"""
    output = tmp_path / "scores.jsonl"
    done = subprocess.run([sys.executable, "-c", code, str(accounts_file), str(output)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()] == reference_rows


def test_one_scoring_process_sets_its_loaded_objects_apart_from_the_collector_once_and_still_collects_garbage(
        tmp_path, accounts_file, reference_rows):
    # In a process of its own: frozen objects stay frozen for the rest of a process.
    code = f"FROZEN_AT_LEAST = {FROZEN_AT_LEAST}\n" + """
import gc, sys
from credscore.batch import LocalEngine, ScorerSpec, score_file
from credscore.batch.worker import SCORING_GC_YOUNG_THRESHOLD
assert gc.get_freeze_count() == 0
default = gc.get_threshold()
score_file(sys.argv[1], sys.argv[2], ScorerSpec(), engine=LocalEngine(1, warm_workers=True), chunk_size=8)
frozen = gc.get_freeze_count()
assert frozen > FROZEN_AT_LEAST, frozen
assert gc.get_threshold() == (SCORING_GC_YOUNG_THRESHOLD, *default[1:])
score_file(sys.argv[1], sys.argv[3], ScorerSpec(), engine=LocalEngine(1, warm_workers=True))
assert gc.get_freeze_count() == frozen  # once per process

class Cycle:
    pass

cycle = Cycle()
cycle.me = cycle
del cycle
assert gc.collect() > 0  # garbage made afterwards is still collected
"""
    outputs = [tmp_path / "scores.jsonl", tmp_path / "again.jsonl"]
    done = subprocess.run([sys.executable, "-c", code, str(accounts_file), *map(str, outputs)], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for path in outputs:
        assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == reference_rows


def test_a_library_caller_scoring_in_its_own_process_keeps_its_garbage_collector_as_it_was(tmp_path, accounts_file):
    code = """
import gc, sys
from credscore.batch import LocalEngine, score_file
default = gc.get_threshold()
score_file(sys.argv[1], sys.argv[2], engine=LocalEngine(1), chunk_size=8)
assert gc.get_freeze_count() == 0 and gc.get_threshold() == default
"""
    done = subprocess.run([sys.executable, "-c", code, str(accounts_file), str(tmp_path / "scores.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_worker_whose_semaphores_are_gone_before_it_ran_fails_quietly_while_the_batch_is_stopping():
    # A Ctrl-C while the pool starts: the batch unlinks the pool's semaphores as it stops, and a worker the fork
    # server is still making cannot even read what it is to run. The batch is still there (ending), so only where
    # the failure came from tells it apart from a worker's own failure, which is shown.
    code = """
import functools, os, sys
import credscore.batch.warm as warm
ns = {}
exec(compile("def _main(step):\\n    step()\\n", "/usr/lib/python3/multiprocessing/spawn.py", "exec"), ns)
exec(compile("def _bootstrap(step):\\n    step()\\n", "/usr/lib/python3/multiprocessing/process.py", "exec"), ns)
def __setstate__():
    raise FileNotFoundError("a semaphore, unlinked")
def fails(step):
    try:
        step()
    except FileNotFoundError as error:
        return error.__traceback__
before = fails(lambda: ns["_main"](__setstate__))
during = fails(lambda: ns["_main"](functools.partial(ns["_bootstrap"], __setstate__)))
assert warm._before_it_ran(before) and not warm._before_it_ran(during)
pid = os.fork()  # as the fork server forks a worker: this process stands for the server, the test for the batch
if pid == 0:
    sys.excepthook(FileNotFoundError, FileNotFoundError("before it ran"), before)
    sys.excepthook(FileNotFoundError, FileNotFoundError("while it ran"), during)
    sys.stderr.flush()
    os._exit(0)
os.waitpid(pid, 0)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "before it ran" not in done.stderr
    assert "FileNotFoundError: while it ran" in done.stderr
