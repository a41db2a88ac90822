"""Bulk jobs: one coroutine function applied to many items, with bounded concurrency.

    async def slow_down(sub: Subscriber) -> None:
        await client.subscriber.update_speed_class(imsi=sub.imsi, body={"speedClass": ...})

    tagged = client.subscriber.list_subscribers.paginate(tag_name="fleet", tag_value="blue")
    result = await client.bulk(slow_down, tagged, concurrency=20, progress=True)
    print(result.summary())                  # "1000 done in 4.1s: 998 succeeded, 2 failed; ..."
    for index, sub, error in result.errors:   # typed errors, with the item that failed
        ...

    async with client.bulk_iter(slow_down, tagged, concurrency=20) as outcomes:
        async for outcome in outcomes:         # streamed as they complete (or `ordered=True`)
            ...

Semantics:

* Items may be a sync iterable or an async one (a paginator). They are taken lazily, one at a
  time, as a worker becomes free, so a job over a streamed listing never holds the listing:
  memory is `concurrency` items in flight (plus, for `bulk()`, the results list: return only
  what you need from `fn`, or use `bulk_iter`). An async source is advanced by one task of its
  own, so an async generator may hold a cancel scope across its yields, and it is closed
  (`aclose()`: a paginator's prefetch is cancelled) when the job ends, however it ends.
* `bulk()` returns a `BulkResult`: `results` in input order (None where the item failed),
  `errors` as `ItemError(index, item, error)` sorted by index, and the counts. A failing item
  never cancels the others. With `fail_fast=True` the first failure cancels the items in
  flight, stops taking new ones and is raised as it is (the typed error).
* `bulk_iter()` streams `Outcome`s instead of collecting them: in completion order, or with
  `ordered=True` in input order (at most 2 x `concurrency` outcomes wait for an earlier one).
  Leaving the `async with` block (or `aclose()`) cancels the items in flight.
* Iterating the items is not an item's failure: if the source raises, the items in flight
  finish, no new ones start, and the source's error is raised.
* The counts include `retries` (extra HTTP attempts made by the pipeline's retry policy),
  `retried` (items that needed them), `rate_limited` (answers that were 429) and
  `rate_limit_waits` (attempts the client's scheduler held back to stay in budget), taken from
  the pipeline's per-attempt reports of the calls each item makes (a context variable ties
  them to the item) when the job runs through `client.bulk`.
* Progress: `progress=callable` is called with a `BulkStats` after every item;
  `progress=True` shows a tqdm bar on stderr when tqdm is installed
  (`pip install soracom-async[progress]`) and stderr is a terminal, and does nothing otherwise.
"""

from __future__ import annotations

import contextvars
import logging
import sys
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Sized,
)
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Union

import anyio
import attrs

from .errors import SoracomError
from .pagination import Background

if TYPE_CHECKING:
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from .pipeline import AttemptInfo

I = TypeVar("I")  # noqa: E741 - the item type
R = TypeVar("R")  # the result type

logger = logging.getLogger("soracom_async.bulk")

DEFAULT_CONCURRENCY = 16


@attrs.frozen
class BulkStats:
    """Counts of a bulk job so far (passed to progress callbacks) or in the end."""

    done: int
    """Items finished, successfully or not."""
    succeeded: int
    failed: int
    cancelled: int
    """Items started and then cancelled (`fail_fast`, or the caller left)."""
    retried: int
    """Items whose calls needed more than one HTTP attempt."""
    retries: int
    """Extra HTTP attempts in all (beyond the first of each call)."""
    rate_limited: int
    """Answers that were 429 Too Many Requests (each then waited and retried)."""
    rate_limit_waits: int
    """Attempts the client held back before sending, to stay within the rate limit (or for a
    free connection)."""
    waited: float
    """Seconds those attempts spent held back, added up."""
    total: int | None
    """The number of items, when known (a sized input, or `total=`)."""
    elapsed: float
    """Seconds since the job started."""


ProgressCallback = Callable[[BulkStats], object]
Progress = Union[ProgressCallback, bool, None]  # noqa: UP007 - a runtime alias on Python 3.10
ItemFunction = Callable[[I], Awaitable[R]]
"""The coroutine function a bulk job applies to each item."""
Items = Union[Iterable[I], AsyncIterable[I]]  # noqa: UP007
"""A bulk job's items: any iterable, or an async one such as a paginator."""


