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
  the pipeline's per-attempt reports of the calls each item makes: each item's calls run
  inside `observe_attempts` (attempts.py), a context-local observer, so the counts hold
  whichever client makes the calls, and `bulk()` called directly counts them too.
* Outcome unknown: a `SoracomConnectionError` with `request_sent=True` from an operation whose
  method is not in the retry policy's idempotent set (a POST whose connection dropped after
  sending) is neither a success nor a failure: the write may have been applied. Such items are
  counted as `unknown` and listed in `BulkResult.unknown`, not in `errors`; `replay_safe=True`
  (fn only makes idempotent writes) makes them ordinary failures.
* Resumable jobs: `journal="job.db"` records every item's outcome durably in an SQLite file,
  keyed by `key(item)` (default: the item, when it is a string; a listing of models needs
  `key=`, e.g. `key=lambda sim: sim.sim_id`, and is refused without one before any request).
  A rerun with the same journal skips items done (`skipped`), reports items that failed
  (`failed_before`; `retry_failed=True` runs them again) and items whose outcome is unknown
  (`unknown`, never called again unless `retry_unknown=True`), and starts a paginator source
  at its checkpoint. Skipped items are still items of the job: they have an index, a slot in
  `results` (None), an `Outcome` in `bulk_iter` (its `status` says why) and a progress tick,
  so ordering, windows and totals work unchanged. The guarantee, the write order and why each
  choice was made are in journal.py. The engine is the same: the journal only adds a lookup
  before `fn` and the two commits around it, in the worker that runs the item.
* Progress: `progress=callable` is called with a `BulkStats` after every item;
  `progress=True` shows a tqdm bar on stderr when tqdm is installed
  (`pip install soracom-async[progress]`) and stderr is a terminal, and does nothing otherwise.
"""

from __future__ import annotations

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
from os import PathLike
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, Union

import anyio
import attrs

from .attempts import observe_attempts
from .errors import SoracomConnectionError, SoracomError
from .journal import JobJournal, JournalError, ListingCheckpoint, RecordedError, State
from .pagination import ItemIterator
from .retry import IDEMPOTENT_METHODS
from .tasks import Background

if TYPE_CHECKING:
    from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

    from .attempts import AttemptInfo
    from .journal import PendingPage

I = TypeVar("I")  # noqa: E741 - the item type
R = TypeVar("R")  # the result type

logger = logging.getLogger("soracom_async.bulk")

DEFAULT_CONCURRENCY = 16


@attrs.frozen
class BulkStats:
    """Counts of a bulk job so far (passed to progress callbacks) or in the end."""

    done: int
    """Items finished, whatever the outcome (skipped ones included)."""
    succeeded: int
    failed: int
    """Items whose `fn` raised in this run (outcome known: not `unknown`)."""
    cancelled: int
    """Items started and then cancelled (`fail_fast`, or the caller left)."""
    retried: int
    """Items whose calls needed more than one HTTP attempt."""
    retries: int
    """Extra HTTP attempts in all (beyond the first of each call)."""
    rate_limited: int
    """Answers that were 429 Too Many Requests (each then waited and retried)."""
    rate_limit_waits: int
    """Attempts the client's rate-limit scheduler held back before sending, to stay within the
    budget (waiting for a free connection is not counted: that is the concurrency you chose)."""
    waited: float
    """Seconds those attempts spent held back by the scheduler, added up."""
    total: int | None
    """The number of items, when known (a sized input, or `total=`)."""
    elapsed: float
    """Seconds since the job started."""
    unknown: int = 0
    """Items whose outcome is unknown: a non-idempotent request whose connection dropped after
    it was sent, or (with a journal) an item in flight when an earlier run stopped. Not
    called again unless `retry_unknown=True`."""
    skipped: int = 0
    """Items skipped because the journal has them done (by an earlier run)."""
    failed_before: int = 0
    """Items skipped because they failed in an earlier run (`retry_failed=True` retries them)."""


ProgressCallback = Callable[[BulkStats], object]
Progress = Union[ProgressCallback, bool, None]  # noqa: UP007 - a runtime alias on Python 3.10
ItemFunction = Callable[[I], Awaitable[R]]
"""The coroutine function a bulk job applies to each item."""
Items = Union[Iterable[I], AsyncIterable[I]]  # noqa: UP007
"""A bulk job's items: any iterable, or an async one such as a paginator."""
JournalPath = Union[str, "PathLike[str]"]
"""Where a job's journal lives: a file path."""


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


