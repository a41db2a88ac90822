"""Servers that misbehave: absurd hints, no rate-limit headers, silence.

Each test runs a raw loopback HTTP/1.1 server (a thread of its own, so that it serves asyncio's
aiohttp and trio's httpx alike) that answers what the test scripts, and counts what it saw:
requests, and how many were in flight at once. Assertions are on those counts and on the waits
the pipeline plans (`AttemptInfo.wait`), never on wall time; a test that would otherwise sleep
through a planned wait cancels the call as soon as the wait is reported.
"""

from __future__ import annotations

import email.utils
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.ratelimit import (
    RETRY_AFTER_MAX,
    STALE_AFTER,
    WINDOW,
    RateLimitScheduler,
    parse_budget,
    retry_after_seconds,
    server_hint,
)

from .conftest import BACKENDS
from .test_goodput import run_all

Answer = tuple[int, dict[str, str]] | None
"""(status, headers) to answer with; None: never answer (hold the request until the client
gives up)."""

HUGE = "1000000000"  # 31 years, in seconds
TOKEN = sa.TokenCredentials(api_key="api-key-test", token="token-test")
JITTER = 1.0  # the most the retry policy adds to a server's hint


class RawServer:
    """A loopback HTTP/1.1 server (keep-alive) whose answers `respond(index, path)` decides."""

    def __init__(self, respond: Callable[[RawServer, int, str], Answer]) -> None:
        self.respond = respond
        self.paths: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.changed = threading.Condition()
        self.stopping = threading.Event()
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(0.05)
                while not outer.stopping.is_set():
                    path = self._read_request()
                    if path is None:
                        return
                    outer._serve(self, path)

            def _read_request(self) -> str | None:
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = self._recv()
                    if not chunk:
                        return None
                    head += chunk
                lines = head.split(b"\r\n")
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                body = head.split(b"\r\n\r\n", 1)[1]
                while len(body) < length:
                    chunk = self._recv()
                    if not chunk:
                        return None
                    body += chunk
                return lines[0].split()[1].decode()

            def _recv(self) -> bytes:
                while not outer.stopping.is_set():
                    try:
                        return bytes(self.request.recv(65536))
                    except TimeoutError:
                        continue
                    except OSError:
                        return b""
                return b""

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 1024  # every client connection at once, none refused

        self._server = Server(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    def _serve(self, handler: socketserver.StreamRequestHandler, path: str) -> None:
        with self.changed:
            index = len(self.paths)
            self.paths.append(path)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.changed.notify_all()
        try:
            answer = self.respond(self, index, path)
            if answer is None:  # silent: wait for the client to give up and close
                while not self.stopping.is_set():
                    try:
                        if not handler.request.recv(1):
                            break
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                return
            status, headers = answer
            body = (
                b'{"code":"TST0001","message":"scripted"}' if status >= 400 else b'{"simId":"s-1"}'
            )
            head = [f"HTTP/1.1 {status} Scripted", f"Content-Length: {len(body)}"]
            head += ["Content-Type: application/json"]
            head += [f"{name}: {value}" for name, value in headers.items()]
            handler.request.sendall(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        finally:
            with self.changed:
                self.in_flight -= 1
                self.changed.notify_all()

    def wait_in_flight(self, n: int, timeout: float) -> None:
        """Block (the server's thread) until `n` requests have been in flight at once, or
        `timeout`."""
        with self.changed:
            self.changed.wait_for(lambda: self.max_in_flight >= n, timeout)

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@contextmanager
def raw_server(respond: Callable[[RawServer, int, str], Answer]) -> Iterator[RawServer]:
    with RawServer(respond) as server:
        yield server


def budget(limit: int, remaining: int, refresh: str) -> dict[str, str]:
    return {
        "x-soracom-ratelimit-limit": str(limit),
        "x-soracom-ratelimit-remaining": str(remaining),
        "x-soracom-ratelimit-seconds-before-refresh": refresh,
    }


def client(server: RawServer, **kwargs: Any) -> sa.SoracomClient:
    kwargs.setdefault("retry", sa.RetryPolicy(backoff_base=0.01, backoff_max=0.05))
    return sa.SoracomClient(credentials=TOKEN, base_url=server.base_url, **kwargs)


async def first_planned_wait(c: sa.SoracomClient, attempts: list[sa.AttemptInfo]) -> float:
    """Call getSim until the pipeline plans its first retry wait; return it (cancelling the
    call instead of sleeping through it)."""
    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:

            async def call() -> None:
                await c.sim.get_sim(sim_id="8942000000000000001")

            tg.start_soon(call)
            while not any(a.wait is not None for a in attempts):  # noqa: ASYNC110
                await anyio.sleep(0.005)
            tg.cancel_scope.cancel()
    return next(a.wait for a in attempts if a.wait is not None)


# -- 1. absurd hints are clamped -------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("status", "headers", "pacing"),
    [
        (429, budget(5, 0, HUGE), True),
        (429, budget(5, 0, HUGE), False),
        (429, {"Retry-After": "1e9"}, True),
        (429, {"Retry-After": "1e9"}, False),
        (503, {"Retry-After": "1e9"}, True),
        (503, {"Retry-After": HUGE}, False),
    ],
    ids=["429-refresh", "429-refresh-unpaced", "429-retry-after", "429-retry-after-unpaced",
         "503-retry-after", "503-retry-after-unpaced"],
)  # fmt: skip
def test_an_absurd_hint_plans_at_most_one_window(
    backend: str, status: int, headers: dict[str, str], pacing: bool
) -> None:
    attempts: list[sa.AttemptInfo] = []

    async def main() -> float:
        async with client(server, on_attempt=attempts.append, rate_limit_pacing=pacing) as c:
            return await first_planned_wait(c, attempts)

    with raw_server(lambda s, i, p: (status, headers)) as server:
        wait = anyio.run(main, backend=backend)
    assert len(server.paths) == 1
    assert attempts[0].status_code == status
    assert 0.0 <= wait <= max(WINDOW, RETRY_AFTER_MAX) + JITTER


@pytest.mark.parametrize("backend", BACKENDS)
def test_retry_after_as_an_http_date_is_honoured(backend: str) -> None:
    attempts: list[sa.AttemptInfo] = []
    ahead = 30.0

    def respond(s: RawServer, i: int, path: str) -> Answer:
        date = email.utils.formatdate(time.time() + ahead, usegmt=True)
        return 503, {"Retry-After": date}

    async def main() -> float:
        async with client(server, on_attempt=attempts.append) as c:
            return await first_planned_wait(c, attempts)

    with raw_server(respond) as server:
        wait = anyio.run(main, backend=backend)
    # The date has whole seconds: between ahead - 1 and ahead, plus the policy's jitter.
    assert ahead - 2.0 <= wait <= ahead + JITTER


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("status", [200, 429])
def test_an_absurd_refresh_does_not_park_the_group_beyond_one_window(
    backend: str, status: int
) -> None:
    """Retries off: what parks the group's later calls is the scheduler's deadline."""

    async def main() -> dict[str, float | int | None]:
        async with client(server, retry=sa.NO_RETRY) as c:
            if status == 200:
                await c.sim.get_sim(sim_id="8942000000000000001")
            else:
                with pytest.raises(sa.RateLimitError) as caught:
                    await c.sim.get_sim(sim_id="8942000000000000001")
                assert caught.value.seconds_before_refresh == WINDOW  # the same parser
            return c._pipeline.rate_limiter.snapshot("Sim")

    with raw_server(lambda s, i, p: (status, budget(5, 0, HUGE))) as server:
        snap = anyio.run(main, backend=backend)
    assert snap["remaining"] == 0
    refresh = snap["seconds_before_refresh"]
    assert refresh is not None and 0 < refresh <= WINDOW


def test_a_stale_group_forgets_what_it_learnt() -> None:
    now = [1000.0]

    async def main() -> None:
        s = RateLimitScheduler(clock=lambda: now[0])
        ticket = await s.acquire("Sim")
        s.observe("Sim", ticket, 200, budget(10, 0, "60"), now[0], now[0])
        assert s.snapshot("Sim")["limit"] == 10
        now[0] += STALE_AFTER + WINDOW + 1
        with anyio.fail_after(1):
            await s.acquire("Sim")  # not parked: the old window is long gone
        snap = s.snapshot("Sim")
        assert snap["limit"] is None and snap["share"] is None  # probing afresh
        assert snap["in_flight"] == 1

    anyio.run(main)


def test_one_parser_owns_the_hint_headers() -> None:
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 42, usegmt=True)
    assert retry_after_seconds({"Retry-After": date}, now=now) == 42.0
    assert retry_after_seconds({"retry-after": email.utils.formatdate(now - 5)}, now=now) == 0.0
    assert retry_after_seconds({"Retry-After": "soon"}) is None
    for bad in ("-1", "nan", "inf", "1e999"):
        assert retry_after_seconds({"Retry-After": bad}) is None
        assert (
            parse_budget({"x-soracom-ratelimit-seconds-before-refresh": bad}, 200).refresh is None
        )
    assert retry_after_seconds({"Retry-After": HUGE}) == RETRY_AFTER_MAX
    assert parse_budget(budget(5, 0, HUGE), 200) == (5, 0, WINDOW)
    assert parse_budget({"Retry-After": HUGE}, 429) == (None, 0, RETRY_AFTER_MAX)
    assert parse_budget({"Retry-After": "3"}, 503) == (None, None, None)  # not a budget
    mixed_case = {"X-Soracom-RateLimit-Seconds-Before-Refresh": "7"}
    assert server_hint(mixed_case) == 7.0
    assert server_hint(mixed_case, rate_limited=False) is None  # only a 429 waits for it
    assert sa.RateLimitError(429, headers=mixed_case).seconds_before_refresh == 7.0
    assert sa.RateLimitError(429, headers=budget(1, 0, HUGE)).seconds_before_refresh == WINDOW
    policy = sa.RetryPolicy(backoff_base=0.1)
    assert policy.wait(1, sa.ServerError(503, headers={"Retry-After": "1e9"})) <= 60.1