@attrs.frozen
class ItemError(Generic[I]):
    """An item that failed: its position in the input, the item, and the typed error.

    Unpacks as a tuple: `for index, item, error in result.errors`.
    """

    index: int
    item: I
    error: Exception

    def __iter__(self) -> Iterator[Any]:
        return iter((self.index, self.item, self.error))


@attrs.frozen
class Outcome(Generic[I, R]):
    """What happened to one item (streamed by `bulk_iter`)."""

    index: int
    item: I
    result: R | None
    error: Exception | None

    @property
    def ok(self) -> bool:
        return self.error is None


class BulkError(SoracomError):
    """Raised by `BulkResult.raise_for_errors()`: some items failed (the first is the cause)."""

    def __init__(self, result: BulkResult[Any, Any]) -> None:
        self.result = result
        self.errors = result.errors
        first = result.errors[0] if result.errors else None
        detail = f"; first: item #{first.index}: {first.error!r}" if first else ""
        super().__init__(f"{result.stats.failed} of {result.stats.done} items failed{detail}")


@attrs.frozen
class BulkResult(Generic[I, R]):
    """The result of `bulk()`: per-item results in input order, failures, and counts."""

    results: list[R | None]
    """One entry per item taken, in input order; None where the item failed or was cancelled."""
    errors: list[ItemError[I]]
    """The failed items, by index."""
    stats: BulkStats

    @property
    def ok(self) -> bool:
        """True when every item succeeded."""
        return self.stats.failed == 0 and self.stats.cancelled == 0

    @property
    def succeeded(self) -> int:
        return self.stats.succeeded

    @property
    def failed(self) -> int:
        return self.stats.failed

    @property
    def retried(self) -> int:
        return self.stats.retried

    @property
    def rate_limited(self) -> int:
        return self.stats.rate_limited

    @property
    def elapsed(self) -> float:
        return self.stats.elapsed

    def raise_for_errors(self) -> BulkResult[I, R]:
        """Raise `BulkError` (caused by the first failure) if any item failed; else self."""
        if self.errors:
            raise BulkError(self) from self.errors[0].error
        return self

    def summary(self) -> str:
        """One line for humans, e.g. "1000 done in 5.2s: 998 succeeded, 2 failed, ..."."""
        return summarize(self.stats)


def summarize(stats: BulkStats) -> str:
    line = (
        f"{stats.done} done in {stats.elapsed:.1f}s: {stats.succeeded} succeeded, "
        f"{stats.failed} failed"
    )
    if stats.cancelled:
        line += f", {stats.cancelled} cancelled"
    return line + (
        f"; {stats.retried} retried, {stats.rate_limited} answered 429, "
        f"{stats.rate_limit_waits} paced to the rate limit"
    )


# -- per-item attempt counting ------------------------------------------------------------------


_HELD_BACK = 0.005
"""An attempt queued longer than this (seconds) counts as a rate-limit wait."""


class _Attempts:
    __slots__ = ("rate_limited", "retries", "waited", "waits")

    def __init__(self) -> None:
        self.retries = 0
        self.rate_limited = 0
        self.waits = 0
        self.waited = 0.0


_ATTEMPTS: contextvars.ContextVar[_Attempts | None] = contextvars.ContextVar(
    "soracom_async_bulk_attempts", default=None
)


def record_attempt(info: AttemptInfo) -> None:
    """Count one HTTP attempt against the bulk item being processed in this context, if any."""
    attempts = _ATTEMPTS.get()
    if attempts is not None:
        if info.attempt > 1:
            attempts.retries += 1
        if info.status_code == 429:
            attempts.rate_limited += 1
        queued: float = getattr(info, "queued", 0.0)
        if queued > _HELD_BACK:
            attempts.waits += 1
            attempts.waited += queued


class _AttemptTap:
    """The pipeline's attempt hook, chained: feeds `record_attempt`, then the user's hook."""

    __slots__ = ("inner",)

    def __init__(self, inner: Callable[[AttemptInfo], None] | None) -> None:
        self.inner = inner

    def __call__(self, info: AttemptInfo) -> None:
        record_attempt(info)
        if self.inner is not None:
            self.inner(info)


