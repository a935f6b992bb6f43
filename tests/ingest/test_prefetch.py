"""ingest.prefetch: batches arrive whole and in order, errors surface where they happened, and a
consumer that leaves early stops the producer."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ingest.prefetch import Prefetcher
from unmignet.errors import MailboxError


def test_batches_arrive_whole_and_in_order() -> None:
    """Each next_batch() yields exactly that batch's items, in order, batch after batch."""
    batches = [[1, 2, 3], [4], [], [5, 6]]
    with Prefetcher(lambda batch: (n * 10 for n in batch), batches, depth=1) as ahead:
        got = [list(ahead.next_batch()) for _ in batches]
    assert got == [[10, 20, 30], [40], [], [50, 60]]


def test_a_producer_error_is_raised_after_the_items_before_it() -> None:
    """A fetch failing in the second batch leaves the first batch whole, then raises there."""

    def produce(batch: list[int]) -> Iterator[int]:
        for n in batch:
            if n == 4:
                raise MailboxError("connection lost")
            yield n

    with Prefetcher(produce, [[1, 2], [3, 4, 5]]) as ahead:
        assert list(ahead.next_batch()) == [1, 2]
        second = ahead.next_batch()
        assert next(second) == 3
        with pytest.raises(MailboxError, match="connection lost"):
            next(second)


def test_leaving_early_stops_the_producer() -> None:
    """A consumer that fails after the first batch stops the producer: no batch after the one
    under way is produced, and the thread has ended when the block is left."""
    produced: list[int] = []

    def produce(batch: list[int]) -> Iterator[int]:
        produced.extend(batch)
        yield from batch

    batches = [[n] for n in range(100)]
    with pytest.raises(RuntimeError), Prefetcher(produce, batches, depth=1) as ahead:
        list(ahead.next_batch())
        raise RuntimeError("database down")
    assert len(produced) < 10
    assert [t for t in threading.enumerate() if t.name == "prefetch"] == []


def test_a_single_batch_is_produced_without_a_thread() -> None:
    """One batch (the usual incremental poll) is produced in the caller's thread, errors too."""
    threads: list[str] = []

    def produce(batch: list[int]) -> Iterator[int]:
        threads.append(threading.current_thread().name)
        yield batch[0]
        raise MailboxError("gone")

    with Prefetcher(produce, [[7]]) as ahead:
        got = ahead.next_batch()
        assert next(got) == 7
        with pytest.raises(MailboxError, match="gone"):
            next(got)
    assert threads == [threading.current_thread().name]
