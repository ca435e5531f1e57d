"""Per-text readings remembered (credscore/signals/readings.py): bounded across accounts, whole within a block."""

import threading

from credscore.signals.readings import TEXTS_REMEMBERED, readings_remembered, remembered


def _counting():
    calls: list[str] = []

    @remembered
    def length(text: str, bonus: int = 0) -> int:
        calls.append(text)
        return len(text) + bonus

    return length, calls


def test_outside_a_block_only_the_last_texts_are_remembered():
    length, calls = _counting()
    texts = [f"text {n}" for n in range(TEXTS_REMEMBERED + 1)]
    for text in texts:
        length(text)
    length(texts[-1])  # still remembered
    length(texts[0])  # pushed out by the others: read again
    assert len(calls) == len(texts) + 1


def test_within_a_block_every_text_is_read_once_whatever_their_number():
    length, calls = _counting()
    texts = [f"text {n}" for n in range(TEXTS_REMEMBERED + 1)]
    with readings_remembered():
        first = [length(text) for text in texts]
        again = [length(text) for text in texts]
        # The other arguments are part of what is remembered.
        assert length(texts[0], 2) == first[0] + 2
    assert first == again
    assert len(calls) == len(texts) + 1


def test_a_nested_block_shares_the_outer_memory_and_the_memory_goes_with_the_block():
    length, calls = _counting()
    texts = [f"text {n}" for n in range(TEXTS_REMEMBERED + 1)]
    with readings_remembered():
        length(texts[0])
        with readings_remembered():
            for text in texts:
                length(text)
        length(texts[0])
    assert len(calls) == len(texts)
    for text in texts[1:]:  # after the block, the bounded memory keeps the last texts only: texts[0] is gone
        length(text)
    length(texts[0])
    assert len(calls) == len(texts) + 1


def test_a_block_is_its_threads_own():
    length, calls = _counting()
    texts = [f"text {n}" for n in range(TEXTS_REMEMBERED + 1)]
    seen = threading.Event()

    def other_thread() -> None:
        length("another thread's text")
        seen.set()

    with readings_remembered():
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        for text in texts:  # the other thread's text is pushed out of the bounded memory only
            length(text)
    assert seen.is_set()
    calls.clear()
    length("another thread's text")
    assert calls == ["another thread's text"]