def watch_attempts(pipeline: Any) -> None:
    """Make `pipeline` report its attempts to bulk jobs (idempotent; a no-op if unsupported)."""
    if not hasattr(pipeline, "_on_attempt"):
        return
    hook = pipeline._on_attempt
    if not isinstance(hook, _AttemptTap):
        pipeline._on_attempt = _AttemptTap(hook)


# -- progress ---------------------------------------------------------------------------------


def _progress_bar(total: int | None) -> Any:
    """A tqdm bar on stderr, or None when tqdm is missing or stderr is not a terminal."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        return None
    try:
        tqdm = import_module("tqdm").tqdm
    except ImportError:
        logger.debug("progress=True ignored: tqdm is not installed (soracom-async[progress])")
        return None
    return tqdm(total=total, unit="item", desc="bulk", file=stream, dynamic_ncols=True)


# -- the engine -----------------------------------------------------------------------------------


_NOTHING: Any = object()
_SOURCE_CLOSE_TIMEOUT = 5.0


class _Job(Generic[I, R]):
    """One bulk job: workers taking items from the source and recording what happened."""

    def __init__(
        self,
        fn: Callable[[I], Awaitable[R]],
        items: Iterable[I] | AsyncIterable[I],
        *,
        concurrency: int | None,
        fail_fast: bool,
        progress: Progress,
        total: int | None,
        collect: bool,
    ) -> None:
        if concurrency is None:
            concurrency = DEFAULT_CONCURRENCY
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")
        if not callable(fn):
            raise TypeError(f"fn must be an async function, got {fn!r}")
        self.fn = fn
        self.sync_items: Iterator[I] | None = None
        self.async_items: AsyncIterator[I] | None = None
        if isinstance(items, AsyncIterable):
            self.async_items = items.__aiter__()
        elif isinstance(items, Iterable):
            if total is None and isinstance(items, Sized):
                total = len(items)
            self.sync_items = iter(items)
        else:
            raise TypeError(f"items must be an iterable or an async iterable, got {items!r}")
        self.feed: MemoryObjectReceiveStream[I] | None = None
        self.workers = 0
        self.concurrency = concurrency if total is None else max(1, min(concurrency, total))
        self.fail_fast = fail_fast
        self.total = total
        self.callback: ProgressCallback | None = progress if callable(progress) else None
        self.want_bar = bool(progress) and self.callback is None
        self.bar: Any = None
        self.results: list[R | None] | None = [] if collect else None
        self.errors: list[ItemError[I]] = []
        self.window: anyio.Semaphore | None = None
        self.taken = self.succeeded = self.failed = self.cancelled = 0
        self.retried = self.retries = self.rate_limited = self.rate_limit_waits = 0
        self.waited = 0.0
        self.stopping = False
        self.first_failure: ItemError[I] | None = None
        self.source_error: Exception | None = None
        self.started = time.monotonic()

    def stats(self) -> BulkStats:
        return BulkStats(
            done=self.succeeded + self.failed,
            succeeded=self.succeeded,
            failed=self.failed,
            cancelled=self.cancelled,
            retried=self.retried,
            retries=self.retries,
            rate_limited=self.rate_limited,
            rate_limit_waits=self.rate_limit_waits,
            waited=self.waited,
            total=self.total,
            elapsed=time.monotonic() - self.started,
        )

    async def run(self, emit: Callable[[Outcome[I, R]], Awaitable[None]] | None = None) -> None:
        self.started = time.monotonic()
        if self.want_bar:
            self.bar = _progress_bar(self.total)
        fed = False
        try:
            async with anyio.create_task_group() as tg:
                if self.async_items is not None:
                    send, self.feed = anyio.create_memory_object_stream[I](0)
                    tg.start_soon(self._feed, self.async_items, send)
                    fed = True
                self.workers = self.concurrency
                for _ in range(self.concurrency):
                    tg.start_soon(self._worker, tg.cancel_scope, emit)
        finally:
            self.stopping = True
            if self.feed is not None:
                self.feed.close()
            if self.bar is not None:
                self.bar.close()
            if not fed:
                await self.close_source()

    async def _feed(self, source: AsyncIterator[I], send: MemoryObjectSendStream[I]) -> None:
        """Advance an async source in one task of its own (so an async generator holding a
        cancel scope works), handing each item to the next free worker."""
        try:
            async with send:
                while not self.stopping:
                    try:
                        item = await source.__anext__()
                    except StopAsyncIteration:
                        return
                    except Exception as exc:
                        self._source_failed(exc)
                        return
                    try:
                        await send.send(item)
                    except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                        return  # every worker has stopped
        finally:
            await self.close_source()

    async def close_source(self) -> None:
        """Close an async source (a paginator: its prefetch is cancelled)."""
        aclose = getattr(self.async_items, "aclose", None)
        if aclose is not None:
            with anyio.move_on_after(_SOURCE_CLOSE_TIMEOUT, shield=True):
                await aclose()

    async def _take(self) -> tuple[int, I] | None:
        if self.stopping:
            return None
        if self.window is not None:
            await self.window.acquire()
        item: I
        if self.feed is not None:
            try:
                item = await self.feed.receive()
            except (anyio.EndOfStream, anyio.ClosedResourceError):
                self.stopping = True
                return None
        else:
            assert self.sync_items is not None
            item = next(self.sync_items, _NOTHING)
            if item is _NOTHING:
                self.stopping = True
                return None
        index = self.taken
        self.taken += 1
        if self.results is not None:
            self.results.append(None)
        return index, item

    def _source_failed(self, exc: Exception) -> None:
        logger.debug("bulk job: the items' source failed: %r", exc)
        self.source_error = exc
        self.stopping = True

    async def _worker(
        self, scope: anyio.CancelScope, emit: Callable[[Outcome[I, R]], Awaitable[None]] | None
    ) -> None:
        try:
            await self._work(scope, emit)
        finally:
            self.workers -= 1
            if self.workers == 0 and self.feed is not None:
                self.feed.close()  # the feeder stops too

    async def _work(
        self, scope: anyio.CancelScope, emit: Callable[[Outcome[I, R]], Awaitable[None]] | None
    ) -> None:
        fn = self.fn
        while True:
            try:
                taken = await self._take()
            except Exception as exc:  # a sync source raising from next()
                self._source_failed(exc)
                return
            if taken is None:
                return
            index, item = taken
            attempts = _Attempts()
            token = _ATTEMPTS.set(attempts)
            value: R | None = None
            error: Exception | None = None
            try:
                value = await fn(item)
            except Exception as exc:
                error = exc
            except BaseException:
                self.cancelled += 1
                raise
            finally:
                _ATTEMPTS.reset(token)
            self.retries += attempts.retries
            self.rate_limited += attempts.rate_limited
            self.rate_limit_waits += attempts.waits
            self.waited += attempts.waited
            if attempts.retries:
                self.retried += 1
            if error is None:
                self.succeeded += 1
                if self.results is not None:
                    self.results[index] = value
            else:
                self.failed += 1
                failure = ItemError(index, item, error)
                self.errors.append(failure)
                if self.fail_fast and self.first_failure is None:
                    self.stopping = True
                    self.first_failure = failure
                    scope.cancel()
            self._report(error)
            if emit is not None and not (self.fail_fast and error is not None):
                await emit(Outcome(index, item, value, error))

    def _report(self, error: Exception | None) -> None:
        if self.bar is not None:
            self.bar.update(1)
            if error is not None:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        if self.callback is not None:
            self.callback(self.stats())

    def result(self) -> BulkResult[I, R]:
        self.errors.sort(key=lambda e: e.index)
        return BulkResult(self.results or [], self.errors, self.stats())

    def raise_if_aborted(self) -> None:
        if self.source_error is not None:
            raise self.source_error
        if self.first_failure is not None:
            raise self.first_failure.error


async def bulk(
    fn: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    concurrency: int | None = DEFAULT_CONCURRENCY,
    fail_fast: bool = False,
    progress: Progress = None,
    total: int | None = None,
) -> BulkResult[I, R]:
    """Await `fn(item)` for every item, at most `concurrency` at a time; see the module doc."""
    job = _Job(
        fn,
        items,
        concurrency=concurrency,
        fail_fast=fail_fast,
        progress=progress,
        total=total,
        collect=True,
    )
    await job.run()
    job.raise_if_aborted()
    return job.result()


class BulkIterator(Generic[I, R]):
    """Async iterator over the `Outcome`s of a bulk job (see `bulk_iter`).

    The job starts on the first `__anext__` and runs beside the caller; `aclose()`, leaving
    `async with`, or dropping the iterator cancels the items in flight.
    """

    def __init__(self, job: _Job[I, R], *, ordered: bool) -> None:
        self._job = job
        self._ordered = ordered
        self._receive: MemoryObjectReceiveStream[Outcome[I, R]] | None = None
        self._background: Background | None = None
        self._closed = False
        self._ended = False
        self._pending: dict[int, Outcome[I, R]] = {}
        self._next = 0

    @property
    def stats(self) -> BulkStats:
        """The job's counts so far."""
        return self._job.stats()

    def summary(self) -> str:
        return summarize(self._job.stats())

    def __aiter__(self) -> BulkIterator[I, R]:
        return self

    async def __anext__(self) -> Outcome[I, R]:
        if self._pending:
            head = self._pending.pop(self._next, None)
            if head is None and self._ended:  # a gap left by a cancelled item: skip it
                head = self._pending.pop(min(self._pending))
            if head is not None:
                return self._handed_over(head)
        if self._ended:
            return self._end()
        receive = self._receive
        if receive is None:
            if self._closed:
                raise StopAsyncIteration
            receive = self._start()
        while True:
            try:
                outcome = await receive.receive()
            except (anyio.EndOfStream, anyio.ClosedResourceError):
                return self._end()
            if not self._ordered:
                return outcome
            if outcome.index == self._next:
                return self._handed_over(outcome)
            self._pending[outcome.index] = outcome

    def _handed_over(self, outcome: Outcome[I, R]) -> Outcome[I, R]:
        self._next = outcome.index + 1
        if self._job.window is not None:
            self._job.window.release()
        return outcome

    def _end(self) -> Outcome[I, R]:
        self._ended = True
        self._close_stream()
        if self._pending:
            return self._handed_over(self._pending.pop(min(self._pending)))
        if not self._closed:
            self._closed = True
            self._job.raise_if_aborted()
        raise StopAsyncIteration

    def _start(self) -> MemoryObjectReceiveStream[Outcome[I, R]]:
        job = self._job
        if self._ordered:
            job.window = anyio.Semaphore(2 * job.concurrency)
        send, receive = anyio.create_memory_object_stream[Outcome[I, R]](0)
        self._receive = receive
        self._background = Background(lambda: _stream(job, send), name="soracom-bulk")
        return receive

    def _close_stream(self) -> None:
        receive, self._receive = self._receive, None
        if receive is not None:
            receive.close()

    async def aclose(self) -> None:
        """Stop: cancel the items in flight and wait for them. Idempotent."""
        self._closed = True
        self._pending.clear()
        self._close_stream()
        background, self._background = self._background, None
        if background is not None:
            await background.aclose()
        else:
            await self._job.close_source()

    async def __aenter__(self) -> BulkIterator[I, R]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __del__(self) -> None:
        try:
            self._close_stream()
            if self._background is not None:
                self._background.cancel()
        except Exception:  # noqa: S110 - best effort: the event loop may be gone
            pass


async def _stream(job: _Job[I, R], send: MemoryObjectSendStream[Outcome[I, R]]) -> None:
    """Run `job` in the background task, sending each outcome to the iterator."""

    async def emit(outcome: Outcome[I, R]) -> None:
        try:
            await send.send(outcome)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError):
            job.stopping = True  # the caller has gone; let the items in flight finish

    async with send:
        try:
            await job.run(emit)
        except Exception as exc:  # a bug in a progress callback, say: surface it at the end
            if job.source_error is None:
                job.source_error = exc


def bulk_iter(
    fn: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    concurrency: int | None = DEFAULT_CONCURRENCY,
    ordered: bool = False,
    fail_fast: bool = False,
    progress: Progress = None,
    total: int | None = None,
) -> BulkIterator[I, R]:
    """Like `bulk()`, but streams an `Outcome` per item instead of collecting results."""
    job = _Job(
        fn,
        items,
        concurrency=concurrency,
        fail_fast=fail_fast,
        progress=progress,
        total=total,
        collect=False,
    )
    return BulkIterator(job, ordered=ordered)