OutcomeStatus = Literal["succeeded", "failed", "unknown", "skipped", "failed_before"]
"""What happened to an item: `fn` succeeded or failed in this run; its outcome is unknown; or,
with a journal, it was skipped as done before, or as failed before."""


def _status_of(outcome: Outcome[Any, Any]) -> OutcomeStatus:
    return "succeeded" if outcome.error is None else "failed"


@attrs.frozen
class Outcome(Generic[I, R]):
    """What happened to one item (streamed by `bulk_iter`)."""

    index: int
    item: I
    result: R | None
    error: Exception | None
    """The typed error; for an item skipped by the journal, a `journal.RecordedError`."""
    status: OutcomeStatus = attrs.field(default=attrs.Factory(_status_of, takes_self=True))

    @property
    def ok(self) -> bool:
        return self.error is None


class BulkError(SoracomError):
    """Raised by `BulkResult.raise_for_errors()`: some items failed (the first is the cause)."""

    def __init__(self, result: BulkResult[Any, Any]) -> None:
        self.result = result
        self.errors = result.errors
        stats = result.stats
        first = result.first_problem
        more = ""
        if stats.unknown:
            more += f", {stats.unknown} with an unknown outcome"
        if stats.failed_before:
            more += f", {stats.failed_before} failed before"
        detail = f"; first: item #{first.index}: {first.error!r}" if first else ""
        super().__init__(f"{stats.failed} of {stats.done} items failed{more}{detail}")


@attrs.frozen
class BulkResult(Generic[I, R]):
    """The result of `bulk()`: per-item results in input order, failures, and counts."""

    results: list[R | None]
    """One entry per item taken, in input order; None where the item failed or was cancelled."""
    errors: list[ItemError[I]]
    """The items that failed in this run, by index."""
    stats: BulkStats
    unknown: list[ItemError[I]] = attrs.field(factory=list)
    """The items whose outcome is unknown, by index (never called again without
    `retry_unknown=True`): the error, or a `journal.RecordedError` for an earlier run's."""
    failed_before: list[ItemError[I]] = attrs.field(factory=list)
    """Items skipped because they failed in an earlier run (`journal.RecordedError`s)."""

    @property
    def ok(self) -> bool:
        """True when every item succeeded (now, or in an earlier run of the job)."""
        stats = self.stats
        return not (stats.failed or stats.cancelled or stats.unknown or stats.failed_before)

    @property
    def first_problem(self) -> ItemError[I] | None:
        """The first failed, unknown or failed-before item, by index."""
        problems = [p[0] for p in (self.errors, self.unknown, self.failed_before) if p]
        return min(problems, key=lambda p: p.index) if problems else None

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
        """Raise `BulkError` (caused by the first failure) if any item failed or has an
        unknown outcome, in this run or an earlier one; else self."""
        first = self.first_problem
        if first is not None:
            raise BulkError(self) from first.error
        return self

    def summary(self) -> str:
        """One line for humans, e.g. "1000 done in 5.2s: 998 succeeded, 2 failed, ..."."""
        return summarize(self.stats)


def summarize(stats: BulkStats) -> str:
    line = (
        f"{stats.done} done in {stats.elapsed:.1f}s: {stats.succeeded} succeeded, "
        f"{stats.failed} failed"
    )
    if stats.skipped:
        line += f", {stats.skipped} skipped (done before)"
    if stats.failed_before:
        line += f", {stats.failed_before} failed before (not retried)"
    if stats.unknown:
        line += f", {stats.unknown} outcome unknown"
    if stats.cancelled:
        line += f", {stats.cancelled} cancelled"
    return line + (
        f"; {stats.retried} retried, {stats.rate_limited} answered 429, "
        f"{stats.rate_limit_waits} paced to the rate limit"
    )


# -- per-item attempt counting ------------------------------------------------------------------


_HELD_BACK = 0.005
"""An attempt the scheduler held back longer than this (seconds) counts as a rate-limit wait."""


