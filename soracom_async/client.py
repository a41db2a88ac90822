"""SoracomClient: configuration, lifecycle, and the API groups as attributes.

    async with SoracomClient(credentials=AuthKeyCredentials(...), coverage="g") as client:
        sim = await client.sim.get_sim(sim_id="8942...")

Each group (`client.sim`, `client.group`, ... one per tag of the API) is created on first use;
every operation in it is sent through the client's single pipeline (pipeline.py). The API
Sandbox's own operations are `client.sandbox.<operation>` (sandbox.py), and
`SoracomClient.sandbox_session(...)` opens a client on a throwaway sandbox operator.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import ssl
import time
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import anyio
import attrs

from ._generated.namespaces import TagNamespaces
from ._generated_sandbox.namespaces import SandboxNamespace
from .attempts import AttemptHook
from .auth import (
    DEFAULT_TOKEN_TIMEOUT,
    AuthSession,
    CoverageTypes,
    IssuedToken,
    validate_token_timeout,
)
from .contracts import Timeouts
from .credentials import (
    AuthKeyCredentials,
    Credentials,
    CredentialSource,
    EmailCredentials,
    SamUserCredentials,
    SwitchUserCredentials,
    TokenCredentials,
    credentials_kind,
)
from .endpoints import ENV_ENDPOINT, select_base_url
from .errors import (
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    MalformedResponseError,
    SoracomError,
)
from .pipeline import Pipeline, check_headers, exempt_from_closing
from .ratelimit import RateLimitScheduler
from .retry import RetryPolicy
from .transport import BackendKind

if TYPE_CHECKING:  # bulk.py (and asyncio under it) is imported on first use
    import httpx
    from opentelemetry.metrics import MeterProvider
    from opentelemetry.trace import TracerProvider

    from .bulk import (
        BulkIterator,
        BulkResult,
        I,
        ItemFunction,
        Items,
        JournalPath,
        Progress,
        R,
    )
    from .profiles import Profile
    from .waiters import Waiters

__version__ = "0.1.0"

DEFAULT_TIMEOUT = Timeouts(connect=10.0, read=30.0, write=30.0, pool=30.0)
"""30 s to read or write, 10 s to connect. Waiting for a free connection is not a timeout:
calls queue on the client's concurrency limit instead."""
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
"""64 MiB: far above any page of the API (a page of 100 SIMs is about 100 KB)."""
_CREDENTIAL_TYPES = (
    AuthKeyCredentials,
    EmailCredentials,
    SamUserCredentials,
    SwitchUserCredentials,
    TokenCredentials,
)
REVOKE_TIMEOUT = 10.0
"""Seconds `aclose()` gives `/auth/logout` when `revoke_on_close=True`."""

logger = logging.getLogger("soracom_async.client")


