"""The token session: credentials (credentials.py) in, a valid API key + token out, always.

A session turns credentials into an API key + token pair (`POST /auth`) and keeps it valid for
as long as the client lives, without the caller ever seeing it happen:

- **Proactive refresh.** Each token has two deadlines, measured on the client's own clock from
  the moment `/auth` was sent (so the server's clock and ours never need to agree):
  the *advisory* one, `min(15 min, 25 % of the lifetime)` before expiry, and the *mandatory*
  one, `min(2 min, 10 % of the lifetime)` before expiry. The lifetime is the JWT's
  `exp - iat`, else the requested TTL. Before the advisory deadline the token is used as is.
  Between the two, the token is still good: one refresh starts and every caller goes on with
  the current token. The refresh is a background task (tasks.py, on asyncio and trio alike),
  so nobody waits. After the mandatory deadline, callers wait for the new token. A
  long-running bot therefore never sends an expired token. The clock is `time.monotonic`
  unless the client is given another.
- **Single flight.** At most one token request is in progress per session; every caller that
  needs a new token awaits that one request and shares its result or its error. A thousand
  concurrent calls at expiry cause exactly one `/auth`.
- **401 replay.** The pipeline reports a 401 through `invalidate(sent_headers)`, and each
  success through `accepted(sent_headers)`; it re-checks headers it took before queueing for a
  connection with `is_current`, so that calls queued behind a rejected token do not each
  send it once more. If the rejected token is still the current one and
  some call succeeded with it, it is dropped (the server revoked it or it expired early), and
  the pipeline replays the request once, which waits for the single-flight refresh. A second
  401 is final (`AuthenticationError`). A token rejected *before any call succeeded with it*
  is not renewed: asking `/auth` again would only get another token the API refuses (an API
  that rejects every fresh token must cost one `/auth`, not one per caller). The 401 is final
  for every caller that sent it, and the session backs off as after a failed refresh.
- **No retry loops against `/auth`**, which the API rate-limits per IP: credentials the API
  rejects (a 4xx other than 429) are remembered, and every later call fails at once with the
  same `AuthenticationError` instead of asking again. Transient failures (5xx, dropped
  connections, timeouts) are retried by the client's retry policy inside the one flight; when
  the flight fails anyway, all its waiters fail at once with its error, and no new flight
  starts before a back-off: while the current token has not yet expired, it stays in use and
  the next refresh waits `min(30 s, a quarter of its remaining life)`; without a usable token,
  callers arriving during the back-off fail at once with the last error (they do not queue:
  nothing hangs, and the caller's own retry policy decides whether to come back), and the
  back-off doubles per failed flight from `AUTH_BACKOFF_BASE` to `RETRY_DELAY_MAX`. So
  `/auth` sees at most the retry policy's attempts per back-off, whatever the number of
  callers.
- **Secrets stay secret.** Tokens live in this object's memory only. Passwords, AuthKeys,
  API keys and tokens are excluded from every `repr`, log line and error message.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol

import anyio
import attrs

from .credentials import (
    Credentials,
    CredentialSource,
    SwitchUserCredentials,
    TokenCredentials,
    credentials_kind,
)
from .errors import AuthenticationError, ConfigurationError, SoracomApiError, SoracomError
from .tasks import Background

if TYPE_CHECKING:
    pass

logger = logging.getLogger("soracom_async.auth")

API_KEY_HEADER = "X-Soracom-API-Key"
TOKEN_HEADER = "X-Soracom-Token"  # noqa: S105 (a header name)
MIN_TOKEN_TIMEOUT = 180
MAX_TOKEN_TIMEOUT = 172_800
DEFAULT_TOKEN_TIMEOUT = 86_400
SWITCH_USER_MAX_TOKEN_TIMEOUT = 3_600
"""`/auth/switch_user` issues tokens of at most one hour."""

ADVISORY_MAX = 15 * 60.0
ADVISORY_SHARE = 0.25
MANDATORY_MAX = 2 * 60.0
MANDATORY_SHARE = 0.10
RETRY_DELAY_MAX = 30.0
"""After a failed refresh, while the current token is still valid, the next attempt waits
`min(30 s, a quarter of the token's remaining life)` (at least 1 s): `/auth` is rate-limited
per IP, and a thousand callers must not each try it in turn. Without a valid token, the
back-off doubles from `AUTH_BACKOFF_BASE` up to this."""
AUTH_BACKOFF_BASE = 1.0
"""Seconds of back-off after the first failed token flight when no valid token is left."""


def validate_token_timeout(seconds: object) -> int:
    """The token TTL the API accepts (180..172800 s), checked before anything is sent."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise ConfigurationError(
            f"token_timeout must be an int number of seconds, got {type(seconds).__name__}"
        )
    if not MIN_TOKEN_TIMEOUT <= seconds <= MAX_TOKEN_TIMEOUT:
        raise ConfigurationError(
            f"token_timeout must be between {MIN_TOKEN_TIMEOUT} and {MAX_TOKEN_TIMEOUT} "
            f"seconds, got {seconds}"
        )
    return seconds


