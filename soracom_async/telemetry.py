"""OpenTelemetry traces and metrics for every call (the `otel` extra: opentelemetry-api).

An aiohttp or httpx instrumentation sees HTTP requests; it cannot tell which Soracom operation
and rate-limit group a request belongs to, how many attempts a call took and why it was
retried, or how long the rate-limit scheduler held it back. This module records those.

Enabling it, either for one client or for every client without providers of its own:

    SoracomClient(..., tracer_provider=provider, meter_provider=meter_provider)

    from soracom_async import telemetry
    telemetry.instrument()        # the global providers (or instrument(tracer_provider=...))
    telemetry.uninstrument()

Traces, per call (`Pipeline.send`): one span, kind CLIENT, named `{method} {url.template}`
("GET /v1/sims/{sim_id}") and current while the call runs, so spans the caller opens (and an
HTTP instrumentation's) nest under it; one child span per HTTP attempt, made once the attempt
is over from what the pipeline reports of it (attempts.py's `AttemptInfo`), dated by it.
Pagination makes one call, so one span, per page; a streamed download's span ends when the
answer's headers arrive.

Attributes (the stable HTTP client conventions, plus `soracom.*`): http.request.method,
url.template, server.address, server.port, http.response.status_code, error.type (the status
code of an error answer, else the exception's class), http.request.resend_count (attempt spans);
soracom.operation_id, soracom.group, soracom.attempts (the call), soracom.rate_limit.wait
(seconds the scheduler paced), soracom.queue.wait (attempts: seconds queued in all),
soracom.retry.reason and soracom.retry.wait (an attempt that was retried), soracom.error.code
(the API's error code). A failed call's span has status ERROR and an `exception` event
(type and message: our messages hold no secrets; no stack trace, whose source lines might).

Never recorded: `url.full` and the concrete path (path parameters can be secrets:
`/subscribers/transfer_token/{token}`), query strings, headers, request or response bodies,
credentials, API keys, tokens.

Metrics: soracom.client.calls and soracom.client.attempts (counters), soracom.client.throttled
(429 answers), soracom.client.call.duration, soracom.client.wait.duration (histograms, seconds;
soracom.wait.reason "rate_limit" for pacing, "retry" for the backoff before a retry), all by
soracom.operation_id and soracom.group (calls and attempts also by status and error.type);
and http.client.request.duration per attempt, with the spans' HTTP attributes.

Cost: with no providers and no `instrument()`, `Pipeline.send` checks one attribute and this
module (and so opentelemetry) is never imported. On, each call takes one context variable,
one observer (attempts.py) and the spans and measurements themselves.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any, TypeVar
from urllib.parse import urlsplit

try:
    from opentelemetry import context as otel_context
    from opentelemetry import metrics, trace
    from opentelemetry.trace import SpanKind, Status, StatusCode
    from opentelemetry.util.types import AttributeValue
except ModuleNotFoundError as exc:  # pragma: no cover - exercised in a subprocess test
    if (exc.name or "").partition(".")[0] != "opentelemetry":
        raise
    raise ImportError(
        "soracom_async.telemetry needs OpenTelemetry, which is not installed: "
        "pip install 'soracom-async[otel]'",
        name="opentelemetry",
    ) from exc

from .attempts import AttemptInfo, current_observers, observe_attempts
from .contracts import OperationSpec
from .errors import (
    MalformedResponseError,
    SoracomApiError,
    SoracomConnectionError,
    SoracomTimeoutError,
)
from .pipeline import Pipeline

__all__ = ["Telemetry", "instrument", "is_instrumented", "uninstrument"]

T = TypeVar("T")
Attributes = dict[str, AttributeValue]

logger = logging.getLogger("soracom_async.telemetry")

SCOPE = "soracom_async"
SCHEMA_URL = "https://opentelemetry.io/schemas/1.26.0"

# Semantic-convention attribute names (the stable HTTP client ones), spelt out: the
# opentelemetry-semantic-conventions package is not a dependency of the API.
HTTP_METHOD = "http.request.method"
HTTP_STATUS = "http.response.status_code"
RESEND_COUNT = "http.request.resend_count"
URL_TEMPLATE = "url.template"
SERVER_ADDRESS = "server.address"
SERVER_PORT = "server.port"
ERROR_TYPE = "error.type"
OPERATION_ID = "soracom.operation_id"
GROUP = "soracom.group"
ATTEMPTS = "soracom.attempts"
RATE_LIMIT_WAIT = "soracom.rate_limit.wait"
QUEUE_WAIT = "soracom.queue.wait"
RETRY_REASON = "soracom.retry.reason"
RETRY_WAIT = "soracom.retry.wait"
ERROR_CODE = "soracom.error.code"
WAIT_REASON = "soracom.wait.reason"

DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10)
"""The HTTP conventions' advice for http.client.request.duration (seconds)."""
HELD_BACK = 0.005
"""Pacing under this (seconds) is the scheduler's own overhead, not a wait (as in bulk.py)."""
WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)
"""Waits and whole calls: a rate-limit window is up to a minute or more."""