class _Attempts:
    """The tally of one item's HTTP attempts, fed by an attempt observer (attempts.py)."""

    __slots__ = ("rate_limited", "retries", "waited", "waits")

    def __init__(self) -> None:
        self.retries = 0
        self.rate_limited = 0
        self.waits = 0
        self.waited = 0.0

    def record(self, info: AttemptInfo) -> None:
        if info.attempt > 1:
            self.retries += 1
        if info.status_code == 429:
            self.rate_limited += 1
        if info.paced > _HELD_BACK:
            self.waits += 1
            self.waited += info.paced


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
_STATE_OF: dict[OutcomeStatus, State] = {
    "succeeded": "done",
    "failed": "failed",
    "unknown": "unknown",
}
"""The journal state of an outcome of `fn` in this run."""
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
        journal: JournalPath | None = None,
        key: Callable[[I], str] | None = None,
        retry_failed: bool = False,
        retry_unknown: bool = False,
        replay_safe: bool = False,
        idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS,
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
        self.journal = _journal_for(
            items,
            journal,
            key=key,
            retry_failed=retry_failed,
            retry_unknown=retry_unknown,
            replay_safe=replay_safe,
        )
        self.key = key
        self.replay_safe = replay_safe
        self.idempotent_methods = idempotent_methods
        self.paginator: ItemIterator[I] | None = (
            items if self.journal is not None and isinstance(items, ItemIterator) else None
        )
        self.listing: ListingCheckpoint | None = None
        self.listing_settled = False
        self.feed: MemoryObjectReceiveStream[tuple[I, PendingPage | None]] | None = None
        self.workers = 0
        self.concurrency = concurrency if total is None else max(1, min(concurrency, total))
        self.fail_fast = fail_fast
        self.total = total
        self.callback: ProgressCallback | None = progress if callable(progress) else None
        self.want_bar = bool(progress) and self.callback is None
        self.bar: Any = None
        self.results: list[R | None] | None = [] if collect else None
        self.errors: list[ItemError[I]] = []
        self.unknown_items: list[ItemError[I]] = []
        self.failed_before_items: list[ItemError[I]] = []
        self.window: anyio.Semaphore | None = None
        self.taken = self.succeeded = self.failed = self.cancelled = 0
        self.unknown = self.skipped = self.failed_before = 0
        self.retried = self.retries = self.rate_limited = self.rate_limit_waits = 0
        self.waited = 0.0
        self.stopping = False
        self.first_failure: ItemError[I] | None = None
        self.source_error: Exception | None = None
        self.started = time.monotonic()

    def stats(self) -> BulkStats:
        return BulkStats(
            done=self.succeeded + self.failed + self.unknown + self.skipped + self.failed_before,
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
            unknown=self.unknown,
            skipped=self.skipped,
            failed_before=self.failed_before,
        )

    async def run(self, emit: Callable[[Outcome[I, R]], Awaitable[None]] | None = None) -> None:
        self.started = time.monotonic()
        fed = False
        try:
            if self.journal is not None:
                self.journal.open()
                self._resume_listing()
            if self.want_bar:
                self.bar = _progress_bar(self.total)
            async with anyio.create_task_group() as tg:
                if self.async_items is not None:
                    send, self.feed = anyio.create_memory_object_stream[
                        tuple[I, "PendingPage | None"]
                    ](0)
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
            if self.journal is not None:
                self.journal.close()  # commits what is still staged, releases the lock

    def _resume_listing(self) -> None:
        """Start a paginator source at the journal's checkpoint of it (see journal.py)."""
        paginator = self.paginator
        if paginator is None or self.journal is None:
            return
        if paginator.position != (0, None):
            logger.debug("bulk job: the paginator was already iterated; no checkpoint kept")
            return
        listing = self.listing = self.journal.checkpoint(paginator.listing)
        if listing.start.end:
            logger.info("bulk journal %s: the listing was settled by an earlier run", listing)
            self.listing_settled = True
        elif listing.start.key is not None:
            logger.info("bulk journal %s: resuming the listing at its checkpoint", listing)
            paginator.start_at(listing.start.key)

    async def _feed(
        self, source: AsyncIterator[I], send: MemoryObjectSendStream[tuple[I, PendingPage | None]]
    ) -> None:
        """Advance an async source in one task of its own (so an async generator holding a
        cancel scope works), handing each item to the next free worker."""
        listing, paginator = self.listing, self.paginator
        try:
            async with send:
                while not self.stopping and not self.listing_settled:
                    try:
                        item = await source.__anext__()
                    except StopAsyncIteration:
                        if listing is not None:
                            listing.ended()
                        return
                    except Exception as exc:
                        self._source_failed(exc)
                        return
                    page = None
                    if listing is not None and paginator is not None:
                        page = listing.fed(*paginator.position)
                    try:
                        await send.send((item, page))
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

    async def _take(self) -> tuple[int, I, PendingPage | None] | None:
        if self.stopping:
            return None
        if self.window is not None:
            await self.window.acquire()
        item: I
        page: PendingPage | None = None
        if self.feed is not None:
            try:
                item, page = await self.feed.receive()
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
        return index, item, page

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
        while True:
            try:
                taken = await self._take()
            except Exception as exc:  # a sync source raising from next()
                self._source_failed(exc)
                return
            if taken is None:
                return
            index, item, page = taken
            if self.journal is None:
                outcome = await self._call(index, item)
            else:
                try:
                    outcome = await self._journaled(index, item)
                except (TypeError, JournalError) as exc:  # a bad key, or the journal failed
                    self._source_failed(exc)
                    scope.cancel()
                    return
            raised = self._record(outcome, scope)
            if self.listing is not None and page is not None:
                self.listing.settle(page, done=outcome.status in ("succeeded", "skipped"))
            self._report(outcome.error)
            if emit is not None and not raised:
                await emit(outcome)

    async def _call(self, index: int, item: I) -> Outcome[I, R]:
        """Await `fn(item)`, counting its HTTP attempts; never raises an `Exception`."""
        attempts = _Attempts()
        value: R | None = None
        error: Exception | None = None
        try:
            with observe_attempts(attempts.record):
                value = await self.fn(item)
        except Exception as exc:
            error = exc
        except BaseException:
            self.cancelled += 1
            raise
        self.retries += attempts.retries
        self.rate_limited += attempts.rate_limited
        self.rate_limit_waits += attempts.waits
        self.waited += attempts.waited
        if attempts.retries:
            self.retried += 1
        if error is None:
            return Outcome(index, item, value, None, "succeeded")
        return Outcome(index, item, None, error, self._classify(error))

    def _classify(self, error: Exception) -> OutcomeStatus:
        """ "unknown" for a request that may have been applied and must not be replayed."""
        if self.replay_safe or not isinstance(error, SoracomConnectionError):
            return "failed"
        if not error.request_sent:
            return "failed"
        if error.method is not None and error.method in self.idempotent_methods:
            return "failed"
        return "unknown"

    async def _journaled(self, index: int, item: I) -> Outcome[I, R]:
        """The write order of journal.py around `_call`: `started` committed before, the
        outcome committed after (and before anyone hears of it)."""
        journal = self.journal
        assert journal is not None
        key = self._key_of(item)
        action, prior = journal.plan(key)
        if action != "run":
            return Outcome(index, item, None, journal.skip_error(action, prior), action)
        if journal.begin(key, prior):
            try:
                await journal.commit()
            except BaseException:
                journal.abandon(key, prior)  # fn was never called
                raise
        outcome = await self._call(index, item)
        journal.finish(key, prior, _STATE_OF[outcome.status], outcome.error)
        await journal.commit()
        return outcome

    def _key_of(self, item: I) -> str:
        if self.key is None:
            if isinstance(item, str):
                return item
            raise TypeError(
                f"journal= records items by key, and these items are {type(item).__name__}, "
                "not strings: pass key=, e.g. key=lambda sim: sim.sim_id"
            )
        key = self.key(item)
        if not isinstance(key, str) or not key:
            raise TypeError(f"key= must return a non-empty str, got {key!r}")
        return key

    def _record(self, outcome: Outcome[I, R], scope: anyio.CancelScope) -> bool:
        """Count an outcome; True when it stops the job (`fail_fast`) and is to be raised."""
        status, index = outcome.status, outcome.index
        if status == "succeeded":
            self.succeeded += 1
            if self.results is not None:
                self.results[index] = outcome.result
            return False
        if status == "skipped":
            self.skipped += 1
            return False
        assert outcome.error is not None
        failure = ItemError(index, outcome.item, outcome.error)
        if status == "failed_before":
            self.failed_before += 1
            self.failed_before_items.append(failure)
            return False
        if status == "unknown":
            self.unknown += 1
            self.unknown_items.append(failure)
            if isinstance(outcome.error, RecordedError):
                return False  # an earlier run's: nothing new happened
        else:
            self.failed += 1
            self.errors.append(failure)
        if self.fail_fast and self.first_failure is None:
            self.stopping = True
            self.first_failure = failure
            scope.cancel()
        return self.fail_fast

    def _report(self, error: Exception | None) -> None:
        if self.bar is not None:
            self.bar.update(1)
            if error is not None:
                self.bar.set_postfix(failed=self.failed, refresh=False)
        if self.callback is not None:
            self.callback(self.stats())

    def result(self) -> BulkResult[I, R]:
        for failures in (self.errors, self.unknown_items, self.failed_before_items):
            failures.sort(key=lambda e: e.index)
        return BulkResult(
            self.results or [],
            self.errors,
            self.stats(),
            self.unknown_items,
            self.failed_before_items,
        )

    def raise_if_aborted(self) -> None:
        if self.source_error is not None:
            raise self.source_error
        if self.first_failure is not None:
            raise self.first_failure.error


