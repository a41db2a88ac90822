"""Soracom batch jobs, executed for real: each task is an API request run on the caller's state.

What the document says, and the emulator does:

- createBatchJob takes `tasks` (`{request: {path, method, body}}`), runs them "using the
  permissions of the user that created the batch job" and answers the job, `pending`. Its
  system limits are 400s before anything runs: every task must name one of the supported APIs
  (`SUPPORTED`: activateSim, deactivateSim, setSimToStandby, suspendSim, setSimGroup,
  unsetSimGroup, putSimTags, putVirtualPrivateGatewayIpAddressMapEntry), one API action per job
  (mixing two is a 400), at most `MAX_TASKS` (10,000) tasks, and only one job per API action
  may be pending or running for an operator at a time (across its batch groups). An unknown
  batch group is a 404.
- getBatchJob / listBatchJobs answer `pending` (no task run yet), `running`, then `completed`
  (every task succeeded), `failed` (all ran, one or more errored) or `aborted`
  (`abortOnFailure` and a task errored: the job stops there, later tasks stay `pending` and
  are never applied). `summary` counts pending, success and error tasks.
- listTasksOfBatchJob lists the tasks (`taskId` from 1) with their request, status and, once
  run, the `response` (`statusCode`, and the answer's JSON `body`: the resource, or the
  unified error body), filtered by `status`, paginated by `limit`/`last_evaluated_key`.

How tasks run (the design, chosen to be deterministic and safe under the state lock):

- On the emulator clock. Task n (from 1) of a job created at t is due at
  `t + n / tasks_per_second` (`BatchBook.tasks_per_second`, default `TASKS_PER_SECOND`, fixed
  per job when it is created), so a test decides what has run by advancing `emu.clock`.
- Lazily: due tasks run before any request of the operator is answered (`run_due`, called
  by the core: a getSim sees what a due task changed), never inside the create call that
  queued them. Handlers run with the operators' RLock held, so a task runs under the same
  lock, re-entrantly, and no other request interleaves with it. Due tasks of every job of
  the operator run in due-time order (ties: job creation order), so the outcome of a sequence
  of requests and clock moves is always the same.
- Through the emulator's own request handling, after authentication: the task's path is
  routed by the document's router, the creator's SAM permissions are checked (a SAM user
  whose permissions deny the task's API gets a 403 task), the parameters and body are
  validated as for any request, and the operation's handler (hand-written, else the derived
  resource family) changes the state. The same unknown-ID rule as `EmulatorCore.handle` turns
  an undocumented 404 into a 400. Handlers get no handle on the core (context.py), so this is
  that pipeline's tail, not a second HTTP request; tasks use no rate-limit budget of the
  caller (the platform runs them) and are not counted as applied writes in the counters.

Tests steer and read it in Python: `batch_of(emu.state).tasks_per_second = 2.0`,
`batch_of(emu.state).clear()`.

Not modelled: the 429 under high load, the 32-day retention, deleteBatchGroup's refusal while
a job runs (batch groups stay the derived family of families.py; createBatchJob reads the
group through it).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import logging
import uuid
import weakref
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from .auth import TokenRecord
from .context import RequestContext, Result
from .errors import ApiError, error_body
from .families import catalogue
from .handlers import HANDLERS, Handler, handler
from .nulls import DEFAULT_NULL_SHARE, NullSprinkler, documented_nulls
from .pagination import next_headers, page, page_size
from .resources import FamilyService
from .sam import check_permission
from .spec import MethodNotAllowed, Operation, RouteNotFound, Spec
from .state import EmulatorState
from .validation import parse_body, validate_params

logger = logging.getLogger("soracom_async.testing")

TASKS_PER_SECOND = 10.0
"""Tasks a job runs per emulator-clock second unless `BatchBook.tasks_per_second` says."""
MAX_TASKS = 10_000
""""Each batch job is limited to a maximum of 10,000 tasks"."""
SUPPORTED = frozenset(
    {
        "activateSim",
        "deactivateSim",
        "setSimToStandby",
        "suspendSim",
        "setSimGroup",
        "unsetSimGroup",
        "putSimTags",
        "putVirtualPrivateGatewayIpAddressMapEntry",
    }
)
"""The APIs a task may call (CreateBatchJobRequest.tasks' description)."""
API_PREFIX = "/v1"
ACTIVE = frozenset({"pending", "running"})
GROUP_PATH = "/batch_groups/{batch_group_id}"


@dataclass
class Task:
    """One task: the request it makes, and once run, its answer."""

    task_id: int
    request: dict[str, Any]
    op: Operation
    path_values: dict[str, str]
    status: str = "pending"
    ran_at: float | None = None
    response: dict[str, Any] | None = None

    def view(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "taskId": self.task_id,
            "request": self.request,
            "status": self.status,
        }
        if self.ran_at is not None:
            out["startedTime"] = out["finishedTime"] = int(self.ran_at)
        if self.response is not None:
            out["response"] = self.response
        return out


@dataclass
class BatchJob:
    """One batch job of an operator, its tasks and how far it got."""

    job_id: str
    batch_group_id: str
    operation_id: str
    created: float
    rate: float
    tasks: list[Task]
    principal: TokenRecord | None
    abort_on_failure: bool = False
    job_name: str | None = None
    description: str | None = None
    next_index: int = 0
    aborted: bool = False
    updated: float = 0.0
    finished: float | None = None

    def due(self) -> float | None:
        """When the next task runs (None: the job has ended)."""
        if self.aborted or self.next_index >= len(self.tasks):
            return None
        return self.created + (self.next_index + 1) / self.rate

    def count(self, status: str) -> int:
        return sum(1 for task in self.tasks if task.status == status)

    @property
    def status(self) -> str:
        if self.aborted:
            return "aborted"
        if self.next_index >= len(self.tasks):
            return "failed" if self.count("error") else "completed"
        return "running" if self.next_index else "pending"

    def view(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "batchGroupId": self.batch_group_id,
            "jobId": self.job_id,
            "abortOnFailure": self.abort_on_failure,
            "status": self.status,
            "summary": {
                "pending": self.count("pending"),
                "success": self.count("success"),
                "error": self.count("error"),
            },
            "createdTime": int(self.created),
            "updatedTime": int(self.updated or self.created),
        }
        if self.job_name is not None:
            out["jobName"] = self.job_name
        if self.description is not None:
            out["description"] = self.description
        if self.finished is not None:
            out["finishedTime"] = int(self.finished)
        message = self._error_message()
        if message is not None:
            out["errorMessage"] = message
        return out

    def _error_message(self) -> str | None:
        errors = self.count("error")
        if self.aborted:
            return f"aborted after task {self.next_index} failed ({errors} error(s))"
        if self.status == "failed":
            return f"{errors} of {len(self.tasks)} task(s) failed"
        return None


@dataclass
class BatchBook:
    """The batch jobs of one operator, in creation order, and the pace tests set."""

    tasks_per_second: float = TASKS_PER_SECOND
    jobs: dict[str, BatchJob] = field(default_factory=dict)

    def clear(self) -> None:
        self.jobs.clear()
        self.tasks_per_second = TASKS_PER_SECOND


_BOOKS: weakref.WeakKeyDictionary[EmulatorState, BatchBook] = weakref.WeakKeyDictionary()
_FAMILIES: weakref.WeakKeyDictionary[EmulatorState, FamilyService] = weakref.WeakKeyDictionary()
_COUNTER = itertools.count(1)


def batch_of(state: EmulatorState) -> BatchBook:
    """The batch book of `state` (`emu.state`), created on first use."""
    book = _BOOKS.get(state)
    if book is None:
        book = _BOOKS[state] = BatchBook()
    return book


@functools.cache
def _nulls(spec: Spec) -> NullSprinkler:
    return NullSprinkler(DEFAULT_NULL_SHARE, documented_nulls(spec))


def _families(ctx: RequestContext) -> FamilyService:
    """The derived families over the caller's state (their records live in the state, so
    this service sees and changes the same batch groups and VPG entries as the core's)."""
    found = _FAMILIES.get(ctx.state)
    if found is None:
        spec = ctx.op.spec
        found = FamilyService(
            catalogue(spec), hints={"operatorId": ctx.state.operator_id}, nulls=_nulls(spec)
        )
        _FAMILIES[ctx.state] = found
    return found


# -- running tasks ------------------------------------------------------------------------------


def run_due(ctx: RequestContext) -> None:
    """Before any request of an operator is answered (the core calls this): its due batch
    tasks run first, so a job's effect is visible to a plain `getSim` as on the real API, not
    only once the job is read. Costs one lookup for an operator without jobs."""
    book = _BOOKS.get(ctx.state)
    if book is not None and any(job.due() is not None for job in book.jobs.values()):
        catch_up(ctx)


def catch_up(ctx: RequestContext) -> None:
    """Run every task of the caller's operator that is due on the emulator clock, in order."""
    book = batch_of(ctx.state)
    now = ctx.services.clock.now()
    while True:
        ready = [
            (when, n, job)
            for n, job in enumerate(book.jobs.values())
            if (when := job.due()) is not None and when <= now
        ]
        if not ready:
            return
        when, _, job = min(ready, key=lambda entry: (entry[0], entry[1]))
        _run_next(ctx, job, when)


def _run_next(ctx: RequestContext, job: BatchJob, when: float) -> None:
    task = job.tasks[job.next_index]
    status, body = _execute(ctx, job, task)
    task.status = "success" if 200 <= status < 300 else "error"
    task.ran_at = when
    task.response = {"statusCode": status} if body is None else {"statusCode": status, "body": body}
    job.next_index += 1
    job.updated = when
    if task.status == "error" and job.abort_on_failure:
        job.aborted = True
    if job.due() is None:
        job.finished = when
    logger.debug("batch job %s task %d: %d", job.job_id, task.task_id, status)


def _execute(ctx: RequestContext, job: BatchJob, task: Task) -> tuple[int, dict[str, Any] | None]:
    """Answer the task's request as the core would for its creator: (status, JSON body)."""
    op = task.op
    try:
        principal = job.principal
        if principal is not None and principal.user_name is not None:
            check_permission(ctx.state, principal.user_name, op, task.path_values)
        params = validate_params(op, task.path_values, {}, {})
        body = task.request.get("body")
        raw = b"" if body is None else json.dumps(body).encode()
        task_ctx = RequestContext(
            services=ctx.services,
            op=op,
            params=params,
            body=parse_body(op, "application/json", raw),
            path=str(task.request["path"]),
            query=(),
            principal=principal,
            client_ip=ctx.client_ip,
            host=ctx.host,
            raw_body=raw,
        )
        fn: Handler = HANDLERS.get(op.operation_id) or _families(ctx)
        result = fn(task_ctx)
    except ApiError as exc:
        if exc.status == 404 and 404 not in op.documented_statuses:
            exc.status = 400  # the core's rule: an unknown ID is the client's error
        return exc.status, json.loads(error_body(exc.code, exc.params))
    except Exception as exc:  # a bug: the task is a 500, the job goes on
        logger.exception("emulator batch task failed for %s", op.operation_id)
        failure = ApiError(500, "EMU5001", detail=type(exc).__name__)
        return 500, json.loads(error_body(failure.code, failure.params))
    return result.status, result.body if isinstance(result.body, dict) else None


# -- handlers -------------------------------------------------------------------------------------


def _ok(ctx: RequestContext, body: Any, headers: list[tuple[str, str]] | None = None) -> Result:
    return Result(ctx.op.success.status, body, headers or [])


def _group_id(ctx: RequestContext) -> str:
    """The batch group of the request, read through the derived family (404 if unknown)."""
    group_id = str(ctx.params.get("batch_group_id"))
    get_group = ctx.op.spec.operations["getBatchGroup"]
    lookup = RequestContext(
        services=ctx.services,
        op=get_group,
        params={"batch_group_id": group_id},
        body=None,
        path=f"{API_PREFIX}/batch_groups/{group_id}",
        query=(),
        principal=ctx.principal,
        client_ip=ctx.client_ip,
        host=ctx.host,
    )
    _families(ctx)(lookup)
    return group_id


def _invalid(index: int, detail: str) -> ApiError:
    return ApiError(400, "COM0003", name=f"body.tasks[{index}].request", detail=detail)


def _task(ctx: RequestContext, index: int, raw: Any) -> Task:
    request = raw.get("request") if isinstance(raw, dict) else None
    if not isinstance(request, dict):
        raise _invalid(index, "a task needs a request")
    path, method = request.get("path"), request.get("method")
    if not isinstance(path, str) or not isinstance(method, str):
        raise _invalid(index, "a request needs a path and a method")
    sub = path.split("?", 1)[0]
    sub = sub[len(API_PREFIX) :] if sub.startswith(API_PREFIX + "/") else sub
    try:
        op, raw_values = ctx.op.spec.router.match(method.upper(), sub)
    except (RouteNotFound, MethodNotAllowed):
        raise _invalid(index, f"{method} {path} is not a Soracom API") from None
    if op.operation_id not in SUPPORTED:
        raise _invalid(
            index,
            f"{op.operation_id} is not supported in batch jobs (supported: "
            f"{', '.join(sorted(SUPPORTED))})",
        )
    values = {name: unquote(value) for name, value in raw_values.items()}
    kept = {k: request[k] for k in ("path", "method", "body") if k in request}
    return Task(index + 1, kept, op, values)


def _tasks(ctx: RequestContext, raw: Any) -> list[Task]:
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "COM0003", name="body.tasks", detail="at least one task is required")
    if len(raw) > MAX_TASKS:
        raise ApiError(
            400,
            "COM0003",
            name="body.tasks",
            detail=f"a batch job has at most {MAX_TASKS} tasks, got {len(raw)}",
        )
    tasks = [_task(ctx, index, item) for index, item in enumerate(raw)]
    actions = sorted({task.op.operation_id for task in tasks})
    if len(actions) > 1:
        raise ApiError(
            400,
            "COM0003",
            name="body.tasks",
            detail=f"a batch job runs one API action; the tasks mix {', '.join(actions)}",
        )
    return tasks


