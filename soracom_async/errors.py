"""Every exception the SDK raises, in one place.

    SoracomError                      root: `except SoracomError` catches everything we raise
    ├── ConfigurationError            bad arguments, profile or environment (raised before any I/O)
    │   └── MissingCredentialsError   no credentials anywhere: what to set, where it looked
    ├── ClientClosedError             the client was closed (or is closing); nothing more is sent
    ├── WrongEventLoopError           the client was used from another event loop or thread
    ├── SoracomApiError               the API answered with a non-2xx status
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401 (also: wrong credentials, expired pre-issued token)
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429, once retries are exhausted
    │   ├── ServerError               5xx
    │   └── UnexpectedRedirectError   a 3xx the operation does not document (`location` says where)
    ├── MalformedResponseError        a 2xx whose body cannot be parsed
    │   └── ResponseTooLargeError     an answer over the client's `max_response_bytes`
    ├── SoracomConnectionError        no HTTP answer: connect failure, dropped connection
    │   ├── CertificateVerificationError  the server's TLS certificate was refused (never retried)
    │   └── SoracomTimeoutError       connect, read, write or pool timeout
    │       └── PoolTimeoutError      no connection free within `pool_timeout` (never retried)
    └── WaitError                     a waiter (`client.wait.*`, waiters.py) did not see success
        ├── JobFailedError            the job ended in a failed state (`status`, `resource`)
        └── WaitTimeoutError          the waiter's deadline passed first (`last_status`)

Errors carry what the server said (`code`, `message` from the unified `{"code","message"}` body)
and which operation failed, never request headers: API keys and tokens cannot leak through them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from multidict import CIMultiDict, CIMultiDictProxy

from ._json import loads


class SoracomError(Exception):
    """Base of every exception raised by soracom-async."""


class ConfigurationError(SoracomError, ValueError):
    """The client was configured with something unusable; nothing was sent."""


class ClientClosedError(SoracomError, RuntimeError):
    """The client was closed (or is closing): the call was not sent.

    Also a `RuntimeError`, which is what using a closed resource raises elsewhere."""


class WrongEventLoopError(SoracomError, RuntimeError):
    """The client was used from an event loop (or thread) other than the one it first ran on.

    Its connections and locks belong to that loop: create one client per event loop."""


class SoracomApiError(SoracomError):
    """The API answered with a non-2xx status.

    `code` and `message` come from the unified error body; either is None when the body is
    missing or not that shape (an error that happened before the request reached the API).
    """

    status_code: int
    code: str | None
    message: str | None
    operation_id: str | None
    headers: CIMultiDictProxy[str]
    """The answer's headers, case-insensitive and read-only (multidict's, as aiohttp's)."""
    attempts: int

    def __init__(
        self,
        status_code: int,
        *,
        code: str | None = None,
        message: str | None = None,
        operation_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        attempts: int = 1,
    ) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        self.operation_id = operation_id
        # Case-insensitive like a response's own headers (aiohttp's keep the server's spelling,
        # e.g. X-Soracom-RateLimit-Remaining), and a copy the error owns.
        self.headers = CIMultiDictProxy(CIMultiDict(headers or {}))
        self.attempts = attempts
        super().__init__(self._describe())

    def _describe(self) -> str:
        where = f"{self.operation_id}: " if self.operation_id else ""
        what = " ".join(part for part in (self.code, self.message) if part)
        return f"{where}HTTP {self.status_code}" + (f" {what}" if what else "")

    @classmethod
    def from_response(
        cls,
        status_code: int,
        body: bytes,
        headers: Mapping[str, str],
        *,
        operation_id: str | None = None,
        attempts: int = 1,
    ) -> SoracomApiError:
        """The typed error for a status, with `code`/`message` read from the body if present."""
        code, message = _parse_error_body(body)
        error_cls = _STATUS_CLASSES.get(status_code)
        if error_cls is None:
            if status_code >= 500:
                error_cls = ServerError
            elif 300 <= status_code < 400:
                error_cls = UnexpectedRedirectError
            else:
                error_cls = SoracomApiError
        return error_cls(
            status_code,
            code=code,
            message=message,
            operation_id=operation_id,
            headers=headers,
            attempts=attempts,
        )


class BadRequestError(SoracomApiError):
    """400: the API rejected the request's parameters or body."""


class AuthenticationError(SoracomApiError):
    """401: wrong credentials, or a token that expired or was revoked and cannot be renewed."""


