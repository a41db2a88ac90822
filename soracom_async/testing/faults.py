"""Fault injection: 5xx answers, dropped connections, latency and malformed bodies.

Two mechanisms, both changeable at runtime and thread-safe:

* `Faults`, a random share of requests (deterministic: drawn from `random.Random(seed)`, which
  is re-seeded each time faults are set, so the same request sequence meets the same faults);
* scripted one-shot faults (`FaultInjector.inject`), consumed by the next matching requests
  before any random draw, for tests that need an exact sequence ("the next 2 getSim calls fail
  with 503").

A dropped connection either happens before the request is applied or, with
`drop_after_apply=True`, after a write was applied but before the answer is sent, so a client
can be tested for "outcome unknown" (see `SoracomEmulator.applied_count`).
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["error", "drop", "malformed", "latency"]
FAULT_KINDS: tuple[FaultKind, ...] = ("error", "drop", "malformed", "latency")


@dataclass(frozen=True)
class Faults:
    """Random faults. Rates are shares of matching requests in [0, 1]; they must sum to <= 1.

    `operation_ids` limits every fault (latency included) to those operations; None = all.
    `latency` seconds are added to each matching request, plus up to `latency_jitter` more.
    """

    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 503)
    drop_rate: float = 0.0
    drop_after_apply: bool = False
    malformed_rate: float = 0.0
    latency: float = 0.0
    latency_jitter: float = 0.0
    operation_ids: AbstractSet[str] | None = None  # stored as a frozenset
    seed: int | None = None

    def __post_init__(self) -> None:
        rates = (self.error_rate, self.drop_rate, self.malformed_rate)
        if any(not 0.0 <= r <= 1.0 for r in rates) or sum(rates) > 1.0 + 1e-9:
            raise ValueError("fault rates must be in [0, 1] and sum to at most 1")
        if self.latency < 0 or self.latency_jitter < 0:
            raise ValueError("latency must be >= 0")
        if not self.error_statuses or any(not 500 <= s <= 599 for s in self.error_statuses):
            raise ValueError("error_statuses must be 5xx codes")
        if self.operation_ids is not None and not isinstance(self.operation_ids, frozenset):
            object.__setattr__(self, "operation_ids", frozenset(self.operation_ids))

    @property
    def active(self) -> bool:
        return bool(
            self.error_rate
            or self.drop_rate
            or self.malformed_rate
            or self.latency
            or self.latency_jitter
        )


@dataclass(frozen=True)
class FaultDecision:
    """What to do to one request. `kind` None means latency only."""

    kind: FaultKind | None
    status: int = 503
    latency: float = 0.0
    after_apply: bool = False


@dataclass
class _Scripted:
    kind: FaultKind
    remaining: int
    operation_ids: frozenset[str] | None
    status: int
    after_apply: bool
    latency: float


def _seeded(seed: int) -> random.Random:
    return random.Random(seed)  # noqa: S311 - reproducible test faults, not cryptography


class FaultInjector:
    """Decides, per request, which fault (if any) applies. `injected` counts faults by kind."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.faults = Faults()
        self.injected: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._rng = _seeded(seed)
        self._script: list[_Scripted] = []

    def configure(self, faults: Faults) -> None:
        with self._lock:
            self.faults = faults
            self._rng = _seeded(self.seed if faults.seed is None else faults.seed)

    def inject(
        self,
        kind: FaultKind,
        *,
        count: int = 1,
        operation_ids: Iterable[str] | None = None,
        status: int = 503,
        after_apply: bool = False,
        latency: float = 0.0,
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}")
        if count < 1:
            raise ValueError("count must be >= 1")
        if kind == "error" and not 500 <= status <= 599:
            raise ValueError("status must be a 5xx code")
        ops = None if operation_ids is None else frozenset(operation_ids)
        with self._lock:
            self._script.append(_Scripted(kind, count, ops, status, after_apply, latency))

    def clear(self) -> None:
        with self._lock:
            self.faults = Faults()
            self._script.clear()
            self._rng = _seeded(self.seed)

    @property
    def pending(self) -> int:
        """Scripted faults not yet consumed."""
        with self._lock:
            return sum(s.remaining for s in self._script)

    def decide(self, operation_id: str) -> FaultDecision | None:
        if not self._script and not self.faults.active:
            return None
        with self._lock:
            for entry in self._script:
                if entry.operation_ids is None or operation_id in entry.operation_ids:
                    entry.remaining -= 1
                    if entry.remaining == 0:
                        self._script.remove(entry)
                    self.injected[entry.kind] += 1
                    scripted = None if entry.kind == "latency" else entry.kind
                    return FaultDecision(scripted, entry.status, entry.latency, entry.after_apply)
            faults = self.faults
            if not faults.active or (
                faults.operation_ids is not None and operation_id not in faults.operation_ids
            ):
                return None
            latency = faults.latency
            if faults.latency_jitter:
                latency += self._rng.uniform(0.0, faults.latency_jitter)
            draw = self._rng.random()
            kind: FaultKind | None = None
            status = 503
            if draw < faults.error_rate:
                kind = "error"
                status = self._rng.choice(faults.error_statuses)
            elif draw < faults.error_rate + faults.drop_rate:
                kind = "drop"
            elif draw < faults.error_rate + faults.drop_rate + faults.malformed_rate:
                kind = "malformed"
            if kind is not None:
                self.injected[kind] += 1
            elif latency:
                self.injected["latency"] += 1
            else:
                return None
            return FaultDecision(kind, status, latency, faults.drop_after_apply)