class SoracomClient(TagNamespaces, SandboxNamespace):
    """An async client for the Soracom API. Use it as an async context manager.

    A client belongs to the event loop it first runs on (its connections and locks do): used
    from another loop or thread, a call raises `WrongEventLoopError` at once. Create one
    client per event loop (per test, with pytest's per-test loops), and close it there.

    Args:
        credentials: how to authenticate (auth.py). Without them, the client resolves
            credentials as soracom-cli does: environment variables, then the profile
            (profiles.py).
        profile: the soracom-cli profile to read, from `$SORACOM_PROFILE_DIR` or
            `~/.soracom`. Without `credentials=`, the default is `$SORACOM_PROFILE`, else
            "default" (if it exists); with `credentials=`, only a profile named here is read
            (for its settings), never an ambient one (profiles.py).
        base_url: the API root, e.g. "https://g.api.soracom.io/v1" (a URL without a path gets
            "/v1"). Wins over everything, `$SORACOM_ENDPOINT` included; the variable wins
            over `coverage`, `sandbox` and the profile (endpoints.py has the whole
            precedence). `client.base_url` tells the one in use.
        coverage: "jp" (the default) or "g", selecting the API endpoint.
        sandbox: use the API sandbox endpoints.
        lang: "en" or "ja": the language of error messages (`X-Soracom-Lang`).
        token_timeout: requested token TTL in seconds (180..172800; default: the profile's
            `tokenTimeoutSeconds`, else 86400). Checked here, before any request.
        timeout: per-request timeout: seconds, a `Timeouts`, an `httpx.Timeout`, or None (no
            limit). `connect`, `read` (each wait for bytes of the answer) and `write` (each
            chunk of the request body) are enforced on both transports. Waiting for a free
            connection is `pool_timeout`'s business: the timeout's own `pool` is not used.
        max_connections: pooled connections, which is also the number of requests in flight;
            further calls wait for a free one.
        max_response_bytes: the most an answer's body may hold, decoded (a gzip answer counts
            what it inflates to), checked while it is read; a larger one is abandoned with
            `ResponseTooLargeError`, not retried (default 64 MiB; None: unbounded). Streamed
            downloads (`op.stream()`, files.py) are not bounded by it.
        ssl_context: the TLS settings for every connection (e.g. a corporate CA); default:
            the system's trust store, certificates verified. A certificate that fails
            verification raises `CertificateVerificationError`, never retried.
        retry: the retry policy (retry.py), including the retry budget's capacity.
        transport: an httpx transport to send through (e.g. for tests); by default aiohttp
            on asyncio, httpx's own on trio (`http_backend` chooses explicitly).
        headers: extra headers sent with every request.
        on_attempt: called after every HTTP attempt with an `AttemptInfo` (for metrics).
        pool_timeout: seconds a call may wait for a free connection before failing with
            `PoolTimeoutError`, not retried (default None: calls queue as long as it takes).
        rate_limit_pacing: pace requests into each API group's rate-limit window, learnt
            from the `x-soracom-ratelimit-*` headers (ratelimit.py). False sends at once and
            leaves 429s to the retry policy alone.
        revoke_on_close: on `aclose()` (or leaving `async with`), revoke the token in use
            with `/auth/logout`. Best effort: the call is shielded from cancellation and
            bounded by `REVOKE_TIMEOUT`; if the API or network fails it, a warning is logged
            and `aclose()` still returns normally (the token then lives out its TTL).
        clock: a monotonic clock in seconds for token deadlines (default `time.monotonic`);
            tests inject one to simulate days of running in seconds.
        tracer_provider, meter_provider: OpenTelemetry providers to record this client's
            calls with: a span per call and per HTTP attempt, and metrics (telemetry.py; the
            `otel` extra). Either alone records its kind only. Without them (the default),
            nothing is recorded, unless `soracom_async.telemetry.instrument()` was called.
    """

    def __init__(
        self,
        *,
        credentials: Credentials | CredentialSource | None = None,
        profile: str | None = None,
        base_url: str | None = None,
        coverage: Literal["jp", "g"] | None = None,
        sandbox: bool | None = None,
        lang: Literal["en", "ja"] | None = None,
        token_timeout: int | None = None,
        timeout: float | Timeouts | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        ssl_context: ssl.SSLContext | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_backend: BackendKind = "auto",
        headers: Mapping[str, str] | None = None,
        on_attempt: AttemptHook | None = None,
        pool_timeout: float | None = None,
        rate_limit_pacing: bool = True,
        revoke_on_close: bool = False,
        clock: Callable[[], float] | None = None,
        tracer_provider: TracerProvider | None = None,
        meter_provider: MeterProvider | None = None,
    ) -> None:
        if token_timeout is not None:
            validate_token_timeout(token_timeout)
        if max_connections < 1:
            raise ConfigurationError(f"max_connections must be >= 1, got {max_connections}")
        if pool_timeout is not None and pool_timeout <= 0:
            raise ConfigurationError(f"pool_timeout must be > 0 or None, got {pool_timeout}")
        if lang not in (None, "en", "ja"):
            raise ConfigurationError(f'lang must be "en" or "ja", got {lang!r}')
        _check_options(credentials, max_response_bytes, ssl_context, headers)
        credentials, origin, found = _resolve(credentials, profile)
        endpoint = select_base_url(
            env_endpoint=os.environ.get(ENV_ENDPOINT),
            base_url=base_url,
            coverage=coverage,
            sandbox=sandbox,
            profile_endpoint=found.endpoint if found else None,
            profile_coverage=found.coverage if found else None,
            profile_sandbox=found.sandbox if found else False,
        )
        url = endpoint.url
        if token_timeout is None:
            token_timeout = (found.token_timeout if found else None) or DEFAULT_TOKEN_TIMEOUT
        default_headers = {
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": f"soracom-async/{__version__}",
        }
        if lang is not None:
            default_headers["X-Soracom-Lang"] = lang
        if found is not None:
            default_headers.update(found.headers)
        default_headers.update(headers or {})
        self._credentials = credentials
        self._revoke_on_close = revoke_on_close
        self._closed = False
        self._session: AuthSession | None = None
        if credentials is not None:
            # The session's token requests go through the pipeline (`_request_token`), which
            # exists by the time the first one is made.
            self._session = AuthSession(
                credentials,
                self._request_token,
                token_timeout=token_timeout,
                clock=clock or time.monotonic,
            )
        self._pipeline = Pipeline(
            base_url=url,
            headers=default_headers,
            timeout=Timeouts.of(timeout),
            retry=retry or RetryPolicy(),
            max_connections=max_connections,
            transport=transport,
            backend_kind=http_backend,
            auth=self._session,
            rate_limiter=RateLimitScheduler(enabled=rate_limit_pacing),
            on_attempt=on_attempt,
            pool_timeout=pool_timeout,
            max_response_bytes=max_response_bytes,
            ssl_context=ssl_context,
            # Only a client without credentials can need the explanation.
            missing_credentials=(
                _where_credentials_were_looked_for(profile) if self._session is None else None
            ),
        )
        if tracer_provider is not None or meter_provider is not None:
            from .telemetry import Telemetry  # imports opentelemetry: only when asked for

            self._pipeline.telemetry = Telemetry(
                tracer_provider=tracer_provider, meter_provider=meter_provider
            )
        self._preload()
        logger.debug(
            "client for %s (endpoint from %s), %s from %s",
            url,
            endpoint.source,
            credentials_kind(credentials),
            origin,
        )

    def _preload(self) -> None:
        """Import and build now what the first call would otherwise import or build on the
        event loop, blocking it: the HTTP backend's modules and TLS context, and the `Auth`
        group the token is requested through. (An operation's endpoint module and models are
        imported when it is first used: `client.sim.get_sim` imports get_sim's, no other.)"""
        # A session that can request a token does so on the first call: through the Auth
        # group's operation, in a flight on anyio's primitives. A pre-issued token needs
        # neither, and its first call runs on the fast path, clear of anyio's backend.
        requests_token = self._session is not None and self._session.renewable
        self._pipeline.preload(anyio_backend=requests_token)
        if requests_token:
            _ = self.auth.auth  # the operation the token is requested through (its module)
        importlib.import_module(".pagination", __package__)  # a paginated operation's first use
        # The models package (its lazy index of every model, and the shared types), which any
        # operation's first use needs; the operation's own module and models stay for then.
        importlib.import_module("._generated.models", __package__)

    @classmethod
    def sandbox_session(
        cls,
        *,
        coverage: Literal["jp", "g"] = "jp",
        base_url: str | None = None,
        credentials: AuthKeyCredentials | None = None,
        profile: str | None = None,
        email: str | None = None,
        password: str | None = None,
        keep: bool = False,
        retry: RetryPolicy | None = None,
        timeout: float | Timeouts | httpx.Timeout | None = None,
        http_backend: BackendKind = "auto",
    ) -> AbstractAsyncContextManager[SoracomClient]:
        """A client on a new API Sandbox operator, deleted on exit (sandbox.py):

            async with SoracomClient.sandbox_session(coverage="g") as client:
                sim = await client.sandbox.create_subscriber(body={"subscription": "plan01s"})

        Creates the operator (`/sandbox/init`, which demands a production AuthKey:
        `credentials=AuthKeyCredentials(...)`, else the usual resolution, environment then
        `profile`), then authenticates as it with its email and password (random unless
        given). On exit the operator is deleted (shielded, time-boxed; a failure is logged)
        unless `keep=True`, and the client closed.

        Args:
            coverage: which sandbox: "jp" (api-sandbox.soracom.io) or "g".
            base_url: another sandbox-capable endpoint instead, e.g. a local emulator's
                `emu.base_url` (`$SORACOM_ENDPOINT` is honoured as by the client). A
                non-sandbox endpoint is a `ConfigurationError`, before anything is sent.
            credentials: the production AuthKey the sandbox checks the caller with.
            profile: the soracom-cli profile to take the production AuthKey from.
            email, password: the sandbox operator's (default: generated).
            keep: leave the operator in the sandbox on exit.
            retry, timeout, http_backend: as for `SoracomClient`.
        """
        from .sandbox import open_session

        return open_session(
            cls,
            coverage=coverage,
            base_url=base_url,
            credentials=credentials,
            profile=profile,
            email=email,
            password=password,
            keep=keep,
            client_options={
                "retry": retry,
                "http_backend": http_backend,
                **({} if timeout is None else {"timeout": timeout}),
            },
        )

    def _auth_call_policy(self) -> RetryPolicy:
        """The client's policy, with POST retried like an idempotent method: for the token
        calls (`/auth`, `/auth/switch_user`, `/auth/logout`), which are safe to repeat. A 401
        (wrong credentials) is never retried."""
        policy = self._pipeline.retry
        return attrs.evolve(policy, idempotent_methods=policy.idempotent_methods | {"POST"})

    async def _request_token(
        self,
        kind: Literal["auth", "switch_user"],
        body: dict[str, Any],
        *,
        as_headers: Mapping[str, str] | None = None,
    ) -> IssuedToken:
        """`/auth` or `/auth/switch_user` for the session (its `TokenRequest`), retried like an
        idempotent call; `as_headers` are the auth headers the switch-user call is sent with."""
        operation = self.auth.auth if kind == "auth" else self.auth.switch_user
        try:
            result = await operation.with_options(
                retry=self._auth_call_policy(), auth_headers=as_headers
            )(body=body)
        finally:
            body.clear()  # the credentials leave the callers' frames (reporters capture locals)
        api_key, token = result.api_key, result.token
        if not isinstance(api_key, str) or not isinstance(token, str) or not api_key or not token:
            raise MalformedResponseError(200, operation_id=kind, reason="no API key or token")
        operator_id = result.operator_id if isinstance(result.operator_id, str) else None
        return api_key, token, operator_id

    @property
    def base_url(self) -> str:
        """The API root in use, e.g. "https://api.soracom.io/v1"."""
        return self._pipeline.base_url

    @property
    def coverage_types(self) -> CoverageTypes | None:
        """The operator's coverage types, e.g. ("jp", "g"), read from the token's JWT payload
        (`operator.coverageTypes`); None before the first authentication.

        The JWT signature is not verified: the token comes from the API over TLS in answer
        to our credentials, the value is informational, and the API itself checks the token
        on every call (see `auth.decode_jwt_payload`).
        """
        return self._session.coverage_types if self._session else None

    @functools.cached_property
    def wait(self) -> Waiters:
        """Waiters for the asynchronous operations (waiters.py), created on first use:
        `await client.wait.export(started, save_to="bill.csv")`, `client.wait.analysis_query`,
        `client.wait.sora_cam_image_export`, `client.wait.sora_cam_video_export`,
        `client.wait.order`, `client.wait.batch_job`. Their polls are ordinary calls through
        this client."""
        from .waiters import Waiters

        return Waiters(self, self._pipeline)

    @property
    def operator_id(self) -> str | None:
        """The operator ID the token belongs to (from `/auth`); None before the first auth."""
        return self._session.operator_id if self._session else None

    async def aclose(self) -> None:
        """Close the client. Idempotent; the client cannot be used after (every call raises
        `ClientClosedError`, and so does entering `async with` again).

        - Calls still queued (for a connection, for the rate-limit budget, for a token) fail
          at once with `ClientClosedError`; nothing more is sent, retries included.
        - Requests already sent complete (each bounded by its timeouts) and their callers
          get their answers; `aclose()` waits for them, then closes the connections. Open
          downloads (`op.stream()`) are closed.
        - Token refreshes stop; with `revoke_on_close`, the token is revoked; it is forgotten.
        """
        if self._closed:
            return
        self._closed = True
        pipeline = self._pipeline
        pipeline.start_closing()
        session = self._session
        try:
            if session is not None:
                await session.stop_refreshing()
            await pipeline.drain()
            if (
                session is not None
                and self._revoke_on_close
                and session.revocable_headers() is not None
            ):
                await self._revoke()
        finally:
            if session is not None:
                session.forget()
            await pipeline.aclose()

    async def _revoke(self) -> None:
        """`/auth/logout` for the current token: shielded, time-boxed, never raising for an API
        or network failure (a bug still raises)."""
        retry = self._auth_call_policy()
        with anyio.CancelScope(shield=True) as scope:
            scope.deadline = anyio.current_time() + REVOKE_TIMEOUT
            try:
                with exempt_from_closing():  # the closing client still sends this one
                    await self.auth.logout.with_options(retry=retry)()
            except AuthenticationError:
                logger.debug("token already invalid at close; nothing to revoke")
                return
            except SoracomError as exc:
                logger.warning("could not revoke the token on close (%s)", type(exc).__name__)
                return
        if scope.cancelled_caught:
            logger.warning("could not revoke the token on close (timed out)")
        else:
            logger.debug("token revoked on close")

    async def __aenter__(self) -> SoracomClient:
        if self._closed:
            raise ClientClosedError("the client is closed: create a new one")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"<SoracomClient {self.base_url} {credentials_kind(self._credentials)}>"

    # -- bulk jobs -----------------------------------------------------------------------------

    async def bulk(
        self,
        fn: ItemFunction[I, R],
        items: Items[I],
        *,
        concurrency: int | None = None,
        fail_fast: bool = False,
        progress: Progress = None,
        total: int | None = None,
        journal: JournalPath | None = None,
        key: Callable[[I], str] | None = None,
        retry_failed: bool = False,
        retry_unknown: bool = False,
        replay_safe: bool = False,
    ) -> BulkResult[I, R]:
        """Await `fn(item)` for every item, at most `concurrency` at a time (see bulk.py).

        `items` may be a list or a paginator (`client.sim.list_sims.paginate()`): it is consumed
        lazily, so memory stays flat. Returns a `BulkResult`: `.results` in input order,
        `.errors` as `(index, item, error)`, `.unknown` (items whose outcome is unknown: a
        non-idempotent request whose connection dropped after sending), and counts (succeeded,
        failed, retried, rate-limited). A failure never stops the others unless
        `fail_fast=True`, which cancels the items in flight and raises the first error.
        `progress` is a callback receiving a `BulkStats` after each item, or True for a tqdm bar
        when stderr is a terminal. `concurrency` defaults to `bulk.DEFAULT_CONCURRENCY` (16).

        Resumable jobs (journal.py): `journal="job.db"` records every item's outcome in that
        SQLite file, by `key(item)` (default: the item itself, when it is a string; for models,
        e.g. `key=lambda sim: sim.sim_id`). Run the job again with the same journal and items
        done are skipped, failed ones are reported (`retry_failed=True` runs them again), and
        ones whose outcome is unknown (in flight when the process died) are reported, never
        replayed unless `retry_unknown=True`, or `replay_safe=True`, which says `fn` only makes
        idempotent writes (PUT, DELETE) so running it twice is harmless. A paginator source
        resumes at its checkpoint instead of listing from the start. One job per journal.
        """
        from .bulk import bulk

        return await bulk(
            fn,
            items,
            concurrency=concurrency,
            fail_fast=fail_fast,
            progress=progress,
            total=total,
            journal=journal,
            key=key,
            retry_failed=retry_failed,
            retry_unknown=retry_unknown,
            replay_safe=replay_safe,
            idempotent_methods=self._pipeline.retry.idempotent_methods,
        )

    def bulk_iter(
        self,
        fn: ItemFunction[I, R],
        items: Items[I],
        *,
        concurrency: int | None = None,
        ordered: bool = False,
        fail_fast: bool = False,
        progress: Progress = None,
        total: int | None = None,
        journal: JournalPath | None = None,
        key: Callable[[I], str] | None = None,
        retry_failed: bool = False,
        retry_unknown: bool = False,
        replay_safe: bool = False,
    ) -> BulkIterator[I, R]:
        """Like `bulk()`, but streams an `Outcome` per item as it completes, holding nothing.

            async with client.bulk_iter(fn, items, concurrency=20) as outcomes:
                async for outcome in outcomes:
                    ...  # outcome.index, .item, .result, .error, .status

        `ordered=True` yields in input order instead of completion order. Leaving the block
        (or `aclose()`) cancels the items in flight. `journal=` and the rest as in `bulk()`;
        items the journal skips are streamed too, with `status` "skipped", "failed_before" or
        "unknown".
        """
        from .bulk import bulk_iter

        return bulk_iter(
            fn,
            items,
            concurrency=concurrency,
            ordered=ordered,
            fail_fast=fail_fast,
            progress=progress,
            total=total,
            journal=journal,
            key=key,
            retry_failed=retry_failed,
            retry_unknown=retry_unknown,
            replay_safe=replay_safe,
            idempotent_methods=self._pipeline.retry.idempotent_methods,
        )