class PermissionDeniedError(SoracomApiError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(SoracomApiError):
    """404: the resource does not exist (or is not visible to this operator)."""


class ConflictError(SoracomApiError):
    """409: the resource is not in a state that allows the operation."""


class UnprocessableEntityError(SoracomApiError):
    """422: the request was understood but cannot be processed."""


class RateLimitError(SoracomApiError):
    """429 after the retry policy gave up; `headers` holds the x-soracom-ratelimit-* values."""

    @property
    def seconds_before_refresh(self) -> float | None:
        """`x-soracom-ratelimit-seconds-before-refresh` as the scheduler reads it (clamped to
        the documented window; None when absent or unusable)."""
        from .ratelimit import refresh_seconds  # the one parser of the hint headers

        return refresh_seconds(self.headers)


class ServerError(SoracomApiError):
    """5xx: the API failed; idempotent requests were already retried."""


class UnexpectedRedirectError(SoracomApiError):
    """A 3xx the operation does not document. Nothing was followed: a redirected DELETE or POST
    may not have done anything. `location` is where the server pointed (None if it did not)."""

    @property
    def location(self) -> str | None:
        location: str | None = self.headers.get("location")
        return location


class MissingCredentialsError(ConfigurationError):
    """A call needs credentials and none were configured; nothing was sent.

    The message says what to set and where the client looked."""

    def __init__(self, description: str, *, operation_id: str | None = None) -> None:
        self.description = description
        self.operation_id = operation_id
        where = f"{operation_id}: " if operation_id else ""
        super().__init__(where + description)


class MalformedResponseError(SoracomError):
    """A successful status whose body could not be parsed into the documented model."""

    def __init__(self, status_code: int, *, operation_id: str | None, reason: str) -> None:
        self.status_code = status_code
        self.operation_id = operation_id
        self.reason = reason
        super().__init__(f"{operation_id}: HTTP {status_code} with an unparseable body ({reason})")

    @classmethod
    def from_parse_error(
        cls, status_code: int, error: Exception, *, operation_id: str | None
    ) -> MalformedResponseError:
        """The error for a parser that raised `error`: the one place parse failures are wrapped.

        The message of a `ResponseShapeError` (what was expected, which field) or of a
        JSONDecodeError (where the JSON broke) is kept; of anything else, which might quote a
        value of the body, only the type. The exception itself is not chained, since a
        JSONDecodeError keeps the whole body in `.doc` (an /auth answer's token with it) and
        tracebacks are often logged with their causes.
        """
        if not isinstance(error, (ResponseShapeError, json.JSONDecodeError)):
            # Anything else (int("..."), a datetime) may quote a value of the body.
            return cls(status_code, operation_id=operation_id, reason=type(error).__name__)
        text = str(error)
        if len(text) > _REASON_MAX:
            text = text[:_REASON_MAX] + "..."
        return cls(status_code, operation_id=operation_id, reason=text or type(error).__name__)


_REASON_MAX = 200


class ResponseShapeError(Exception):
    """Raised by the generated parsers when a JSON answer is not what the document declares.

    Its message names types and fields only (never a value from the body), so it is safe to
    show: the pipeline turns it into a `MalformedResponseError` that carries the message. It
    never reaches a caller itself."""


class ResponseTooLargeError(MalformedResponseError):
    """The answer's body exceeded the client's `max_response_bytes` (decoded size); it was
    abandoned unread. File downloads stream instead and are not bounded by it."""


class SoracomConnectionError(SoracomError):
    """No HTTP answer was received.

    `request_sent` is False when nothing reached the server (connect failed): always safe to
    retry. When True, the server may have acted on the request: for a non-idempotent call the
    outcome is unknown, and the SDK does not replay it unless told to. `method` is the HTTP
    method of the request (None if it never got that far), so a caller can tell the two apart
    without knowing the operation.
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        request_sent: bool,
        method: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.request_sent = request_sent
        self.method = method
        where = f"{operation_id}: " if operation_id else ""
        super().__init__(where + message)


class CertificateVerificationError(SoracomConnectionError):
    """The server's TLS certificate failed verification; nothing was sent. Never retried: the
    same certificate fails the same way (a wrong endpoint, or an interception proxy whose CA
    the client was not given)."""


class SoracomTimeoutError(SoracomConnectionError):
    """A connect, read, write or pool timeout expired."""


class PoolTimeoutError(SoracomTimeoutError):
    """No connection became free within the client's `pool_timeout`; nothing was sent.

    Not retried: the bound on waiting is what the caller asked for."""


class WaitError(SoracomError):
    """A waiter (waiters.py) stopped without the job succeeding.

    `name` is the waiter ("export", "analysis_query", ...), `ident` the job's ID, `polls` how
    many status polls were answered (one cut short by the deadline is not counted). The
    message names these and the status only: never a URL (a presigned download URL is a
    credential for its file) nor anything else of the resource."""

    def __init__(self, message: str, *, name: str, ident: str | None, polls: int) -> None:
        self.name = name
        self.ident = ident
        self.polls = polls
        super().__init__(message)


class JobFailedError(WaitError):
    """The job reached a final state other than success (an export `failed`, a SoraCam export
    `limitExceeded`, an order `cancelled`, ...). `status` is that state and `resource` the last
    answer of the status operation (the parsed model), for what else it says."""

    def __init__(
        self, *, name: str, ident: str | None, status: str | None, resource: object, polls: int
    ) -> None:
        self.status = status
        self.resource = resource
        where = f" {ident}" if ident else ""
        super().__init__(
            f"{name}{where} ended with status {status!r} after {polls} poll(s)",
            name=name,
            ident=ident,
            polls=polls,
        )


class WaitTimeoutError(WaitError, TimeoutError):
    """The waiter's `timeout` passed before the job finished; the job itself may still finish
    (wait again with the same ID). `last_status` is the status last seen (None if no poll
    answered), `last` that answer, `timeout` the deadline in seconds. Also a `TimeoutError`."""

    def __init__(
        self,
        *,
        name: str,
        ident: str | None,
        timeout: float,
        last_status: str | None,
        last: object,
        polls: int,
    ) -> None:
        self.timeout = timeout
        self.last_status = last_status
        self.last = last
        where = f" {ident}" if ident else ""
        super().__init__(
            f"{name}{where} not finished within {timeout:g}s ({polls} poll(s); last status "
            f"{last_status!r})",
            name=name,
            ident=ident,
            polls=polls,
        )


_STATUS_CLASSES: dict[int, type[SoracomApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _parse_error_body(body: bytes) -> tuple[str | None, str | None]:
    if not body:
        return None, None
    try:
        data = loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, None
    if not isinstance(data, dict):
        return None, None
    code, message = data.get("code"), data.get("message")
    return (
        code if isinstance(code, str) else None,
        message if isinstance(message, str) else None,
    )
