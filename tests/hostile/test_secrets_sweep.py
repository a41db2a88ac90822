"""No credential in any exception the SDK raises or reports, whatever the server does.

A fault matrix (on /auth and on a call, on both transports) is run against a raw loopback
server; every exception raised or passed to `on_attempt` is walked with its whole chain
(`__cause__`, `__context__`): str, repr, formatted traceback, the attributes of each exception
recursively, and the repr of every local of the SDK's frames in its traceback (what error
reporters capture). None may contain the API key, token, AuthKey or password.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

import soracom_async as sa

from .rawserver import (
    API_KEY,
    AUTH_KEY,
    AUTH_KEY_ID,
    PASSWORD,
    RUN_IDS,
    RUNS,
    SECRETS,
    TOKEN,
    RawServer,
    Reply,
    Seen,
    json_response,
    response,
)

AUTH_OK = f'{{"apiKey": "{API_KEY}", "token": "{TOKEN}", "operatorId": "OP0012345678"}}'.encode()
FAULTS: dict[str, Reply] = {
    "bad status line": Reply(b"HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n", close=True),
    "over-long header": Reply(
        b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\nContent-Length: 2\r\n\r\n{}"
    ),
    "truncated json": Reply(json_response(200, AUTH_OK[:60])),
    "garbled json": Reply(json_response(200, b'{"apiKey": ]]] "' + TOKEN.encode())),
    "dropped connection": Reply(close=True),
    "timeout": Reply(hang=True),
    "lying content-encoding": Reply(
        response(200, AUTH_OK, {"Content-Encoding": "gzip", "Content-Type": "application/json"})
    ),
    "3xx": Reply(response(302, b"", {"Location": "http://127.0.0.1:9/elsewhere"})),
    "5xx": Reply(json_response(503, b'{"code": "SEM0001", "message": "busy"}')),
}


def script(fault: Reply, target: str) -> Any:
    def answer(seen: Seen) -> Reply:
        is_auth = seen.path == "/v1/auth"
        if is_auth != (target == "auth"):
            return Reply(json_response(200, AUTH_OK if is_auth else b'{"simId": "8942"}'))
        return fault

    return answer


def chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]


def texts(value: Any, depth: int = 0, seen: set[int] | None = None) -> Iterator[str]:
    """Every string reachable from `value`'s attributes (a few levels deep)."""
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 5:
        return
    seen.add(id(value))
    if isinstance(value, (str, bytes, bytearray)):
        yield value.decode("latin-1") if isinstance(value, (bytes, bytearray)) else value
        return
    if isinstance(value, (int, float, bool, type(None))):
        return
    yield repr(value)
    if isinstance(value, dict):
        items: list[Any] = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    else:
        attributes = dict(getattr(value, "__dict__", {}))
        for name in getattr(type(value), "__slots__", ()):
            if hasattr(value, name):
                attributes[name] = getattr(value, name)
        items = list(attributes.values())
    for item in items:
        yield from texts(item, depth + 1, seen)


def frame_locals(error: BaseException) -> Iterator[str]:
    """The repr of each local of the SDK's own frames in the traceback."""
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if "soracom_async" in frame.f_code.co_filename:
            where = f"{frame.f_code.co_filename}:{frame.f_code.co_name}"
            for name, value in frame.f_locals.items():
                yield f"{where} {name}={value!r}"
        tb = tb.tb_next


def leaks(error: BaseException) -> list[str]:
    found = []
    for link in chain(error):
        views = [str(link), repr(link), "".join(traceback.format_exception(link))]
        views += list(texts(vars(link)))
        views += list(frame_locals(link))
        for view in views:
            for secret in SECRETS:
                if secret in view:
                    found.append(f"{type(link).__name__}: {secret!r} in {view[:300]!r}")
    return found


CASES = [(fault, target) for fault in FAULTS for target in ("auth", "call")]


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
@pytest.mark.parametrize(("fault", "target"), CASES, ids=[f"{f}-{t}" for f, t in CASES])
def test_no_secret_in_any_error_or_attempt(
    backend: str, transport: str, fault: str, target: str, raw_server: RawServer
) -> None:
    raw_server.script = script(FAULTS[fault], target)
    attempts: list[sa.AttemptInfo] = []
    credentials: sa.Credentials = (
        sa.EmailCredentials("ops@example.com", PASSWORD)
        if fault == "truncated json"
        else sa.AuthKeyCredentials(AUTH_KEY_ID, AUTH_KEY)
    )

    async def main() -> BaseException:
        async with sa.SoracomClient(
            credentials=credentials,
            base_url=raw_server.base_url,
            http_backend=transport,  # type: ignore[arg-type]
            retry=sa.RetryPolicy(max_attempts=2, backoff_base=0.001, backoff_max=0.002),
            timeout=0.5,
            on_attempt=attempts.append,
        ) as client:
            with anyio.fail_after(20), pytest.raises(sa.SoracomError) as caught:
                await client.sim.get_sim(sim_id="8942")
            return caught.value

    error = anyio.run(main, backend=backend)
    assert raw_server.seen  # the fault was met
    reported = [a.error for a in attempts if a.error is not None]
    assert reported  # and reported to the hook
    found = leaks(error) + [leak for e in reported for leak in leaks(e)]
    found += [f"AttemptInfo: {a!r}" for a in attempts if any(s in repr(a) for s in SECRETS)]
    assert found == []
