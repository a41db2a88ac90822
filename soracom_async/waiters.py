"""Waiters for the API's asynchronous operations: poll a job until it is done, then return it.

    started = await client.billing.export_billing(yyyy_mm="202501", export_mode="async")
    exported = await client.wait.export(started, save_to="bill.csv", timeout=600)
    query = await client.analysis.start_analysis_queries(body={"sql": sql, "from": t0, "to": t1})
    result = await client.wait.analysis_query(query.query_id)   # .url, .row_count, ...

Why: several operations only start work and answer a handle (an `exportedFileId`, a `queryId`,
an `exportId`, a batch `jobId`); the result appears later, behind a status operation. Every
caller would write the same loop, usually without backoff, deadline or a failure check. A
waiter is that loop, once, on top of `wait_until`:

- Each poll is an ordinary call of the status operation, so it goes through the client's one
  pipeline: paced into its group's rate-limit budget, retried by the retry policy (a 429 waits
  for the window), its token renewed when needed. A poll that still ends in `RateLimitError`
  once the policy gave up does not end the wait: the waiter backs off and polls again (the
  deadline bounds it). Any other error of a poll is raised as is.
- Between polls it sleeps with exponential backoff (`Backoff`, run by tenacity), so a quick
  job is seen soon and a long one costs one poll per `Backoff.maximum` seconds: the number of
  polls grows with the logarithm of the wait, then linearly at the cap.
- `timeout` is a deadline over the whole wait, polls included (default `DEFAULT_TIMEOUT`;
  None: no deadline). Past it, `WaitTimeoutError` with the last status seen; the job itself
  may still finish, so waiting again with the same ID is fine.
- Cancelling the caller cancels the wait where it is (a sleep, or a poll in flight: a GET,
  safe to abandon); nothing is left running.
- The statuses are the vendor document's, per kind (table below). A status the document lists
  as in progress is polled again; the done one returns; any other (a documented failure, or a
  value this pin does not know) raises `JobFailedError` carrying it and the last answer: a
  status the waiter cannot read as progress or success cannot give a result. A missing status
  is polled again.

    waiter                  status operation               in progress          done
    analysis_query          getAnalysisQueries             STARTING RUNNING     COMPLETED
                                                           EXPORTING
    export                  getExportedFile                processing           exported
    sora_cam_image_export   getSoraCamDeviceExportedImage  initializing         completed
    sora_cam_video_export   getSoraCamDeviceExportedVideo  processing retrying
    batch_job               getBatchJob                    pending running      completed
    order                   getOrder                       the statuses before  `status` or
                                                           `status` (see below) a later one

A batch job that ends `failed` (every task ran, one or more errored) or `aborted`
(`abortOnFailure` and a task errored) raises `JobFailedError`; its `resource` is the job
(getBatchJob's answer), whose `summary` counts the tasks that succeeded, errored and never
ran; listTasksOfBatchJob (`status="error"`) says which and why.

An order's `orderStatus` is a progression (orderProcessing, ordering, ordered, kitting,
shipped, receiving, received); `order(order_id, status="shipped")` returns once the order is
shipped or further along, and fails on cancelling, cancelled or failed.

`timeout=` is a waiter's own argument (not left to an outer `anyio.fail_after`): the deadline
ends the wait with `WaitTimeoutError`, which carries the last status seen.

Secrets: a presigned download URL is a credential for its file. It is returned (and kept out of
reprs); it is never logged nor put in an error's message.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Collection
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

import anyio
import attrs

from ._generated.types import Unset
from .contracts import OperationSpec
from .errors import (
    ConfigurationError,
    JobFailedError,
    MalformedResponseError,
    RateLimitError,
    WaitTimeoutError,
)
from .files import Download

if TYPE_CHECKING:
    import tenacity

    from ._generated.namespaces import TagNamespaces
    from .models import (
        BatchJobResponse,
        FileExportResponse,
        GetAnalysisQueriesResponse,
        GetExportedFileResponse,
        GetOrderResponse,
        SoraCamImageExportInfo,
        SoraCamVideoExportInfo,
    )
    from .pipeline import Pipeline

__all__ = ["DEFAULT_TIMEOUT", "Backoff", "ExportedFile", "Waiters", "wait_until"]

T = TypeVar("T")

logger = logging.getLogger("soracom_async.waiters")

DEFAULT_TIMEOUT = 900.0
"""Seconds a waiter waits unless told otherwise (15 minutes; `timeout=None`: no deadline)."""

ANALYSIS_PENDING = frozenset({"STARTING", "RUNNING", "EXPORTING"})
ANALYSIS_DONE = frozenset({"COMPLETED"})
EXPORT_PENDING = frozenset({"processing"})
EXPORT_DONE = frozenset({"exported"})
SORA_CAM_PENDING = frozenset({"initializing", "processing", "retrying"})
SORA_CAM_DONE = frozenset({"completed"})
BATCH_JOB_PENDING = frozenset({"pending", "running"})
BATCH_JOB_DONE = frozenset({"completed"})
ORDER_PROGRESS = (
    "orderProcessing",
    "ordering",
    "ordered",
    "kitting",
    "shipped",
    "receiving",
    "received",
)
"""`orderStatus` values in the order an order passes through them (the document's list)."""


def _non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ConfigurationError(f"Backoff.{attribute.name} must be a number >= 0, got {value!r}")


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    _non_negative(instance, attribute, value)
    if value == 0:
        raise ConfigurationError(f"Backoff.{attribute.name} must be > 0, got {value!r}")


def _at_least_one(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    _non_negative(instance, attribute, value)
    if value < 1:
        raise ConfigurationError(f"Backoff.{attribute.name} must be >= 1, got {value!r}")


@attrs.frozen(kw_only=True)
class Backoff:
    """How long a waiter sleeps between polls: `initial * multiplier**(n-1)` seconds after the
    n-th poll, capped at `maximum`, plus a random `0..jitter` seconds (tenacity's
    `wait_exponential` plus `wait_random`). The jitter only lengthens a wait, so callers
    started together drift apart while the count of polls in a given time stays under the
    backoff's bound."""

    initial: float = attrs.field(default=1.0, validator=_positive)
    multiplier: float = attrs.field(default=2.0, validator=_at_least_one)
    maximum: float = attrs.field(default=30.0, validator=_positive)
    jitter: float = attrs.field(default=1.0, validator=_non_negative)

    def strategy(self) -> tenacity.wait.wait_base:
        """This backoff as tenacity's wait strategy (what `wait_until` sleeps by)."""
        import tenacity  # imported on first use, as by the retry policy

        exponential = tenacity.wait_exponential(
            multiplier=self.initial, max=self.maximum, exp_base=self.multiplier
        )
        return exponential + tenacity.wait_random(0, self.jitter)


DEFAULT_BACKOFF = Backoff()


def _check_timeout(timeout: float | None) -> None:
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ConfigurationError(
            f"timeout must be a number of seconds > 0 or None, got {timeout!r}"
        )


def _check_id(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{name} must be a non-empty str, got {value!r}")
    return value


def _never(result: object) -> bool:
    return False


def _no_status(result: object) -> str | None:
    return None


@attrs.define
class _Progress:
    """What a wait has seen so far (for its errors and its log)."""

    name: str
    ident: str | None
    polls: int = 0
    last: object = None
    last_status: str | None = None


async def wait_until(
    poll: Callable[[], Awaitable[T]],
    *,
    done: Callable[[T], bool],
    failed: Callable[[T], bool] = _never,
    status: Callable[[T], str | None] = _no_status,
    timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
    backoff: Backoff | None = None,
    name: str = "wait_until",
    ident: str | None = None,
) -> T:
    """Await `poll()` until `done(result)`, sleeping with `backoff` between polls; return that
    result. The named waiters of `client.wait` are built on it.

    `failed(result)` true raises `JobFailedError` (with `status(result)` and the result);
    `timeout` seconds after the start (polls included) `WaitTimeoutError` is raised, unless it
    is None. A poll raising `RateLimitError` (its retries exhausted) is polled again after the
    backoff; any other exception of `poll` is raised. Bad arguments are a `ConfigurationError`
    before the first poll. `name` and `ident` name the wait in errors and logs.
    """
    _check_timeout(timeout)
    if not callable(poll):
        raise ConfigurationError(f"poll must be an async callable, got {type(poll).__name__}")
    pace = backoff if backoff is not None else DEFAULT_BACKOFF
    if not isinstance(pace, Backoff):
        raise ConfigurationError(f"backoff must be a Backoff, got {type(pace).__name__}")
    progress = _Progress(name, ident)
    with anyio.move_on_after(timeout) as deadline:
        return await _poll_until(poll, done, failed, status, pace, progress)
    assert deadline.cancelled_caught and timeout is not None
    logger.debug("%s %s: deadline passed after %d poll(s)", name, ident, progress.polls)
    raise WaitTimeoutError(
        name=name,
        ident=ident,
        timeout=timeout,
        last_status=progress.last_status,
        last=progress.last,
        polls=progress.polls,
    )


async def _poll_until(
    poll: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    failed: Callable[[T], bool],
    status: Callable[[T], str | None],
    backoff: Backoff,
    progress: _Progress,
) -> T:
    """The polling loop, as tenacity runs it: poll again while the result is not done (or the
    poll was rate-limited), sleeping the backoff's wait; a failure ends it with its error."""
    import tenacity

    async def attempt() -> T:
        try:
            result = await poll()
        except RateLimitError:
            progress.polls += 1
            logger.debug(
                "%s %s: poll %d rate-limited", progress.name, progress.ident, progress.polls
            )
            raise
        progress.polls += 1
        progress.last, progress.last_status = result, status(result)
        logger.debug(
            "%s %s: poll %d status %s",
            progress.name,
            progress.ident,
            progress.polls,
            progress.last_status,
        )
        if not done(result) and failed(result):
            raise JobFailedError(
                name=progress.name,
                ident=progress.ident,
                status=progress.last_status,
                resource=result,
                polls=progress.polls,
            )
        return result

    retrying = tenacity.AsyncRetrying(
        retry=(
            tenacity.retry_if_exception_type(RateLimitError)
            | tenacity.retry_if_result(lambda result: not done(result))
        ),
        wait=backoff.strategy(),
        stop=tenacity.stop_never,
        sleep=anyio.sleep,
        reraise=True,
    )
    return await retrying(attempt)


def _status_of(value: object) -> str | None:
    if value is None or isinstance(value, Unset):
        return None
    return str(value)


@attrs.frozen
class _Statuses:
    """A kind's documented statuses: pending ones are polled again, done ones end the wait,
    and every other value (a documented failure, or one the pin does not list) is a failure."""

    pending: Collection[str]
    done: Collection[str]

    def is_done(self, status: str | None) -> bool:
        return status is not None and status in self.done

    def is_failed(self, status: str | None) -> bool:
        return status is not None and status not in self.pending and status not in self.done


@attrs.frozen
class ExportedFile:
    """A finished export (`client.wait.export`): where to download it, and where it was saved.

    `url` is the presigned download URL (a credential for the file until it expires: kept out
    of the repr). `saved_to` and `size` are set when the waiter downloaded the file."""

    exported_file_id: str | None
    url: str = attrs.field(repr=False)
    saved_to: Path | None = None
    size: int | None = None
    """Bytes written to `saved_to`."""


class Waiters:
    """`client.wait`: one waiter per kind of asynchronous operation (see the module docstring).

    Every waiter takes `timeout` (seconds, or None) and `backoff` (a `Backoff`) keyword-only."""

    def __init__(self, api: TagNamespaces, pipeline: Pipeline) -> None:
        self._api = api
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return (
            "<Waiters analysis_query export sora_cam_image_export sora_cam_video_export "
            "batch_job order>"
        )

    async def analysis_query(
        self,
        query_id: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> GetAnalysisQueriesResponse:
        """Wait for the SQL query `query_id` (from `startAnalysisQueries`) to be COMPLETED;
        returns getAnalysisQueries' answer (`url` of the result file, `row_count`, ...)."""
        ident = _check_id("query_id", query_id)
        statuses = _Statuses(ANALYSIS_PENDING, ANALYSIS_DONE)
        get = self._api.analysis.get_analysis_queries

        async def poll() -> GetAnalysisQueriesResponse:
            return await get(query_id=ident)

        return await self._statused(poll, statuses, "analysis_query", ident, timeout, backoff)

    async def export(
        self,
        export: FileExportResponse | str,
        *,
        save_to: str | os.PathLike[str] | IO[bytes] | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> ExportedFile:
        """Wait for an `export_mode="async"` export (exportBilling, exportLatestBilling,
        exportAirStats, exportBeamStats, exportFunkStats, exportFunnelStats,
        exportHarvestStats, exportPaymentStatement, exportSubscribers) to be exported.

        `export` is the export operation's answer, or its `exportedFileId`. An answer that
        already holds a `url` (`export_mode="sync"`) is not polled. `save_to` (a path, or a
        binary file object opened "wb") downloads the file there, streamed, without any of the
        client's credentials. Returns an `ExportedFile`.
        """
        _check_timeout(timeout)
        if (
            save_to is not None
            and not isinstance(save_to, (str, os.PathLike))
            and not callable(getattr(save_to, "write", None))
        ):
            raise ConfigurationError(
                f"save_to must be a path or a binary file object, got {type(save_to).__name__}"
            )
        ident, ready_url = _export_handle(export)
        if ready_url is None:
            assert ident is not None
            ready_url = await self._exported_url(ident, timeout, backoff)
        if save_to is None:
            return ExportedFile(ident, ready_url)
        async with self.download(ready_url) as download:
            size = await download.save(save_to)
        saved = Path(save_to) if isinstance(save_to, (str, os.PathLike)) else None
        return ExportedFile(ident, ready_url, saved, size)

    async def _exported_url(
        self, ident: str, deadline: float | None, backoff: Backoff | None
    ) -> str:
        statuses = _Statuses(EXPORT_PENDING, EXPORT_DONE)
        get = self._api.files.get_exported_file

        async def poll() -> GetExportedFileResponse:
            return await get(exported_file_id=ident)

        final = await self._statused(poll, statuses, "export", ident, deadline, backoff)
        url = final.url
        if not isinstance(url, str) or not url:
            raise MalformedResponseError(
                200, operation_id="getExportedFile", reason="status exported without a url"
            )
        return url

    async def sora_cam_image_export(
        self,
        device_id: str,
        export_id: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> SoraCamImageExportInfo:
        """Wait for a SoraCam still-image export (exportSoraCamDeviceRecordedImage) to be
        completed; returns getSoraCamDeviceExportedImage's answer (`url`, `expiry_time`)."""
        device = _check_id("device_id", device_id)
        ident = _check_id("export_id", export_id)
        get = self._api.sora_cam.get_sora_cam_device_exported_image

        async def poll() -> SoraCamImageExportInfo:
            return await get(device_id=device, export_id=ident)

        statuses = _Statuses(SORA_CAM_PENDING, SORA_CAM_DONE)
        return await self._statused(
            poll, statuses, "sora_cam_image_export", ident, timeout, backoff
        )

    async def sora_cam_video_export(
        self,
        device_id: str,
        export_id: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> SoraCamVideoExportInfo:
        """Wait for a SoraCam video export (exportSoraCamDeviceRecordedVideo) to be completed;
        returns getSoraCamDeviceExportedVideo's answer (`url`, `expiry_time`)."""
        device = _check_id("device_id", device_id)
        ident = _check_id("export_id", export_id)
        get = self._api.sora_cam.get_sora_cam_device_exported_video

        async def poll() -> SoraCamVideoExportInfo:
            return await get(device_id=device, export_id=ident)

        statuses = _Statuses(SORA_CAM_PENDING, SORA_CAM_DONE)
        return await self._statused(
            poll, statuses, "sora_cam_video_export", ident, timeout, backoff
        )

    async def batch_job(
        self,
        batch_group_id: str,
        job_id: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> BatchJobResponse:
        """Wait for batch job `job_id` of batch group `batch_group_id` (from createBatchJob)
        to be completed; returns getBatchJob's answer. `failed` and `aborted` raise
        `JobFailedError` carrying the job (its `summary` counts the failed tasks)."""
        group = _check_id("batch_group_id", batch_group_id)
        ident = _check_id("job_id", job_id)
        get = self._api.batch.get_batch_job

        async def poll() -> BatchJobResponse:
            return await get(batch_group_id=group, job_id=ident)

        statuses = _Statuses(BATCH_JOB_PENDING, BATCH_JOB_DONE)
        return await self._statused(poll, statuses, "batch_job", ident, timeout, backoff)

    async def order(
        self,
        order_id: str,
        *,
        status: str = "shipped",
        timeout: float | None = DEFAULT_TIMEOUT,  # noqa: ASYNC109 (see the module docstring)
        backoff: Backoff | None = None,
    ) -> GetOrderResponse:
        """Wait for order `order_id` to reach `status` (one of `ORDER_PROGRESS`) or a later
        one; returns getOrder's answer. Cancelling, cancelled and failed are failures. Orders
        take days: give a `timeout` to match (and a `backoff` with a larger `maximum`)."""
        ident = _check_id("order_id", order_id)
        if status not in ORDER_PROGRESS:
            raise ConfigurationError(
                f"status must be one of {', '.join(ORDER_PROGRESS)}; got {status!r}"
            )
        reached = ORDER_PROGRESS.index(status)
        statuses = _Statuses(ORDER_PROGRESS[:reached], ORDER_PROGRESS[reached:])
        get = self._api.order.get_order

        async def poll() -> GetOrderResponse:
            return await get(order_id=ident)

        return await wait_until(
            poll,
            done=lambda order: statuses.is_done(_status_of(order.order_status)),
            failed=lambda order: statuses.is_failed(_status_of(order.order_status)),
            status=lambda order: _status_of(order.order_status),
            timeout=timeout,
            backoff=backoff,
            name="order",
            ident=ident,
        )

    def download(self, url: str) -> Download:
        """Stream a download URL a waiter returned (an export's, an analysis result's, a
        SoraCam export's), sent without any of the client's credentials or headers:

            async with client.wait.download(exported.url) as download:
                await download.save("export.csv")     # or: async for chunk in download
        """
        parts = urlsplit(url) if isinstance(url, str) else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigurationError("url must be an absolute http(s) URL")
        spec = OperationSpec("download", "GET", parts.path or "/", "Files", auth=False)
        opening = self._pipeline.url_opener(spec, url)
        return Download(opening, self._pipeline.open_streams, spec.operation_id)

    async def _statused(
        self,
        poll: Callable[[], Awaitable[T]],
        statuses: _Statuses,
        name: str,
        ident: str,
        deadline: float | None,
        backoff: Backoff | None,
    ) -> T:
        """`wait_until` over a model whose `status` field carries the kind's statuses."""

        def status(result: T) -> str | None:
            return _status_of(getattr(result, "status", None))

        return await wait_until(
            poll,
            done=lambda result: statuses.is_done(status(result)),
            failed=lambda result: statuses.is_failed(status(result)),
            status=status,
            timeout=deadline,
            backoff=backoff,
            name=name,
            ident=ident,
        )


def _export_handle(export: object) -> tuple[str | None, str | None]:
    """(exportedFileId, url) of an export's answer or ID; a ConfigurationError when it has
    neither (an answer of another operation)."""
    if isinstance(export, str):
        return _check_id("export", export), None
    ident = getattr(export, "exported_file_id", None)
    url = getattr(export, "url", None)
    if isinstance(ident, str) and ident:
        return ident, None
    if isinstance(url, str) and url:
        return None, url
    raise ConfigurationError(
        "export must be an export operation's answer (FileExportResponse) with an "
        f"exportedFileId (export_mode='async') or a url, or the exportedFileId; got "
        f"{type(export).__name__}"
    )