# -- 2. an unknown budget is not a budget of one ---------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_silent_server_costs_one_timeout_not_one_per_call(backend: str) -> None:
    n = 20

    async def main() -> list[Any]:
        async with client(server, retry=sa.NO_RETRY, timeout=0.5) as c:
            return await run_all(
                [c.sim.get_sim(sim_id=f"89420000000000000{i:02}") for i in range(n)]
            )

    with raw_server(lambda s, i, p: None) as server:
        results = anyio.run(main, backend=backend)
    assert all(isinstance(r, sa.SoracomTimeoutError) for r in results)
    assert len(server.paths) == n
    # The probe timed out alone; every other call was then in flight at once.
    assert server.max_in_flight == n - 1


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("status", [503, 200])
def test_answers_without_rate_limit_headers_are_not_serialized(backend: str, status: int) -> None:
    n = 20

    def respond(s: RawServer, i: int, path: str) -> Answer:
        if i > 0:  # hold each answer until all the others are in flight too (or 5 s)
            s.wait_in_flight(n - 1, timeout=5)
        return status, {}

    async def main() -> list[Any]:
        async with client(server, retry=sa.NO_RETRY) as c:
            return await run_all(
                [c.sim.get_sim(sim_id=f"89420000000000000{i:02}") for i in range(n)]
            )

    with raw_server(respond) as server:
        results = anyio.run(main, backend=backend)
    if status == 503:
        assert all(isinstance(r, sa.ServerError) for r in results)
    assert len(server.paths) == n
    assert server.max_in_flight == n - 1  # the probe, then everyone else at once


