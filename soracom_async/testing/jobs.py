"""The API's asynchronous operations as jobs on the emulator's clock: pending a while, then done.

What the document describes, and the emulator now does (each job's times read `Clock`, so a
test finishes a job by advancing it):

- Exports with `export_mode=async` (exportBilling, exportLatestBilling, exportAirStats,
  exportBeamStats, exportFunkStats, exportFunnelStats, exportHarvestStats,
  exportPaymentStatement, exportSubscribers) answer `{exportedFileId, exportedFilePath}`;
  getExportedFile answers `processing` until the job is ready, then `exported` with a `url`
  presigned on the storage origin (storage.py, the emulator's clock for its expiry) whose
  content is a small CSV of the export. `export_mode=sync` (the default) answers the `url` at
  once.
- startAnalysisQueries answers a `queryId`; getAnalysisQueries goes STARTING, RUNNING,
  EXPORTING (each a third of the pending time), then COMPLETED with the result's `url`
  (a gzipped CSV on the storage origin), `rowCount`, `fileSize` and `columnInfo`.
- exportSoraCamDeviceRecordedImage / Video answer `initializing`; the get goes `processing`
  half-way, then `completed` with a `url` and an `expiryTime` 10 minutes later, after which
  the export is `expired` (the document's rule). Any device ID is accepted.

Unknown job IDs are 404. A job that is told to fail ends, when it is ready, in the kind's
failure status: `failed` for exports and SoraCam exports (or another SoraCam failure status,
`limitExceeded`), and `FAILED` for an analysis query (the document lists no failure status for
them; an undocumented value is what a client must be ready for). Tests steer it in Python:

    book = jobs_of(emu.state)
    book.pending_seconds = 30.0      # how long new jobs stay pending (emulator clock)
    book.fail_next()                 # the next job started fails (count=, status=)
    emu.clock.advance(30)            # every job started before is now ready
    book.polls(job_id)               # status requests the job has answered

These jobs are not in the SoraCam export listings (listSoraCamDevice*Exports stay derived).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import uuid
import weakref
import zipfile
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .files import FileObject
from .handlers import HANDLERS, handler
from .state import EmulatorState
from .storage import publish

DEFAULT_PENDING_SECONDS = 5.0
"""Emulator-clock seconds a new job stays pending unless `JobBook.pending_seconds` says."""
SORA_CAM_URL_SECONDS = 600
"""A SoraCam export's URL "becomes unusable 10 minutes after export completion"."""
EXPORT_BUCKET = "soracom-exported-files"
EXPORT_OPERATIONS = (
    "exportBilling",
    "exportLatestBilling",
    "exportAirStats",
    "exportBeamStats",
    "exportFunkStats",
    "exportFunnelStats",
    "exportHarvestStats",
    "exportPaymentStatement",
    "exportSubscribers",
)
_OPERATOR_SCOPED = frozenset(op for op in EXPORT_OPERATIONS if op.endswith("Stats"))
_FAILURES = {"export": "failed", "analysis": "FAILED", "sora_cam": "failed"}
_SORA_CAM_FAILURES = frozenset({"failed", "limitExceeded"})


@dataclass
class Job:
    """One asynchronous job: what it is, when it is ready, and how it ends."""

    job_id: str
    kind: str  # "export", "analysis", "sora_cam"
    operation_id: str
    started: float
    ready_at: float
    failure: str | None = None
    """The status it ends in instead of success (None: it succeeds)."""
    content: bytes = b""
    filename: str = "export.csv"
    content_type: str = "text/csv"
    extra: dict[str, Any] = field(default_factory=dict)
    polls: int = 0
    url: str | None = None


@dataclass
class JobBook:
    """The jobs of one emulator's state, and the controls tests steer them with."""

    pending_seconds: float = DEFAULT_PENDING_SECONDS
    jobs: dict[str, Job] = field(default_factory=dict)
    _failures: deque[str] = field(default_factory=deque)

    def fail_next(self, count: int = 1, *, status: str | None = None) -> None:
        """Make the next `count` jobs started fail when they are ready, in `status` (default:
        the kind's failure status; for SoraCam exports also "limitExceeded")."""
        if count < 1:
            raise ValueError("count must be >= 1")
        if status is not None and status not in _SORA_CAM_FAILURES:
            raise ValueError(f"status must be one of {sorted(_SORA_CAM_FAILURES)}")
        self._failures.extend([status or ""] * count)

    def polls(self, job_id: str) -> int:
        """How many status requests the job has answered."""
        return self.jobs[job_id].polls

    def clear(self) -> None:
        self.jobs.clear()
        self._failures.clear()
        self.pending_seconds = DEFAULT_PENDING_SECONDS

    def start(self, kind: str, operation_id: str, job_id: str, now: float) -> Job:
        failure: str | None = None
        if self._failures:
            wanted = self._failures.popleft()
            failure = wanted if wanted and kind == "sora_cam" else _FAILURES[kind]
        job = Job(job_id, kind, operation_id, now, now + self.pending_seconds, failure)
        self.jobs[job_id] = job
        return job

    def find(self, job_id: str, kind: str, resource: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None or job.kind != kind:
            raise ApiError(404, "SEM0001", resource=resource, ident=job_id)
        job.polls += 1
        return job


_BOOKS: weakref.WeakKeyDictionary[EmulatorState, JobBook] = weakref.WeakKeyDictionary()
_COUNTER = itertools.count(1)


def jobs_of(state: EmulatorState) -> JobBook:
    """The job book of `state` (`emu.state`), created on first use."""
    book = _BOOKS.get(state)
    if book is None:
        book = _BOOKS[state] = JobBook()
    return book


def _ok(ctx: RequestContext, body: Any) -> Result:
    return Result(ctx.op.success.status, body)


def _new_id(ctx: RequestContext, kind: str) -> uuid.UUID:
    seed = f"{ctx.state.operator_id}:{kind}:{next(_COUNTER)}:{ctx.services.clock.now()}"
    return uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4)