def decode_jwt_payload(token: str) -> dict[str, Any] | None:
    """The claims of a JWT, or None if it is not one.

    The signature is not verified, on purpose. The token came straight from the API over TLS,
    in answer to our own credentials, and its claims are only read as hints: `exp`/`iat` to
    schedule the next refresh and `operator.coverageTypes` for `coverage_types`. Nothing is
    granted on the strength of a claim: the API verifies the token on every call, so a forged
    or corrupted claim could at worst make us refresh early or report wrong coverage types,
    never gain access. (Verifying would also need Soracom's signing key, which is not public.)
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error):
        return None
    return claims if isinstance(claims, dict) else None


class CoverageTypes(tuple[str, ...]):
    """The operator's coverage types from the token, e.g. `("jp", "g")`.

    Immutable; compares equal to a tuple or a list of the same items (the JWT holds a list).
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            other = tuple(other)
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


@attrs.frozen
class _Token:
    """An issued pair and its deadlines, all on the session's clock."""

    api_key: str = attrs.field(repr=False)
    token: str = attrs.field(repr=False)
    operator_id: str | None
    coverage_types: CoverageTypes | None
    expires_at: float | None
    """When the token expires (None: unknown, e.g. a pre-issued token without `exp`)."""
    advisory_at: float | None
    mandatory_at: float | None

    @property
    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, TOKEN_HEADER: self.token}

    @classmethod
    def issued(
        cls,
        api_key: str,
        token: str,
        operator_id: str | None,
        *,
        requested_ttl: int | None,
        sent_at: float,
    ) -> _Token:
        """`sent_at`: the session clock when the request for this token was sent, so every
        deadline errs on the early side by the request's round trip."""
        claims = decode_jwt_payload(token) or {}
        exp, iat = _number(claims.get("exp")), _number(claims.get("iat"))
        lifetime: float | None
        if requested_ttl is None:  # pre-issued: what is left of it, by our wall clock
            lifetime = max(0.0, exp - time.time()) if exp is not None else None
        elif exp is not None and iat is not None and exp > iat:
            lifetime = exp - iat  # both from the server's clock: immune to clock skew
        elif exp is not None:
            lifetime = max(0.0, exp - time.time())  # assumes our wall clock is about right
        else:
            lifetime = float(requested_ttl)
        operator = claims.get("operator")
        operator = operator if isinstance(operator, dict) else {}
        coverage = operator.get("coverageTypes")
        if operator_id is None and isinstance(operator.get("operatorId"), str):
            operator_id = operator["operatorId"]
        expires_at = advisory_at = mandatory_at = None
        if lifetime is not None:
            expires_at = sent_at + lifetime
            advisory_at = expires_at - min(ADVISORY_MAX, lifetime * ADVISORY_SHARE)
            mandatory_at = expires_at - min(MANDATORY_MAX, lifetime * MANDATORY_SHARE)
        return cls(
            api_key,
            token,
            operator_id,
            CoverageTypes(c for c in coverage if isinstance(c, str))
            if isinstance(coverage, list)
            else None,
            expires_at,
            advisory_at,
            mandatory_at,
        )


IssuedToken = tuple[str, str, str | None]
"""(api_key, token, operator_id) from an `/auth` or `/auth/switch_user` answer."""


class TokenRequest(Protocol):
    """Sends `/auth` or `/auth/switch_user` with a body (the client's generated operations);
    `as_headers`, when given, are the auth headers to send it with instead of the session's
    (the switch-user call is made with the source token)."""

    def __call__(
        self,
        kind: Literal["auth", "switch_user"],
        body: dict[str, Any],
        *,
        as_headers: Mapping[str, str] | None = None,
    ) -> Awaitable[IssuedToken]: ...


class _Flight:
    """One token request, awaited by everyone who needs its result."""

    __slots__ = ("done", "error", "token", "traceback")

    def __init__(self) -> None:
        self.done = anyio.Event()
        self.token: _Token | None = None
        self.error: Exception | None = None
        self.traceback: TracebackType | None = None