def _check_options(
    credentials: object,
    max_response_bytes: object,
    ssl_context: object,
    headers: Mapping[str, str] | None,
) -> None:
    """Arguments of the wrong type or value, refused before anything else happens."""
    if credentials is not None and not isinstance(
        credentials, (*_CREDENTIAL_TYPES, CredentialSource)
    ):
        accepted = ", ".join(t.__name__ for t in _CREDENTIAL_TYPES)
        raise TypeError(
            f"credentials must be one of {accepted}, or a CredentialSource (an object "
            f"with `async def resolve()`); got {type(credentials).__name__}"
        )
    if max_response_bytes is not None and (
        isinstance(max_response_bytes, bool)
        or not isinstance(max_response_bytes, int)
        or max_response_bytes < 1
    ):
        raise ConfigurationError(
            f"max_response_bytes must be a positive int or None, got {max_response_bytes!r}"
        )
    if ssl_context is not None and not isinstance(ssl_context, ssl.SSLContext):
        raise TypeError(f"ssl_context must be an ssl.SSLContext, got {type(ssl_context).__name__}")
    if headers:
        check_headers(headers, "SoracomClient(headers=...)")


def _resolve(
    credentials: Credentials | CredentialSource | None, profile: str | None
) -> tuple[Credentials | CredentialSource | None, str, Profile | None]:
    """Which credentials the client uses, where they came from, and the profile whose settings
    apply (profiles.py's `resolve`). Credentials passed with no profile named are used as
    they are and no profile is read, so profiles.py is imported only when it has something
    to look up."""
    if credentials is not None and profile is None:
        return credentials, "argument", None
    from .profiles import resolve

    found = resolve(credentials, profile)
    return found.credentials, found.origin, found.profile


def _where_credentials_were_looked_for(profile: str | None) -> str:
    """What a call needing credentials says when there are none: what to set, and where the
    client looked (soracom-cli's order: environment, then the profile file)."""
    from .profiles import (
        DEFAULT_PROFILE,
        ENV_AUTH_KEY,
        ENV_AUTH_KEY_ID,
        ENV_EMAIL,
        ENV_OPERATOR_ID,
        ENV_PASSWORD,
        ENV_PROFILE,
        ENV_USER_NAME,
        profile_dir,
        profile_path,
    )

    name = profile or os.environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    try:
        path = str(profile_path(name, profile_dir()))
    except ConfigurationError:
        path = f"{profile_dir()}/{name}.json"
    return (
        "no credentials configured; nothing was sent. Pass SoracomClient(credentials=...), "
        f"or set {ENV_AUTH_KEY_ID} and {ENV_AUTH_KEY} (or {ENV_EMAIL} and {ENV_PASSWORD}, or "
        f"{ENV_OPERATOR_ID}, {ENV_USER_NAME} and {ENV_PASSWORD}), or write the soracom-cli "
        f"profile {name!r} to {path} (chmod 600). Looked in: those environment variables "
        f"(none set), and {path} (not found)."
    )