def _new_id(ctx: RequestContext) -> str:
    seed = f"{ctx.state.operator_id}:batch:{next(_COUNTER)}:{ctx.services.clock.now()}"
    return str(uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4))


@handler("createBatchJob")
def create_batch_job(ctx: RequestContext) -> Result:
    group_id = _group_id(ctx)
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    tasks = _tasks(ctx, body.get("tasks"))
    action = tasks[0].op.operation_id
    catch_up(ctx)
    book = batch_of(ctx.state)
    running = [j for j in book.jobs.values() if j.operation_id == action and j.status in ACTIVE]
    if running:
        raise ApiError(
            400,
            "COM0001",
            name="body.tasks",
            detail=f"batch job {running[0].job_id} for {action} is still {running[0].status}",
        )
    now = ctx.services.clock.now()
    job = BatchJob(
        job_id=_new_id(ctx),
        batch_group_id=group_id,
        operation_id=action,
        created=now,
        rate=book.tasks_per_second,
        tasks=tasks,
        principal=ctx.principal,
        abort_on_failure=body.get("abortOnFailure") is True,
        job_name=body.get("jobName") if isinstance(body.get("jobName"), str) else None,
        description=body.get("description") if isinstance(body.get("description"), str) else None,
        updated=now,
    )
    book.jobs[job.job_id] = job
    return _ok(ctx, job.view())