def _publish(ctx: RequestContext, job: Job) -> str:
    """The job's file on the storage origin; a fresh presigned URL to it."""
    key = f"{job.job_id}/{job.filename}"
    presigner = ctx.services.presigner
    operator = ctx.state.operator_id
    now_ms = ctx.services.clock.now_ms()
    digest = hashlib.md5(job.content, usedforsecurity=False).hexdigest()
    obj = FileObject(job.content, job.content_type, f'"{digest}"', now_ms, now_ms)
    publish(ctx.state, presigner.path(operator, "exported", key, bucket=EXPORT_BUCKET), obj)
    base = ctx.services.storage_url or f"http://{ctx.host}"
    return presigner.url(base, operator, "exported", key, bucket=EXPORT_BUCKET)


# -- exports -----------------------------------------------------------------------------------


def _export_csv(ctx: RequestContext, job_id: str) -> bytes:
    """A small CSV of what was exported: the operation and its parameters, one per row."""
    rows = ["exportedFileId,operation,parameter,value", f"{job_id},{ctx.op.operation_id},,"]
    for name, value in sorted(ctx.params.items()):
        rows.append(f"{job_id},{ctx.op.operation_id},{name},{value}")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    for name, value in sorted(body.items()):
        rows.append(f"{job_id},{ctx.op.operation_id},body.{name},{value}")
    return ("\n".join(rows) + "\n").encode()


@handler(*EXPORT_OPERATIONS)
def start_export(ctx: RequestContext) -> Result:
    if ctx.op.operation_id in _OPERATOR_SCOPED and (
        ctx.params.get("operator_id") != ctx.state.operator_id
    ):
        raise ApiError(ctx.op.fallback_status(403, 400), "COM0009", detail="not your operator ID")
    book = jobs_of(ctx.state)
    job_id = f"fe_{_new_id(ctx, 'export')}"
    if ctx.params.get("export_mode") != "async":
        job = Job(job_id, "export", ctx.op.operation_id, 0.0, 0.0)
        job.content = _export_csv(ctx, job_id)
        return _ok(ctx, {"url": _publish(ctx, job)})
    job = book.start("export", ctx.op.operation_id, job_id, ctx.services.clock.now())
    job.content = _export_csv(ctx, job_id)
    return _ok(ctx, {"exportedFileId": job_id, "exportedFilePath": f"//files/exported/{job_id}"})


@handler("getExportedFile")
def get_exported_file(ctx: RequestContext) -> Result:
    job = jobs_of(ctx.state).find(str(ctx.params.get("exported_file_id")), "export", "File")
    if ctx.services.clock.now() < job.ready_at:
        return _ok(ctx, {"status": "processing"})
    if job.failure is not None:
        return _ok(ctx, {"status": job.failure})
    return _ok(ctx, {"status": "exported", "url": _publish(ctx, job)})


# -- Analysis SQL queries -------------------------------------------------------------------------

_COLUMNS = [
    {"databaseType": "FIXED", "name": "ICCID", "type": "string"},
    {"databaseType": "TEXT", "name": "IMSI", "type": "string"},
    {"databaseType": "TIMESTAMP_TZ", "name": "TIMESTAMP", "type": "Time"},
]


def _analysis_csv(ctx: RequestContext) -> tuple[bytes, int]:
    state = ctx.state
    rows = ["ICCID,IMSI,TIMESTAMP"]
    for index, sim_id in enumerate(state.sim_order[:10]):
        view = state.subscriber_view(state.sims[sim_id])
        rows.append(f"{view.get('iccid') or ''},{view.get('imsi') or ''},{1_700_000_000 + index}")
    text = "\n".join(rows) + "\n"
    return gzip.compress(text.encode(), mtime=0), len(rows) - 1


