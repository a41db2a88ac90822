"""`python -m soracom_async.testing`: run the Soracom emulator standalone.

The first line on stdout is one JSON object (`base_url`, `auth_key_id`, `auth_key`, `email`,
`password`, `operator_id`, plus the SAM user, all of the first operator; with `--operators N`,
`operators` lists every operator's) so scripts can read it; human-readable help follows.
Serves until SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .ratelimit import DEFAULT_LIMIT


def _positive(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, not {text!r}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m soracom_async.testing",
        description="Run a local Soracom API emulator (all documented operations under /v1).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 = any free)")
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of all generated data (default 0)"
    )
    parser.add_argument("--sims", type=int, default=1000, help="seeded SIMs (default 1000)")
    parser.add_argument(
        "--operators",
        type=_positive,
        default=1,
        help="operators, each with its own fleet, credentials and budgets (default 1)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"requests per minute per API group (default {DEFAULT_LIMIT}: effectively off)",
    )
    return parser


_HELP = """\
Soracom emulator listening on {base_url}
  operator  {operator_id}
  email     {email} / password {password}
  AuthKey   {auth_key_id} / {auth_key}
  SAM user  {sam_user_name} / {sam_password}

Try:
  curl -s -X POST {base_url}/auth -H 'Content-Type: application/json' \\
       -d '{{"authKeyId": "{auth_key_id}", "authKey": "{auth_key}"}}'

Control endpoints (no auth): {root}/_emulator/info, POST {root}/_emulator/clock/advance,
PUT/DELETE {root}/_emulator/faults, PUT {root}/_emulator/rate_limits/<group>.
Stop with Ctrl-C (SIGINT) or SIGTERM.
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from .server import SoracomEmulator

    emulator = SoracomEmulator(
        host=args.host,
        port=args.port,
        seed=args.seed,
        sim_count=args.sims,
        rate_limit=args.rate_limit,
        operators=args.operators,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        emulator.start()
        credentials = emulator.credentials()
        listed: dict[str, object] = dict(credentials)
        if args.operators > 1:
            listed["operators"] = [dataclasses.asdict(c) for c in emulator.operators]
        print(json.dumps(listed), flush=True)
        root = credentials["base_url"].removesuffix("/v1")
        print(_HELP.format(root=root, **credentials), flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("Soracom emulator stopped.", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