def _job(ctx: RequestContext) -> BatchJob:
    group_id = _group_id(ctx)
    job_id = str(ctx.params.get("job_id"))
    catch_up(ctx)
    job = batch_of(ctx.state).jobs.get(job_id)
    if job is None or job.batch_group_id != group_id:
        raise ApiError(404, "SEM0001", resource="Batch job", ident=job_id)
    return job


@handler("getBatchJob")
def get_batch_job(ctx: RequestContext) -> Result:
    return _ok(ctx, _job(ctx).view())


def _paged(ctx: RequestContext, keys: list[str], items: list[dict[str, Any]]) -> Result:
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    pg = page(keys, ctx.params.get("last_evaluated_key"), limit)
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
    return _ok(ctx, items[pg.start : pg.end], headers)


@handler("listBatchJobs")
def list_batch_jobs(ctx: RequestContext) -> Result:
    group_id = _group_id(ctx)
    catch_up(ctx)
    jobs = [j for j in batch_of(ctx.state).jobs.values() if j.batch_group_id == group_id]
    return _paged(ctx, [j.job_id for j in jobs], [j.view() for j in jobs])


@handler("listTasksOfBatchJob")
def list_tasks_of_batch_job(ctx: RequestContext) -> Result:
    job = _job(ctx)
    wanted = ctx.params.get("status")
    tasks = [t for t in job.tasks if wanted is None or t.status == wanted]
    return _paged(ctx, [str(t.task_id) for t in tasks], [t.view() for t in tasks])


REGISTERED: tuple[str, ...] = tuple(
    op for op, fn in HANDLERS.items() if getattr(fn, "__module__", "") == __name__
)
"""The operations this module answers (imported by core.py, which registers them)."""