@pytest.mark.parametrize("backend", BACKENDS)
def test_headers_that_appear_later_are_learnt_and_paced(backend: str) -> None:
    """Unpaced only until the headers show up: then the stated budget is honoured."""

    def respond(s: RawServer, i: int, path: str) -> Answer:
        if i == 0:
            return 503, {}  # a load balancer's bare answer
        return 200, budget(100, 0, "60")  # the API's: the window is spent

    async def main() -> None:
        async with client(server, retry=sa.NO_RETRY) as c:
            with pytest.raises(sa.ServerError):
                await c.sim.get_sim(sim_id="8942000000000000001")
            await c.sim.get_sim(sim_id="8942000000000000001")  # unpaced: goes at once
            with anyio.move_on_after(0.3) as scope:
                await c.sim.get_sim(sim_id="8942000000000000001")  # parked for the refresh
            assert scope.cancelled_caught

    with raw_server(respond) as server:
        anyio.run(main, backend=backend)
    assert len(server.paths) == 2


def test_a_probe_that_got_no_answer_ends_the_probing() -> None:
    """A connect failure (nothing sent) too: each caller must not wait its own timeout in turn."""

    async def main() -> None:
        s = RateLimitScheduler()
        ticket = await s.acquire("Sim")
        s.release("Sim", ticket, sent=False)
        with anyio.fail_after(1):
            tickets = [await s.acquire("Sim") for _ in range(50)]  # not one at a time
        assert s.snapshot("Sim")["in_flight"] == len(tickets) == 50

    anyio.run(main)
