"""`SoracomEmulator`: the emulator on a real loopback port, run by uvicorn in its own thread.

The same uvicorn server also listens on a second port, the storage origin that Harvest Files
downloads are redirected to (`storage_url`, `storage_requests`; see `storage.py`).

The server runs on a dedicated background thread with its own event loop, so the emulator
works the same from asyncio, trio or synchronous code: `async with SoracomEmulator() as emu`,
`with SoracomEmulator() as emu`, or `emu.start()` / `emu.stop()`. The control methods are plain
synchronous, thread-safe calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any

import uvicorn

from .app import EmulatorApp
from .auth import TOKEN_TTL_DEFAULT, TokenRecord, check_ttl
from .clock import Clock
from .core import EmulatorConfig, EmulatorCore
from .counters import Counters
from .errors import ApiError, render
from .faults import FaultInjector, FaultKind, Faults
from .files import DEFAULT_CONTENT_TYPE, file_key
from .nulls import DEFAULT_NULL_SHARE
from .pagination import DEFAULT_PAGE_SIZE
from .ratelimit import DEFAULT_LIMIT, DEFAULT_WINDOW_SECONDS
from .spec import Spec
from .state import EmulatorState, OperatorCredentials
from .storage import StorageRequest

logger = logging.getLogger("soracom_async.testing")

_START_TIMEOUT = 10.0
_SHUTDOWN_GRACE = 0.5


class _Server(uvicorn.Server):
    """uvicorn's server with an event-driven main loop and a prompt shutdown."""

    def __init__(self, config: uvicorn.Config, *, on_shutdown: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_shutdown = on_shutdown
        self.ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        try:
            await super().startup(sockets=sockets)
        finally:
            self.ready.set()

    async def main_loop(self) -> None:
        assert self._wake is not None
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 10) % 864_000  # one tick per second refreshes the date header
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=1.0)
            should_exit = await self.on_tick(counter)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self._on_shutdown()  # requests held in a latency fault give up before being cancelled
        for server in self.servers:
            server.close()
        for sock in sockets or []:
            sock.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _SHUTDOWN_GRACE
        # uvicorn's connection and task sets have no event to wait on: poll until the deadline.
        while (  # noqa: ASYNC110
            self.server_state.connections or self.server_state.tasks
        ) and loop.time() < deadline:
            await asyncio.sleep(0.002)
        for task in list(self.server_state.tasks):
            task.cancel()
        for connection in list(self.server_state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        for server in self.servers:
            await server.wait_closed()

    def request_exit(self) -> None:
        """Ask the server (from any thread) to shut down."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between
                loop.call_soon_threadsafe(wake.set)


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(1024)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def _new_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop()
    loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
    return loop


class SoracomEmulator:
    """A local Soracom API on a real loopback HTTP port.

    Keyword-only configuration:

    * `host`, `port` (0: a free port), `seed` (everything seeded is derived from it);
    * `sim_count` seeded SIMs (default 1000), `group_count` seeded groups (default 3, every
      tenth SIM in each), `coverage_types` carried in tokens (default ("jp", "g"));
    * `rate_limit` requests per `rate_limit_window` seconds per API group (default 1,000,000 per
      60 s: effectively off, headers still present), `rate_limits` per-group overrides;
    * `page_size`: page size of lists when the request gives no `limit` and the document no
      default (default 10); `synthetic_list_size` items behind synthesized lists (default 25);
    * `null_share`: the share of records (seeded SIMs/subscribers and groups, created ones, and
      synthesized answers) whose unset optional fields are JSON null rather than absent, as
      the real API sends them (`"groupId": null`, `"expiryAction": null`, `"imeiLock": null`,
      a virtual SIM's `"serialNumber": null`, ...). Default 1/3, deterministic from `seed`;
      0.0 turns it off (see `soracom_async.testing.nulls`);
    * `faults`: initial `Faults` (default none);
    * `operators`: how many operators to seed (default 1), each with its own account,
      credentials, fleet, groups, files, SAM users and rate-limit buckets. The credential
      attributes (`auth_key_id`, `email`, ...) and `state` are the first one's; `operators`
      lists them all and `add_operator()` creates another. A request acts on its token's
      operator: another operator's SIM is a 404, its operator ID a 403.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
        sim_count: int = 1000,
        group_count: int = 3,
        coverage_types: Iterable[str] = ("jp", "g"),
        rate_limit: int = DEFAULT_LIMIT,
        rate_limit_window: float = DEFAULT_WINDOW_SECONDS,
        rate_limits: Mapping[str, int] | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        synthetic_list_size: int = 25,
        null_share: float = DEFAULT_NULL_SHARE,
        faults: Faults | None = None,
        operators: int = 1,
    ) -> None:
        self.config = EmulatorConfig(
            host=host,
            port=port,
            seed=seed,
            sim_count=sim_count,
            group_count=group_count,
            coverage_types=tuple(coverage_types),
            rate_limit=rate_limit,
            rate_limit_window=rate_limit_window,
            rate_limits=dict(rate_limits or {}),
            page_size=page_size,
            synthetic_list_size=synthetic_list_size,
            null_share=null_share,
            faults=faults or Faults(),
            operators=operators,
        )
        self.core = EmulatorCore(self.config)
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._port: int | None = None
        self._storage_port: int | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> SoracomEmulator:
        """Bind, start serving on the background thread, and wait until connections are accepted."""
        with self._lock:
            if self._thread is not None:
                raise RuntimeError("the emulator is already running")
            sock = _listen(self.config.host, self.config.port)
            try:
                storage_sock = _listen(self.config.host, 0)
            except OSError:
                sock.close()
                raise
            self._port = sock.getsockname()[1]
            self._storage_port = storage_sock.getsockname()[1]
            self.core.services.storage_url = self._url(self._storage_port)
            app = EmulatorApp(self.core)
            app.storage_port = self._storage_port
            uv_config = uvicorn.Config(
                app,
                host=self.config.host,
                port=self._port,
                http="httptools",
                ws="none",
                lifespan="off",
                log_config=None,
                log_level="warning",
                access_log=False,
                proxy_headers=False,
                server_header=False,
                timeout_graceful_shutdown=1,
                backlog=1024,
            )
            server = _Server(uv_config, on_shutdown=app.close)
            thread = threading.Thread(
                target=self._serve,
                args=(server, [sock, storage_sock]),
                name=f"soracom-emulator:{self._port}",
                daemon=True,
            )
            self._server, self._thread, self._error = server, thread, None
            thread.start()
        if not server.ready.wait(_START_TIMEOUT) or self._error is not None or not server.started:
            error = self._error
            self.stop()
            raise RuntimeError("the Soracom emulator failed to start") from error
        logger.debug("Soracom emulator listening on %s", self.base_url)
        return self

    def _serve(self, server: _Server, sockets: list[socket.socket]) -> None:
        loop = _new_loop()
        try:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(server.serve(sockets=sockets))
        except BaseException as exc:
            self._error = exc
            logger.exception("the Soracom emulator server stopped with an error")
        finally:
            server.ready.set()
            try:
                loop.run_until_complete(loop.shutdown_asyncgens())
            finally:
                asyncio.set_event_loop(None)
                loop.close()
                for sock in sockets:
                    sock.close()

    def stop(self) -> None:
        """Shut the server down and join its thread (idempotent)."""
        with self._lock:
            server, thread = self._server, self._thread
            self._server = self._thread = None
        if server is not None:
            server.request_exit()
        if thread is not None:
            thread.join(timeout=_START_TIMEOUT)
            if thread.is_alive():
                logger.warning("the Soracom emulator thread did not stop in time")

    def __enter__(self) -> SoracomEmulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> SoracomEmulator:
        import anyio.to_thread

        await anyio.to_thread.run_sync(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        import anyio.to_thread

        await anyio.to_thread.run_sync(self.stop)

    # -- addresses and credentials ------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the emulator has not been started")
        return self._port

    def _url(self, port: int) -> str:
        host = self.config.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>/v1`."""
        return self._url(self.port) + "/v1"

    @property
    def storage_url(self) -> str:
        """`http://127.0.0.1:<another port>`: the origin `getFile` redirects downloads to."""
        if self._storage_port is None:
            raise RuntimeError("the emulator has not been started")
        return self._url(self._storage_port)

    @property
    def operator_id(self) -> str:
        return self.core.state.operator_id

    @property
    def email(self) -> str:
        return self.core.state.account.email

    @property
    def password(self) -> str:
        return self.core.state.account.password

    @property
    def auth_key_id(self) -> str:
        return self.core.state.seeded_auth_key.auth_key_id

    @property
    def auth_key(self) -> str:
        return self.core.state.seeded_auth_key.auth_key

    @property
    def sam_user_name(self) -> str:
        return self.core.state.seeded_sam_user.user_name

    @property
    def sam_password(self) -> str:
        return self.core.state.seeded_sam_user.password or ""

    # -- operators ----------------------------------------------------------------------------

    @property
    def operators(self) -> list[OperatorCredentials]:
        """The seeded credentials of every operator, the first (primary) one first."""
        with self.core.operators.lock:
            return [state.credentials() for state in self.core.operators]

    def add_operator(self) -> OperatorCredentials:
        """Create another operator (its own account, fleet of `sim_count` SIMs, groups, SAM
        user and rate-limit buckets) and return its credentials. Works while running."""
        return self.core.operators.add().credentials()

    def operator_state(self, operator_id: str) -> EmulatorState:
        """The data of one operator (`state` is the primary one's); KeyError if unknown."""
        return self.core.operators[operator_id]

    def credentials(self) -> dict[str, str]:
        """The object the CLI prints first: base URL, storage origin and the seeded account."""
        return {
            "base_url": self.base_url,
            "storage_url": self.storage_url,
            "auth_key_id": self.auth_key_id,
            "auth_key": self.auth_key,
            "email": self.email,
            "password": self.password,
            "operator_id": self.operator_id,
            "sam_user_name": self.sam_user_name,
            "sam_password": self.sam_password,
        }

    def issue_token(
        self,
        ttl: int = TOKEN_TTL_DEFAULT,
        *,
        user_name: str | None = None,
        operator_id: str | None = None,
    ) -> TokenRecord:
        """An API key/token pair without an HTTP round trip (not counted as an auth call), of
        the primary operator unless `operator_id` names another."""
        state = self.core.operators[operator_id] if operator_id else self.core.state
        return self.core.tokens.issue(state.operator_id, user_name, check_ttl(ttl))

    # -- control API --------------------------------------------------------------------------

    @property
    def spec(self) -> Spec:
        return self.core.spec

    @property
    def clock(self) -> Clock:
        """`emu.clock.advance(seconds)` expires tokens and refreshes rate-limit windows."""
        return self.core.clock

    @property
    def state(self) -> EmulatorState:
        """Direct access to the data (hold `emu.state.lock` for a consistent view)."""
        return self.core.state

    @property
    def counters(self) -> Counters:
        return self.core.counters

    @property
    def faults(self) -> FaultInjector:
        return self.core.faults

    def request_count(self, operation_id: str | None = None) -> int:
        """Requests routed to `operation_id` (all operations when None)."""
        return self.core.counters.request_count(operation_id)

    def applied_count(self, operation_id: str) -> int:
        """Times the write `operation_id` was actually applied (even if its answer was lost)."""
        return self.core.counters.applied_count(operation_id)

    @property
    def rate_limited_count(self) -> int:
        return self.core.counters.rate_limited

    @property
    def auth_calls(self) -> int:
        return self.core.counters.auth_calls

    def reset_counters(self) -> None:
        self.core.counters.reset()

    # -- Harvest Files ------------------------------------------------------------------------

    @property
    def storage_requests(self) -> list[StorageRequest]:
        """A snapshot of every request the storage origin received, oldest first (method, path,
        query, all headers): assert that no API credential ever travelled there."""
        return self.core.storage_log.snapshot()

    def clear_storage_requests(self) -> None:
        self.core.storage_log.clear()

    def put_file(
        self,
        path: str,
        content: bytes,
        *,
        scope: str = "private",
        content_type: str = DEFAULT_CONTENT_TYPE,
    ) -> None:
        """Store a Harvest Files file directly (e.g. in the "public" scope, which the API
        cannot write)."""
        with self.core.state.lock:
            now = self.core.clock.now_ms()
            try:
                self.core.state.files.put(scope, file_key(path), content, content_type, now)
            except ApiError as exc:
                raise ValueError(render(exc.code, exc.params, "en")) from None

    def set_faults(self, faults: Faults | None = None, **fields: Any) -> Faults:
        """Replace the random faults: a `Faults`, or its fields as keywords (others default)."""
        if faults is not None and fields:
            raise TypeError("pass either a Faults or keyword fields, not both")
        chosen = faults if faults is not None else Faults(**fields)
        self.core.faults.configure(chosen)
        return chosen

    def clear_faults(self) -> None:
        """No random faults and no pending scripted ones."""
        self.core.faults.clear()

    def inject_fault(
        self,
        kind: FaultKind,
        *,
        count: int = 1,
        operation_ids: Iterable[str] | None = None,
        status: int = 503,
        after_apply: bool = False,
        latency: float = 0.0,
    ) -> None:
        """Script `count` faults for the next matching requests ("error", "drop", "malformed",
        "latency"); `after_apply=True` drops a write only after applying it."""
        self.core.faults.inject(
            kind,
            count=count,
            operation_ids=operation_ids,
            status=status,
            after_apply=after_apply,
            latency=latency,
        )

    def set_rate_limit(
        self,
        group: str | None,
        limit: int,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        *,
        operator_id: str | None = None,
    ) -> None:
        """Budget of an API group (an operation's first tag, e.g. "Sim"); None or "default" sets
        every group without its own. Resets that group's current windows. Each operator spends
        its own budget; with `operator_id` the limit is that operator's alone."""
        if operator_id is None:
            self.core.ratelimiter.set_limit(group, limit, window_seconds)
            return
        self.operator_state(operator_id)  # a KeyError for an unknown operator
        self.core.ratelimiter.set_limit(group, limit, window_seconds, caller=f"op:{operator_id}")

    def reset_rate_limits(self) -> None:
        """Start every rate-limit window afresh."""
        self.core.ratelimiter.reset()

    def __repr__(self) -> str:
        where = self.base_url if self._port is not None else "not started"
        return f"<SoracomEmulator {where} seed={self.config.seed} sims={self.config.sim_count}>"