def _is_rejection(error: Exception) -> bool:
    """The API refused the credentials themselves: asking again cannot help.

    A 401 from `/auth/switch_user` is not one: it refused the short-lived source token (e.g.
    it expired in between), and the next attempt signs in afresh.
    """
    if not isinstance(error, SoracomApiError) or error.status_code in (408, 429):
        return False
    if error.status_code == 401 and error.operation_id == "switchUser":
        return False
    return 400 <= error.status_code < 500


class AuthSession:
    """Keeps a valid token for the pipeline (the pipeline's `AuthProvider`). One per client.

    Args:
        credentials: what to authenticate with, or a `CredentialSource` resolved per request.
        request_token: sends `/auth` or `/auth/switch_user` (provided by the client).
        token_timeout: the TTL to request (180..172800 s).
        clock: a monotonic clock in seconds; tests inject one to simulate days in seconds.
    """

    def __init__(
        self,
        credentials: Credentials | CredentialSource,
        request_token: TokenRequest,
        *,
        token_timeout: int = DEFAULT_TOKEN_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._credentials = credentials
        self._request_token = request_token
        self._token_timeout = validate_token_timeout(token_timeout)
        self._clock = clock
        self._token: _Token | None = None
        self._flight: _Flight | None = None
        self._rejected: tuple[Exception, TracebackType | None] | None = None
        self._retry_at = float("-inf")
        """No new refresh before this (after a failure): callers use the current token while it
        is valid, and fail with `_failure` otherwise."""
        self._failure: tuple[Exception, TracebackType | None] | None = None
        """The error of the last failed flight (or of a fresh token's rejection), until a
        flight succeeds."""
        self._failures = 0
        """Failed flights in a row (the back-off doubles with each)."""
        self._proven: _Token | None = None
        """The current token once a call succeeded with it (`accepted`)."""
        self._refused: str | None = None
        """The last token rejected before any call succeeded with it: not renewed."""
        self._warned: _Token | None = None
        self._background: set[Background] = set()
        self._closing = False
        self._forgotten = False
        self.auth_calls = 0
        """Token requests sent (`/auth`, plus `/auth/switch_user` for switched users)."""
        if isinstance(credentials, TokenCredentials):
            self._token = _Token.issued(
                credentials.api_key, credentials.token, None, requested_ttl=None, sent_at=clock()
            )

    def __repr__(self) -> str:
        token = self._token
        if token is None:
            state = "no token"
        elif token.expires_at is None:
            state = "token (expiry unknown)"
        else:
            state = f"token valid for {token.expires_at - self._clock():.0f}s"
        return f"<AuthSession {credentials_kind(self._credentials)} {state}>"

    # -- what the client exposes -------------------------------------------------------------

    @property
    def renewable(self) -> bool:
        return not isinstance(self._credentials, TokenCredentials)

    @property
    def coverage_types(self) -> CoverageTypes | None:
        return self._token.coverage_types if self._token else None

    @property
    def operator_id(self) -> str | None:
        return self._token.operator_id if self._token else None

    @property
    def expires_in(self) -> float | None:
        """Seconds until the current token expires by the session's clock (None: unknown)."""
        token = self._token
        if token is None or token.expires_at is None:
            return None
        return token.expires_at - self._clock()

    # -- the pipeline's AuthProvider ---------------------------------------------------------

    def ready_headers(self) -> Mapping[str, str] | None:
        """The headers `headers()` gives at once, without awaiting: the token's while it is
        before its advisory refresh (or cannot be renewed). None: await `headers()`. The
        pipeline's fast path asks this first, and awaits only when it must."""
        token = self._token
        if token is None:
            return None
        if self._closing or token.mandatory_at is None or not self.renewable:
            return token.headers
        assert token.advisory_at is not None
        return token.headers if self._clock() < token.advisory_at else None

    async def headers(self) -> Mapping[str, str]:
        """Auth headers for one attempt, refreshing the token first only when it must be."""
        ready = self.ready_headers()
        if ready is not None:
            return ready
        token = self._token
        if token is not None:
            assert token.advisory_at is not None and token.mandatory_at is not None
            now = self._clock()
            if now < token.mandatory_at:
                await self._advise(now)
                current = self._token
                if current is not None:
                    return current.headers
                token = None  # rejected by the API meanwhile: wait for the new one
            elif now < self._retry_at and not self._expired(token):
                return token.headers  # a refresh just failed: the next one is due later
        elif self._closing:
            raise RuntimeError("the client is closed")
        return (await self._current(token)).headers

    async def invalidate(self, rejected: Mapping[str, str]) -> bool:
        """The API refused `rejected` with 401: forget that token if it is still the current one.

        Returns True when a replay with a fresh token may succeed; False for requests the
        for pre-issued tokens and once the client is closing. (The session's own switch-user
        request carries its token per call, so its 401 never reaches here.)
        """
        if self._closing:
            return False
        if not self.renewable:
            logger.warning("the API rejected the pre-issued token; TokenCredentials cannot renew")
            return False
        sent = rejected.get(TOKEN_HEADER)
        current = self._token
        if current is not None and current.token == sent:
            self._token = None
            if current is not self._proven:
                self._refuse(current)
                return False
            logger.info("the API rejected the current token (revoked or expired); renewing it")
            return True  # the replay waits for the single-flight refresh
        return sent is None or sent != self._refused

    def is_current(self, sent: Mapping[str, str]) -> bool:
        """Whether headers taken earlier still carry the token to send (one comparison).

        The pipeline takes the auth headers before it waits for a connection slot (a refresh
        needs a connection itself), and checks them with this once it has the slot: when the
        token was dropped (rejected with 401) or replaced meanwhile, it gives the slot back and
        takes the headers again, instead of sending a token already known to be refused.
        """
        if self._closing or not self.renewable:
            return True
        current = self._token
        return current is not None and current.token == sent.get(TOKEN_HEADER)

    def accepted(self, sent: Mapping[str, str]) -> None:
        """A call sent with `sent` succeeded: the token works (one comparison per call)."""
        current = self._token
        if current is None or current is self._proven:
            return
        if current.token == sent.get(TOKEN_HEADER):
            self._proven = current

    def _refuse(self, token: _Token) -> None:
        """`token` was rejected before any call succeeded with it: a new one would be too."""
        self._refused = token.token
        error = AuthenticationError(
            401,
            message="the API rejected a freshly issued token before any call succeeded with "
            "it; not renewing it before the back-off",
        )
        self._failed(error)
        logger.error(
            "the API rejected a freshly issued token; no new token for %.0f s",
            self._retry_at - self._clock(),
        )

    # -- refreshing --------------------------------------------------------------------------

    async def _current(self, seen: _Token | None) -> _Token:
        """A token other than `seen` (which is missing, rejected, or past its mandatory
        deadline): the one another caller just obtained, else the outcome of the flight."""
        while True:
            current = self._token
            if current is not None and current is not seen:
                return current
            if self._closing:
                raise RuntimeError("the client is closed")
            if self._rejected is not None:
                if current is not None and not self._expired(current):
                    return current
                error, traceback = self._rejected
                raise error.with_traceback(traceback)
            flight = self._flight
            if flight is None:
                if self._failure is not None and self._clock() < self._retry_at:
                    fallback = self._fallback()
                    if fallback is not None:
                        return fallback
                    error, traceback = self._failure  # backing off: fail at once, no /auth
                    raise error.with_traceback(traceback)
                flight = self._flight = _Flight()
                try:
                    return await self._fly(flight)
                except Exception:
                    fallback = self._fallback()
                    if fallback is None:
                        raise
                    return fallback
            await flight.done.wait()
            if flight.token is not None:
                return flight.token
            if flight.error is not None:
                fallback = self._fallback()
                if fallback is None:
                    raise flight.error.with_traceback(flight.traceback)
                return fallback
            # The caller flying it was cancelled: go round, and fly it ourselves if need be.

    def _expired(self, token: _Token) -> bool:
        return token.expires_at is not None and self._clock() >= token.expires_at

    def _fallback(self) -> _Token | None:
        """After a failed refresh: the current token if it has not expired yet."""
        current = self._token
        if current is None or self._expired(current):
            return None
        if self._warned is not current:
            self._warned = current
            logger.warning(
                "token refresh failed; using the current token for its last %.0f s",
                (current.expires_at or 0.0) - self._clock(),
            )
        return current

    async def _fly(self, flight: _Flight) -> _Token:
        """Obtain a token for `flight` and tell everyone waiting for it.

        If this task is cancelled, the flight ends without token or error and its waiters go
        round again; cancellation never reaches them.
        """
        try:
            token = await self._login()
        except Exception as exc:
            flight.error, flight.traceback = exc, exc.__traceback__
            if _is_rejection(exc):
                self._rejected = (exc, exc.__traceback__)
                logger.error(
                    "the API rejected the credentials (%s); not asking again",
                    _describe(exc),
                )
            else:
                self._failed(exc)
            raise
        else:
            self._failure, self._failures = None, 0
            flight.token = token
            if not self._forgotten:
                self._token = token
            return token
        finally:
            if self._flight is flight:
                self._flight = None
            flight.done.set()

    async def _advise(self, now: float) -> None:
        """Inside the advisory window: start one refresh and let every caller go on with the
        current token. The refresh runs in the background (tasks.py), so no caller waits."""
        if self._flight is not None or self._rejected is not None or now < self._retry_at:
            return
        flight = self._flight = _Flight()
        task = Background(
            lambda: self._advise_in_background(flight), name="soracom-async token refresh"
        )
        self._background.add(task)

    async def _advise_in_background(self, flight: _Flight) -> None:
        try:
            await self._fly(flight)
        except Exception as exc:
            self._advisory_failed(exc)
        finally:
            self._background = {task for task in self._background if not task.done}

    def _failed(self, error: Exception) -> None:
        """A flight failed (or its token was refused at once): back off before the next."""
        self._failures += 1
        self._failure = (error, error.__traceback__)
        self._retry_at = self._clock() + self._retry_delay()

    def _retry_delay(self) -> float:
        remaining = self.expires_in
        if remaining is None or remaining <= 0:  # nothing valid to fall back on
            doublings = min(self._failures - 1, 16)
            return min(RETRY_DELAY_MAX, AUTH_BACKOFF_BASE * float(2**doublings))
        return min(RETRY_DELAY_MAX, max(1.0, remaining / 4))

    def _advisory_failed(self, error: Exception) -> None:
        if not _is_rejection(error):
            logger.warning(
                "early token refresh failed (%s); the current token stays in use",
                _describe(error),
            )

    async def _login(self) -> _Token:
        credentials = self._credentials
        if isinstance(credentials, CredentialSource):
            credentials = await credentials.resolve()
        if isinstance(credentials, TokenCredentials):
            raise AuthenticationError(
                401, message="the pre-issued token was rejected and cannot be renewed"
            )
        if isinstance(credentials, SwitchUserCredentials):
            return await self._switch_user(credentials)
        body = credentials.auth_request_body()
        body["tokenTimeoutSeconds"] = self._token_timeout
        logger.debug(
            "requesting a token with %s (TTL %d s)", type(credentials).__name__, self._token_timeout
        )
        sent_at = self._clock()
        self.auth_calls += 1
        api_key, token, operator_id = await self._request_token("auth", body)
        return self._issued(api_key, token, operator_id, self._token_timeout, sent_at)

    async def _switch_user(self, credentials: SwitchUserCredentials) -> _Token:
        body = credentials.source.auth_request_body()
        body["tokenTimeoutSeconds"] = MIN_TOKEN_TIMEOUT
        logger.debug(
            "requesting a source token with %s to switch users", type(credentials.source).__name__
        )
        self.auth_calls += 1
        source_key, source_token, _ = await self._request_token("auth", body)
        ttl = min(self._token_timeout, SWITCH_USER_MAX_TOKEN_TIMEOUT)
        switch = {
            "operatorId": credentials.operator_id,
            "userName": credentials.user_name,
            "tokenTimeoutSeconds": ttl,
        }
        sent_at = self._clock()
        self.auth_calls += 1
        api_key, token, operator_id = await self._request_token(
            "switch_user",
            switch,
            as_headers={API_KEY_HEADER: source_key, TOKEN_HEADER: source_token},
        )
        del source_key, source_token
        return self._issued(api_key, token, operator_id, ttl, sent_at)

    def _issued(
        self, api_key: str, token: str, operator_id: str | None, ttl: int, sent_at: float
    ) -> _Token:
        issued = _Token.issued(api_key, token, operator_id, requested_ttl=ttl, sent_at=sent_at)
        if issued.advisory_at is not None:
            logger.debug("token issued; refresh due in %.0f s", issued.advisory_at - self._clock())
        return issued

    # -- closing -----------------------------------------------------------------------------

    async def stop_refreshing(self) -> None:
        """From now on, use the current token as is (for a final `/auth/logout`) and never
        request another; background refreshes are cancelled."""
        self._closing = True
        tasks, self._background = self._background, set()
        for task in tasks:
            await task.aclose()

    def revocable_headers(self) -> Mapping[str, str] | None:
        """Headers of the current token if it may still be valid (worth revoking), else None."""
        token = self._token
        if token is None or self._expired(token):
            return None
        return token.headers

    def forget(self) -> None:
        """Drop the token from memory; the session cannot be used afterwards."""
        self._closing = self._forgotten = True
        self._token = self._proven = self._refused = None


def _describe(error: BaseException) -> str:
    """An error for a log line. Our own errors' messages carry no secrets (see errors.py);
    anything else is named by its type only, as its message could hold any value."""
    if isinstance(error, SoracomError):
        return f"{type(error).__name__}: {error}"
    return type(error).__name__