def _journal_for(
    items: object,
    journal: JournalPath | None,
    *,
    key: Callable[[Any], str] | None,
    retry_failed: bool,
    retry_unknown: bool,
    replay_safe: bool,
) -> JobJournal | None:
    """The job's journal settings, checked before any I/O."""
    if journal is None:
        for name, value in (("key", key), ("retry_failed", retry_failed or None)):
            if value is not None:
                raise TypeError(f"{name}= applies to a journal: pass journal= too")
        if retry_unknown:
            raise TypeError("retry_unknown= applies to a journal: pass journal= too")
        return None
    if key is not None and not callable(key):
        raise TypeError(f"key= must be a function of the item returning a str, got {key!r}")
    if key is None and isinstance(items, ItemIterator):
        raise TypeError(
            "journal= records items by key, and a listing yields models: pass key=, "
            "e.g. key=lambda sim: sim.sim_id"
        )
    return JobJournal(
        journal, retry_failed=retry_failed, retry_unknown=retry_unknown, replay_safe=replay_safe
    )


async def bulk(
    fn: Callable[[I], Awaitable[R]],
    items: Iterable[I] | AsyncIterable[I],
    *,
    concurrency: int | None = DEFAULT_CONCURRENCY,
    fail_fast: bool = False,
    progress: Progress = None,
    total: int | None = None,
    journal: JournalPath | None = None,
    key: Callable[[I], str] | None = None,
    retry_failed: bool = False,
    retry_unknown: bool = False,
    replay_safe: bool = False,
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS,
) -> BulkResult[I, R]:
    """Await `fn(item)` for every item, at most `concurrency` at a time; see the module doc.

    `idempotent_methods` is the retry policy's (`client.bulk` passes its client's): a dropped
    connection of any other method, after sending, leaves the item's outcome unknown."""
    job = _Job(
        fn,
        items,
        concurrency=concurrency,
        fail_fast=fail_fast,
        progress=progress,
        total=total,
        collect=True,
        journal=journal,
        key=key,
        retry_failed=retry_failed,
        retry_unknown=retry_unknown,
        replay_safe=replay_safe,
        idempotent_methods=idempotent_methods,
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
    journal: JournalPath | None = None,
    key: Callable[[I], str] | None = None,
    retry_failed: bool = False,
    retry_unknown: bool = False,
    replay_safe: bool = False,
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS,
) -> BulkIterator[I, R]:
    """Like `bulk()`, but streams an `Outcome` per item instead of collecting results.

    With a journal, items it skips are streamed too (`Outcome.status` says why)."""
    job = _Job(
        fn,
        items,
        concurrency=concurrency,
        fail_fast=fail_fast,
        progress=progress,
        total=total,
        collect=False,
        journal=journal,
        key=key,
        retry_failed=retry_failed,
        retry_unknown=retry_unknown,
        replay_safe=replay_safe,
        idempotent_methods=idempotent_methods,
    )
    return BulkIterator(job, ordered=ordered)