@handler("startAnalysisQueries")
def start_analysis_query(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    if not isinstance(body.get("sql"), str) or not body["sql"].strip():
        raise ApiError(400, "COM0003", name="sql", detail="a SQL query is required")
    job_id = _new_id(ctx, "analysis").hex
    job = jobs_of(ctx.state).start(
        "analysis", ctx.op.operation_id, job_id, ctx.services.clock.now()
    )
    job.content, job.extra["rowCount"] = _analysis_csv(ctx)
    job.filename, job.content_type = f"{job_id}.csv.gz", "application/gzip"
    return _ok(ctx, {"queryId": job_id})


@handler("getAnalysisQueries")
def get_analysis_query(ctx: RequestContext) -> Result:
    job = jobs_of(ctx.state).find(str(ctx.params.get("query_id")), "analysis", "Query")
    now = ctx.services.clock.now()
    if now < job.ready_at:
        span = max(job.ready_at - job.started, 1e-9)
        phase = int(3 * (now - job.started) / span)
        return _ok(ctx, {"status": ("STARTING", "RUNNING", "EXPORTING")[min(phase, 2)]})
    if job.failure is not None:
        return _ok(ctx, {"status": job.failure})
    return _ok(
        ctx,
        {
            "status": "COMPLETED",
            "url": _publish(ctx, job),
            "rowCount": job.extra["rowCount"],
            "fileSize": len(job.content),
            "uncompressedFileSize": len(gzip.decompress(job.content)),
            "columnInfo": _COLUMNS,
            "sqlExecTime": int(job.ready_at - job.started),
            "sqlExportTime": 0,
            "usedExecCount": sum(
                1 for j in jobs_of(ctx.state).jobs.values() if j.kind == "analysis"
            ),
        },
    )


# -- SoraCam exports ------------------------------------------------------------------------------


def _video_zip(device_id: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{device_id}.mp4", b"\x00\x00\x00\x18ftypmp42 emulated video\n")
    return buffer.getvalue()


@handler("exportSoraCamDeviceRecordedImage", "exportSoraCamDeviceRecordedVideo")
def start_sora_cam_export(ctx: RequestContext) -> Result:
    device_id = str(ctx.params.get("device_id"))
    now = ctx.services.clock.now()
    job_id = str(_new_id(ctx, "sora_cam"))
    job = jobs_of(ctx.state).start("sora_cam", ctx.op.operation_id, job_id, now)
    job.extra["deviceId"] = device_id
    if ctx.op.operation_id.endswith("Image"):
        job.content = b"\xff\xd8\xff\xe0 emulated jpeg\xff\xd9"
        job.filename, job.content_type = f"{device_id}.jpg", "image/jpeg"
    else:
        job.content = _video_zip(device_id)
        job.filename, job.content_type = f"{device_id}.zip", "application/zip"
    return _ok(ctx, _sora_cam_info(ctx, job, "initializing"))


def _sora_cam_info(ctx: RequestContext, job: Job, status: str) -> dict[str, Any]:
    return {
        "deviceId": job.extra["deviceId"],
        "exportId": job.job_id,
        "operatorId": ctx.state.operator_id,
        "requestedTime": int(job.started * 1000),
        "status": status,
    }


@handler("getSoraCamDeviceExportedImage", "getSoraCamDeviceExportedVideo")
def get_sora_cam_export(ctx: RequestContext) -> Result:
    resource = "Export" if ctx.op.operation_id.endswith("Image") else "Video export"
    job = jobs_of(ctx.state).find(str(ctx.params.get("export_id")), "sora_cam", resource)
    wanted = "Image" if ctx.op.operation_id.endswith("Image") else "Video"
    if job.extra["deviceId"] != ctx.params.get("device_id") or not job.operation_id.endswith(
        wanted
    ):
        raise ApiError(404, "SEM0001", resource=resource, ident=job.job_id)
    now = ctx.services.clock.now()
    if now < job.ready_at:
        halfway = now >= (job.started + job.ready_at) / 2
        return _ok(ctx, _sora_cam_info(ctx, job, "processing" if halfway else "initializing"))
    if job.failure is not None:
        return _ok(ctx, _sora_cam_info(ctx, job, job.failure))
    expiry = job.ready_at + SORA_CAM_URL_SECONDS
    if now >= expiry:
        return _ok(ctx, _sora_cam_info(ctx, job, "expired"))
    if job.url is None:
        job.url = _publish(ctx, job)
    info = _sora_cam_info(ctx, job, "completed")
    info.update(url=job.url, expiryTime=int(expiry * 1000))
    return _ok(ctx, info)


REGISTERED: tuple[str, ...] = tuple(
    op for op, fn in HANDLERS.items() if getattr(fn, "__module__", "") == __name__
)
"""The operations this module answers (imported by core.py, which registers them)."""