class _Operation:
    """What an operation on one base URL contributes to its spans and metrics (made once)."""

    __slots__ = ("attributes", "labels", "name")

    def __init__(self, spec: OperationSpec, base_url: str) -> None:
        parts = urlsplit(base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        template = parts.path.rstrip("/") + spec.path
        self.name = f"{spec.method} {template}"
        self.attributes: Attributes = {
            HTTP_METHOD: spec.method,
            URL_TEMPLATE: template,
            SERVER_ADDRESS: parts.hostname or "",  # hostname, not netloc: no user:password@
            SERVER_PORT: port,
            OPERATION_ID: spec.operation_id,
            GROUP: spec.group,
        }
        """Shared by every call of the operation: copied, never changed."""
        self.labels: Attributes = {OPERATION_ID: spec.operation_id, GROUP: spec.group}
        """The soracom.* metrics' (the operation implies the rest; fewer is cheaper)."""


class _Call:
    """One call in flight: its span's context and what its attempts added up to."""

    __slots__ = (
        "attempts",
        "attributes",
        "labels",
        "name",
        "offset",
        "operation_id",
        "paced",
        "parent",
        "parts",
        "status",
        "telemetry",
    )

    def __init__(
        self, telemetry: Telemetry, operation: _Operation, spec: OperationSpec, parts: object
    ) -> None:
        self.telemetry = telemetry
        self.operation_id = spec.operation_id
        self.parts = parts
        self.name = operation.name
        self.attributes = operation.attributes
        self.labels = operation.labels
        self.parent: otel_context.Context | None = None
        self.offset = time.time_ns() - time.monotonic_ns()
        """Wall clock minus monotonic clock (ns): dates attempts from `AttemptInfo.ended`."""
        self.attempts = 0
        self.paced = 0.0
        self.status: int | None = None


_CALL: ContextVar[_Call | None] = ContextVar("soracom_async_telemetry_call", default=None)


class _Instruments:
    __slots__ = ("attempts", "call_duration", "calls", "request_duration", "throttled", "wait")

    def __init__(self, meter: metrics.Meter) -> None:
        self.calls = meter.create_counter(
            "soracom.client.calls", unit="{call}", description="Calls of Soracom API operations"
        )
        self.attempts = meter.create_counter(
            "soracom.client.attempts", unit="{attempt}", description="HTTP attempts of calls"
        )
        self.throttled = meter.create_counter(
            "soracom.client.throttled",
            unit="{response}",
            description="429 answers (rate limit exceeded)",
        )
        self.call_duration = meter.create_histogram(
            "soracom.client.call.duration",
            unit="s",
            description="Duration of calls, retries and waits included",
            explicit_bucket_boundaries_advisory=WAIT_BUCKETS,
        )
        self.request_duration = meter.create_histogram(
            "http.client.request.duration",
            unit="s",
            description="Duration of HTTP client requests",
            explicit_bucket_boundaries_advisory=DURATION_BUCKETS,
        )
        self.wait = meter.create_histogram(
            "soracom.client.wait.duration",
            unit="s",
            description="Waits before an attempt (rate-limit pacing) or a retry (backoff)",
            explicit_bucket_boundaries_advisory=WAIT_BUCKETS,
        )


class Telemetry:
    """The tracer and instruments calls are recorded with (see the module docstring).

    A provider left None records nothing of its kind. Made by `SoracomClient` for its
    `tracer_provider=`/`meter_provider=`, and by `instrument()` for every other client.
    """

    def __init__(
        self,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
    ) -> None:
        _check(tracer_provider, trace.TracerProvider, "tracer_provider")
        _check(meter_provider, metrics.MeterProvider, "meter_provider")
        version = _version()
        self._tracer = (
            None
            if tracer_provider is None
            else tracer_provider.get_tracer(SCOPE, version, schema_url=SCHEMA_URL)
        )
        self._instruments = (
            None
            if meter_provider is None
            else _Instruments(meter_provider.get_meter(SCOPE, version, schema_url=SCHEMA_URL))
        )
        self._operations: dict[tuple[str, OperationSpec], _Operation] = {}

    def wraps(self, parts: dict[str, Any]) -> bool:
        """Whether the call of these `parts` is not already inside its own span."""
        call = _CALL.get()
        return call is None or call.parts is not parts

    async def call(
        self,
        send: Callable[[], Awaitable[T]],
        spec: OperationSpec,
        parts: dict[str, Any],
        base_url: str,
    ) -> T:
        """`send()` inside the call's span, its attempts and outcome recorded."""
        key = (base_url, spec)
        operation = self._operations.get(key)
        if operation is None:
            operation = self._operations[key] = _Operation(spec, base_url)
        record = _Call(self, operation, spec, parts)
        span: trace.Span | None = None
        attached = None
        if self._tracer is not None:
            span = self._tracer.start_span(
                record.name, kind=SpanKind.CLIENT, attributes=record.attributes
            )
            context = trace.set_span_in_context(span)
            if span.is_recording():
                record.parent = context
            attached = otel_context.attach(context)
        token = _CALL.set(record)
        started = time.monotonic()
        try:
            if _collect in current_observers():  # a call made inside another call
                result = await send()
            else:
                with observe_attempts(_collect):
                    result = await send()
        except BaseException as exc:
            self._ended(record, span, time.monotonic() - started, exc)
            raise
        finally:
            _CALL.reset(token)
            if attached is not None:
                otel_context.detach(attached)
        self._ended(record, span, time.monotonic() - started, None)
        return result

    def attempted(self, record: _Call, info: AttemptInfo) -> None:
        """One attempt of `record`'s call is over: its span (after the fact) and metrics."""
        record.attempts += 1
        record.paced += info.paced
        status = info.status_code
        record.status = status
        attributes = dict(record.attributes)
        if status is not None:
            attributes[HTTP_STATUS] = status
        error_type = _attempt_error_type(info)
        if error_type is not None:
            attributes[ERROR_TYPE] = error_type
        if record.parent is not None:
            self._attempt_span(record, info, attributes, error_type)
        instruments = self._instruments
        if instruments is not None:
            _measure_attempt(instruments, record, info, attributes, error_type)

    def _attempt_span(
        self, record: _Call, info: AttemptInfo, attributes: Attributes, error_type: str | None
    ) -> None:
        assert self._tracer is not None
        ended = int(info.ended * 1e9) + record.offset
        # A dict of its own: the metrics were given `attributes`, and keep only those.
        attributes = {**attributes, RATE_LIMIT_WAIT: info.paced, QUEUE_WAIT: info.queued}
        if record.attempts > 1:
            attributes[RESEND_COUNT] = record.attempts - 1
        if info.wait is not None:
            attributes[RETRY_REASON] = _retry_reason(info)
            attributes[RETRY_WAIT] = info.wait
        span = self._tracer.start_span(
            record.name,
            context=record.parent,
            kind=SpanKind.CLIENT,
            attributes=attributes,
            start_time=ended - int(info.elapsed * 1e9),
        )
        if error_type is not None:
            span.set_status(Status(StatusCode.ERROR, error_type))
        span.end(end_time=ended)

    def _ended(
        self,
        record: _Call,
        span: trace.Span | None,
        duration: float,
        error: BaseException | None,
    ) -> None:
        """The call's span ended and its metrics recorded; a failure here (a provider's) is
        logged, never raised into the call (the attempt listeners get the same treatment)."""
        try:
            self._record_outcome(record, span, duration, error)
        except Exception:
            logger.exception("recording a call's telemetry failed (ignored)")

    def _record_outcome(
        self,
        record: _Call,
        span: trace.Span | None,
        duration: float,
        error: BaseException | None,
    ) -> None:
        error_type = None if error is None else _error_type(error)
        if span is not None:
            if span.is_recording():
                _finish_span(span, record, error, error_type)
            span.end()
        instruments = self._instruments
        if instruments is not None:
            labels = _outcome(record.labels, record.status, error_type)
            instruments.calls.add(1, labels)
            instruments.call_duration.record(duration, labels)


def _collect(info: AttemptInfo) -> None:
    """The attempt observer (attempts.py): hands an attempt to the call it belongs to."""
    record = _CALL.get()
    if record is not None and record.operation_id == info.operation_id:
        record.telemetry.attempted(record, info)


def _outcome(labels: Attributes, status: int | None, error_type: str | None) -> Attributes:
    outcome = dict(labels)
    if status is not None:
        outcome[HTTP_STATUS] = status
    if error_type is not None:
        outcome[ERROR_TYPE] = error_type
    return outcome


def _measure_attempt(
    instruments: _Instruments,
    record: _Call,
    info: AttemptInfo,
    attributes: Attributes,
    error_type: str | None,
) -> None:
    """The HTTP conventions' duration with the HTTP attributes; the soracom.* metrics with
    the operation and group."""
    instruments.request_duration.record(info.elapsed, attributes)
    instruments.attempts.add(1, _outcome(record.labels, info.status_code, error_type))
    if info.status_code == 429:
        instruments.throttled.add(1, record.labels)
    if info.paced > HELD_BACK:
        instruments.wait.record(info.paced, {**record.labels, WAIT_REASON: "rate_limit"})
    if info.wait:
        instruments.wait.record(info.wait, {**record.labels, WAIT_REASON: "retry"})


def _finish_span(
    span: trace.Span, record: _Call, error: BaseException | None, error_type: str | None
) -> None:
    attributes: Attributes = {ATTEMPTS: record.attempts, RATE_LIMIT_WAIT: record.paced}
    if record.status is not None:
        attributes[HTTP_STATUS] = record.status
    if error is not None and error_type is not None:
        attributes[ERROR_TYPE] = error_type
        if isinstance(error, SoracomApiError) and error.code:
            attributes[ERROR_CODE] = error.code
    span.set_attributes(attributes)
    if error is None or error_type is None:
        return
    # Type and message only: the stack trace's source lines could hold a caller's literals.
    span.add_event(
        "exception",
        {"exception.type": _qualified_name(error), "exception.message": str(error)},
    )
    span.set_status(Status(StatusCode.ERROR, error_type))


def _qualified_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def _error_type(error: BaseException) -> str:
    """The conventions' error.type: the status code of an error answer, else the class."""
    if isinstance(error, SoracomApiError):
        return str(error.status_code)
    return _qualified_name(error)


def _attempt_error_type(info: AttemptInfo) -> str | None:
    status = info.status_code
    if status is not None and status >= 400:
        return str(status)
    return None if info.error is None else _qualified_name(info.error)


def _retry_reason(info: AttemptInfo) -> str:
    """Why an attempt was followed by another (soracom.retry.reason): a small vocabulary."""
    status = info.status_code
    if status == 429:
        return "rate_limited"
    if status == 401:
        return "token_expired"
    if status is not None and status >= 500:
        return "server_error"
    error = info.error
    if isinstance(error, SoracomTimeoutError):
        return "timeout"
    if isinstance(error, SoracomConnectionError):
        return "connection"
    if isinstance(error, MalformedResponseError):
        return "malformed_response"
    if status is not None:
        return f"status_{status}"
    return "other" if error is None else type(error).__name__


def _check(provider: object, kind: type, name: str) -> None:
    if provider is not None and not isinstance(provider, kind):
        raise TypeError(
            f"{name} must be an opentelemetry {kind.__module__}.{kind.__name__} (e.g. the "
            f"SDK's), got {type(provider).__name__}"
        )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("soracom-async")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was not installed
        return ""


# -- every client: the instrumentor convention -------------------------------------------------


def instrument(
    *,
    tracer_provider: trace.TracerProvider | None = None,
    meter_provider: metrics.MeterProvider | None = None,
) -> None:
    """Trace and measure the calls of every client that has no providers of its own, with the
    providers given, else the global ones (`opentelemetry.trace.set_tracer_provider`, which may
    also be called later). Instrumenting twice changes nothing (a warning is logged)."""
    if Pipeline.telemetry is not None:
        logger.warning("soracom_async is already instrumented; uninstrument() first")
        return
    Pipeline.telemetry = Telemetry(
        tracer_provider=tracer_provider or trace.get_tracer_provider(),
        meter_provider=meter_provider or metrics.get_meter_provider(),
    )


def uninstrument() -> None:
    """Stop what `instrument()` started (clients with their own providers keep them)."""
    Pipeline.telemetry = None


def is_instrumented() -> bool:
    return Pipeline.telemetry is not None
