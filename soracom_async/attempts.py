"""What the pipeline tells about each HTTP attempt, and who listens.

Two kinds of listener, both given an `AttemptInfo` once the pipeline has decided what follows
the attempt (retry after `wait` seconds, or not):

- the client's `on_attempt=` hook, for every call of that client (metrics);
- observers scoped around calls with `observe_attempts(fn)`: context-local, so they see the
  attempts of the calls made inside the block (and in tasks started from it), whatever client
  makes them. This is how a bulk job tallies the retries, 429s and waits of each item without
  reaching into the client.

    with observe_attempts(tally.record):
        await client.sim.get_sim(sim_id=...)

Listeners must be quick and must not raise (an exception is logged and ignored).

`CallTelemetry` is the one other thing the pipeline knows of: what wraps each call when
OpenTelemetry is on (telemetry.py builds it; the pipeline only checks whether it is set).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from .contracts import OperationSpec

__all__ = [
    "AttemptHook",
    "AttemptInfo",
    "CallTelemetry",
    "current_observers",
    "observe_attempts",
]

T = TypeVar("T")


class AttemptHook(Protocol):
    def __call__(self, info: AttemptInfo, /) -> None: ...


class CallTelemetry(Protocol):
    """Wraps every call of a pipeline in a span and metrics (telemetry.py).

    `Pipeline.send` asks `wraps(parts)` and, when true, hands the call over to `call`, which
    calls `send()` (the same `Pipeline.send`, for which `wraps(parts)` is then false) inside
    the span. `parts` (the request's parts) only identifies the call: nothing is read from it.
    """

    def wraps(self, parts: dict[str, Any]) -> bool: ...

    async def call(
        self,
        send: Callable[[], Awaitable[T]],
        spec: OperationSpec,
        parts: dict[str, Any],
        base_url: str,
    ) -> T: ...


class AttemptInfo:
    """One HTTP attempt, as reported to `SoracomClient(on_attempt=...)` (no secrets in it).

    `queued` is the time the attempt waited before it was sent (for the rate-limit budget, a
    token and a free connection), `paced` the part of it the rate-limit scheduler held it back;
    `elapsed` the exchange itself; `wait` the seconds the pipeline sleeps
    before the next attempt of the same call (0.0 for an immediate replay after a token
    refresh, None when there is no next attempt: success, or the error is raised); `ended`
    the `time.monotonic()` at which the attempt was over (telemetry.py dates its span by it).
    """

    __slots__ = (
        "attempt",
        "elapsed",
        "ended",
        "error",
        "group",
        "operation_id",
        "paced",
        "queued",
        "status_code",
        "wait",
    )

    def __init__(
        self,
        operation_id: str,
        group: str,
        attempt: int,
        status_code: int | None,
        elapsed: float,
        error: BaseException | None,
        queued: float = 0.0,
        wait: float | None = None,
        paced: float = 0.0,
    ) -> None:
        self.operation_id = operation_id
        self.group = group
        self.attempt = attempt
        self.status_code = status_code
        self.elapsed = elapsed
        self.error = error
        self.queued = queued
        self.wait = wait
        self.paced = paced
        self.ended = time.monotonic()

    def __repr__(self) -> str:
        wait = "" if self.wait is None else f", wait={self.wait:.3f}"
        error = "" if self.error is None else f", error={type(self.error).__name__}"
        return (
            f"AttemptInfo({self.operation_id!r}, attempt={self.attempt}, "
            f"status={self.status_code}, queued={self.queued:.3f}, "
            f"elapsed={self.elapsed:.3f}{wait}{error})"
        )


_OBSERVERS: ContextVar[tuple[AttemptHook, ...]] = ContextVar(
    "soracom_async_attempt_observers", default=()
)


@contextmanager
def observe_attempts(observer: AttemptHook) -> Iterator[None]:
    """Report to `observer` every attempt of the calls made inside the block."""
    token = _OBSERVERS.set((*_OBSERVERS.get(), observer))
    try:
        yield
    finally:
        _OBSERVERS.reset(token)


def current_observers() -> tuple[AttemptHook, ...]:
    """The observers scoped around the current context (empty almost always: cheap to ask)."""
    return _OBSERVERS.get()
