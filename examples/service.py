"""An ASGI service (Starlette) in front of the Soracom API: one client for every request.

    python examples/service.py              # uvicorn on 127.0.0.1:8000, against a local emulator
    python examples/service.py --port 0     # any free port (the URL is printed)
    curl http://127.0.0.1:8000/sims/<sim id>
    curl -X POST -d '{"speedClass": "s1.fast"}' http://127.0.0.1:8000/sims/<sim id>/speed-class

One `SoracomClient` is opened in the application's lifespan and shared by all requests: one
token (a single-flight sign-in, however many requests arrive at once), one connection pool, one
rate-limit budget. It closes when the server shuts down (SIGINT/SIGTERM under uvicorn).

SDK errors become HTTP answers (`ERRORS`): what the caller got wrong is a 4xx, what went wrong
upstream a 502/503/504. Rate limits are retried once by the client (`RETRY`), then answered 503
with `Retry-After` from the API's own hint, so no caller is held for a whole rate-limit window.
Error bodies carry the API's `code` and `message`, never a credential.

Without SORACOM_ENDPOINT, SORACOM_PROFILE or SORACOM_AUTH_KEY_ID set, it starts an emulator and
serves in front of it; otherwise it uses that API.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Iterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import soracom_async as sa

RETRY = sa.RetryPolicy(max_attempts=2, backoff_max=2.0)
"""A request waits for at most one retry: a web caller would rather be told to come back."""

ERRORS: list[tuple[type[sa.SoracomError], int, str]] = [
    (sa.NotFoundError, 404, "not_found"),
    (sa.BadRequestError, 422, "invalid"),
    (sa.UnprocessableEntityError, 422, "invalid"),
    (sa.ConflictError, 409, "conflict"),
    (sa.RateLimitError, 503, "rate_limited"),
    (sa.AuthenticationError, 502, "upstream_auth"),  # our credentials, not the caller's
    (sa.PermissionDeniedError, 502, "upstream_forbidden"),
    (sa.ServerError, 502, "upstream_error"),
    (sa.SoracomApiError, 502, "upstream_error"),
    (sa.SoracomTimeoutError, 504, "upstream_timeout"),
    (sa.SoracomConnectionError, 502, "upstream_unreachable"),
    (sa.MalformedResponseError, 502, "upstream_malformed"),
    (sa.ClientClosedError, 503, "shutting_down"),
]
"""SDK error -> (HTTP status, error name), most specific first; anything else is a 500."""


def error_body(error: str, message: str, **more: Any) -> dict[str, Any]:
    return {"error": error, "message": message, **more}


def soracom_error(request: Request, exc: Exception) -> Response:
    """The HTTP answer for an SDK error (the exception handler of `sa.SoracomError`)."""
    status, name = next(((s, n) for cls, s, n in ERRORS if isinstance(exc, cls)), (500, "internal"))
    body = error_body(name, str(exc))
    if isinstance(exc, sa.SoracomApiError):
        body["upstream"] = {"status": exc.status_code, "code": exc.code}
    headers = {}
    if isinstance(exc, sa.RateLimitError):
        headers["Retry-After"] = str(max(1, math.ceil(exc.seconds_before_refresh or 1)))
    return JSONResponse(body, status_code=status, headers=headers)


def soracom(request: Request) -> sa.SoracomClient:
    client: sa.SoracomClient = request.state.soracom
    return client


async def get_sim(request: Request) -> Response:
    sim = await soracom(request).sim.get_sim(sim_id=request.path_params["sim_id"])
    return JSONResponse(sim.to_dict())


async def set_speed_class(request: Request) -> Response:
    try:
        payload = await request.json()
    except ValueError:
        payload = None
    speed_class = payload.get("speedClass") if isinstance(payload, dict) else None
    if not isinstance(speed_class, str) or not speed_class:
        message = 'the body must be a JSON object with a "speedClass" string'
        return JSONResponse(error_body("invalid", message), status_code=422)
    sim = await soracom(request).sim.update_sim_speed_class(
        sim_id=request.path_params["sim_id"], body={"speedClass": speed_class}
    )
    return JSONResponse(sim.to_dict())


def create_app(**client_options: Any) -> Starlette:
    """The service; `client_options` are `SoracomClient`'s keyword arguments (default: its own
    resolution from the environment or a soracom-cli profile, and `retry=RETRY`)."""
    client_options.setdefault("retry", RETRY)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        async with sa.SoracomClient(**client_options) as client:
            yield {"soracom": client}  # `request.state.soracom` in every request

    return Starlette(
        routes=[
            Route("/sims/{sim_id}", get_sim, methods=["GET"]),
            Route("/sims/{sim_id}/speed-class", set_speed_class, methods=["POST"]),
        ],
        exception_handlers={sa.SoracomError: soracom_error},
        lifespan=lifespan,
    )


# -- running it ----------------------------------------------------------------------------------


@contextlib.contextmanager
def upstream() -> Iterator[dict[str, Any]]:
    """The client options: the configured API, or an emulator started for the demo."""
    if any(
        os.environ.get(n) for n in ("SORACOM_ENDPOINT", "SORACOM_PROFILE", "SORACOM_AUTH_KEY_ID")
    ):
        yield {}
        return
    try:
        from soracom_async.testing import SoracomEmulator
    except ImportError:
        sys.exit("the demo needs the emulator: pip install 'soracom-async[emulator]'")
    with SoracomEmulator(sim_count=10) as emu:
        with emu.state.lock:
            first = next(iter(emu.state.sims))
        print(f"Soracom emulator at {emu.base_url}; try /sims/{first}", flush=True)
        key = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
        yield {"credentials": key, "base_url": emu.base_url}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0: any free port")
    args = parser.parse_args()
    import uvicorn

    with upstream() as options:
        sock = socket.create_server((args.host, args.port))
        with sock:
            host, port = sock.getsockname()[:2]
            print(f"service at http://{host}:{port}", flush=True)
            config = uvicorn.Config(create_app(**options), log_level="warning", lifespan="on")
            # uvicorn shuts down gracefully on SIGINT/SIGTERM, then raises the signal again for
            # the handlers it found: these record it, so the program ends normally.
            stopped_by: list[int] = []
            for signum in (signal.SIGINT, signal.SIGTERM):
                signal.signal(signum, lambda signum, frame: stopped_by.append(signum))
            asyncio.run(uvicorn.Server(config).serve(sockets=[sock]))
    print("service stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
