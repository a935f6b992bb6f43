"""Fetch the next batch while the current one is stored: one producer thread, a bounded queue.

The producer runs ``produce(batch)`` for each batch in turn and hands its items over a queue of
``depth`` items, so at most ``depth`` items wait in memory besides the one being built and the
one being stored. The consumer takes one batch at a time (``next_batch``). A producer error is
raised in the consumer, at the point of the stream where it happened (after the items before
it); leaving the ``with`` block stops the producer and waits for it (a fetch under way finishes
first, bounded by the socket timeout). Nothing here touches the database: a prefetched batch that
is never stored (error, kill) is simply fetched again by the next poll. With one batch or none
there is nothing to overlap: no thread is started (starting one cost an idle poll ~3 ms) and the
batch is produced in the consumer's thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")
B = TypeVar("B")


class _EndOfBatch:
    pass


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_END = _EndOfBatch()


class Prefetcher(Generic[B, T]):
    """``with Prefetcher(produce, batches) as p:`` then ``p.next_batch()`` once per batch."""

    def __init__(
        self, produce: Callable[[B], Iterable[T]], batches: Sequence[B], *, depth: int = 2
    ) -> None:
        self._inline = (produce, iter(batches)) if len(batches) <= 1 else None
        self._queue: queue.Queue[T | _EndOfBatch | _Failed] = queue.Queue(maxsize=depth)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(produce, batches), name="prefetch", daemon=True
        )

    def __enter__(self) -> Prefetcher[B, T]:
        if self._inline is None:
            self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self, produce: Callable[[B], Iterable[T]], batches: Sequence[B]) -> None:
        try:
            for batch in batches:
                for item in produce(batch):
                    if not self._put(item):
                        return
                if not self._put(_END):
                    return
        except BaseException as err:  # noqa: BLE001 - handed to the consumer and raised there
            self._put(_Failed(err))

    def _put(self, item: T | _EndOfBatch | _Failed) -> bool:
        """Queue ``item`` unless the consumer has left; False once it has."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def next_batch(self) -> Iterator[T]:
        """The items of the next batch, in order; the producer's error if it failed."""
        if self._inline is not None:
            produce, batches = self._inline
            yield from produce(next(batches))
            return
        while True:
            item = self._queue.get()
            if isinstance(item, _EndOfBatch):
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item
