"""The emulator's own HTTP endpoints under `/_emulator/` (no auth; loopback only by default).

They mirror the Python control API for processes that run the emulator standalone
(`python -m soracom_async.testing`):

    GET    /_emulator/info                 seeded credentials, clock offset, counters
    POST   /_emulator/clock/advance        {"seconds": 3600}
    PUT    /_emulator/faults               {"error_rate": 0.1, ...}  (fields of `Faults`)
    DELETE /_emulator/faults
    POST   /_emulator/faults/inject        {"kind": "drop", "count": 1, "operation_ids": [...]}
    PUT    /_emulator/rate_limits/{group}  {"limit": 5, "window_seconds": 60}  (group or "default")
    POST   /_emulator/counters/reset
    GET    /_emulator/download/...         bytes behind a synthesized redirect (getFile itself
                                           redirects to the storage origin, `storage.py`)
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .faults import Faults

if TYPE_CHECKING:
    from .core import EmulatorCore

_FAULT_FIELDS = frozenset(Faults.__dataclass_fields__)


def info(core: EmulatorCore) -> dict[str, Any]:
    state = core.state
    return {
        "operator_id": state.operator_id,
        "email": state.account.email,
        "password": state.account.password,
        "auth_key_id": state.seeded_auth_key.auth_key_id,
        "auth_key": state.seeded_auth_key.auth_key,
        "sam_user_name": state.seeded_sam_user.user_name,
        "sam_password": state.seeded_sam_user.password,
        "clock_offset": core.clock.offset,
        "counters": core.counters.snapshot(),
        "faults_injected": dict(core.faults.injected),
    }


def _error(status: int, message: str) -> Response:
    return JSONResponse({"code": "EMU0400", "message": message}, status_code=status)


async def handle_control(core: EmulatorCore, request: Request) -> Response:
    path = request.url.path.removeprefix("/_emulator")
    method = request.method
    try:
        raw = await request.body()
        body: dict[str, Any] = json.loads(raw) if raw else {}
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        if path.startswith("/download/"):
            return Response(b"emulated file content\n", media_type="application/octet-stream")
        if path == "/info" and method == "GET":
            return JSONResponse(info(core))
        if path == "/clock/advance" and method == "POST":
            core.clock.advance(float(body.get("seconds", 0)))
            return JSONResponse({"now": core.clock.now(), "offset": core.clock.offset})
        if path == "/faults" and method == "PUT":
            unknown = set(body) - _FAULT_FIELDS
            if unknown:
                raise ValueError(f"unknown fault fields: {sorted(unknown)}")
            for key in ("error_statuses", "operation_ids"):
                if body.get(key) is not None:
                    body[key] = (tuple if key == "error_statuses" else frozenset)(body[key])
            core.faults.configure(Faults(**body))
            return Response(status_code=204)
        if path == "/faults" and method == "DELETE":
            core.faults.clear()
            return Response(status_code=204)
        if path == "/faults/inject" and method == "POST":
            kind = body.pop("kind")
            core.faults.inject(kind, **body)
            return Response(status_code=204)
        if path.startswith("/rate_limits/") and method == "PUT":
            group = path.removeprefix("/rate_limits/")
            core.ratelimiter.set_limit(
                group, int(body["limit"]), float(body.get("window_seconds", 60))
            )
            return Response(status_code=204)
        if path == "/counters/reset" and method == "POST":
            core.counters.reset()
            return Response(status_code=204)
    except (ValueError, TypeError, KeyError) as exc:
        return _error(400, f"bad control request: {exc}")
    return _error(404, f"no control endpoint {method} {path}")
