"""Exponential back-off with full jitter, for reconnecting to a mailbox.

``Backoff.next_delay()`` gives ``uniform(0, min(cap, base * factor**attempt))`` (AWS's "full
jitter"): many pollers that lost the same server at the same moment do not all come back at once.
``reset()`` after a success. Pure: the random source and the sleeper are injectable for tests.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    factor: float = 2.0
    rand: Callable[[float, float], float] = random.uniform
    attempt: int = field(default=0, init=False)

    def ceiling(self) -> float:
        """The largest delay the next attempt may wait."""
        return float(min(self.cap, self.base * self.factor ** min(self.attempt, 64)))

    def next_delay(self) -> float:
        delay = self.rand(0.0, self.ceiling())
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0

    def wait(self, stop: threading.Event) -> bool:
        """Sleep the next delay unless ``stop`` is set meanwhile; return True if stopped."""
        return stop.wait(self.next_delay())
