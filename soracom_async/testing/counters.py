"""Counters a test can assert on: requests per operation, applied writes, 429s, auth calls."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any


class Counters:
    """Thread-safe request accounting.

    * `requests[op]`: requests routed to the operation (faulted, rejected or answered);
    * `applied[op]`: times a write operation's change was actually applied (its handler succeeded),
      counted even if the answer was then dropped or garbled;
    * `statuses[code]`: answers by HTTP status;
    * `rate_limited`: 429 answers; `auth_calls`: requests to `POST /auth`; `auth_failures`: those
      answered 401; `unauthorized`: 401s of authenticated operations;
    * `unrouted`: requests matching no documented operation.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: Counter[str] = Counter()
        self.applied: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.rate_limited = 0
        self.auth_calls = 0
        self.auth_failures = 0
        self.unauthorized = 0
        self.unrouted = 0

    def request(self, operation_id: str) -> None:
        with self._lock:
            self.requests[operation_id] += 1
            if operation_id == "auth":
                self.auth_calls += 1

    def apply(self, operation_id: str) -> None:
        with self._lock:
            self.applied[operation_id] += 1

    def status(self, operation_id: str | None, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1
            if status == 429:
                self.rate_limited += 1
            elif status == 401:
                if operation_id == "auth":
                    self.auth_failures += 1
                else:
                    self.unauthorized += 1

    def request_count(self, operation_id: str | None = None) -> int:
        with self._lock:
            if operation_id is None:
                return sum(self.requests.values())
            return self.requests[operation_id]

    def applied_count(self, operation_id: str) -> int:
        with self._lock:
            return self.applied[operation_id]

    def unknown_route(self) -> None:
        with self._lock:
            self.unrouted += 1

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.applied.clear()
            self.statuses.clear()
            self.rate_limited = self.auth_calls = self.auth_failures = 0
            self.unauthorized = self.unrouted = 0

    def snapshot(self) -> dict[str, Any]:
        """A plain-dict copy of every counter."""
        with self._lock:
            return {
                "requests": dict(self.requests),
                "applied": dict(self.applied),
                "statuses": dict(self.statuses),
                "rate_limited": self.rate_limited,
                "auth_calls": self.auth_calls,
                "auth_failures": self.auth_failures,
                "unauthorized": self.unauthorized,
                "unrouted": self.unrouted,
                "total_requests": sum(self.requests.values()),
            }
