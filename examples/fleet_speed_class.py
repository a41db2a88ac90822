"""Set the speed class of every SIM tagged X: a fleet job in a dozen lines of SDK code.

    python examples/fleet_speed_class.py                      # against a local emulator
    python examples/fleet_speed_class.py --tag fleet=green --speed-class s1.fast

The SIMs are streamed from a paginated search straight into a bulk job: pages are fetched
ahead while updates run, at most `--concurrency` updates are in flight, the client paces itself
to the API's rate limit, and a failed update is reported with its SIM instead of stopping the
job. Nothing holds the whole fleet in memory.

With SORACOM_ENDPOINT, SORACOM_PROFILE or SORACOM_AUTH_KEY_ID/SORACOM_AUTH_KEY set it talks to
that API instead, and only lists the SIMs it would change unless `--yes` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator, Iterator

import soracom_async as sa
from soracom_async.models import Sim

DEMO_SIMS = 1000
DEMO_RATE_LIMIT = 250  # requests per second per API group, to show the client pacing itself


async def tagged_sims(client: sa.SoracomClient, name: str, value: str) -> AsyncIterator[Sim]:
    """Every SIM whose tag `name` is exactly `value`, streamed page by page."""
    async with client.query.search_sims.paginate(tag=value, limit=100) as sims:
        async for sim in sims:
            if sim.tags and sim.tags.additional_properties.get(name) == value:
                yield sim


async def run(client: sa.SoracomClient, args: argparse.Namespace, apply: bool) -> int:
    name, _, value = args.tag.partition("=")
    print(f"SIMs tagged {name}={value} -> speed class {args.speed_class}", flush=True)

    async def set_speed_class(sim: Sim) -> str:
        if apply:
            await client.sim.update_sim_speed_class(
                sim_id=sim.sim_id, body={"speedClass": args.speed_class}
            )
        return str(sim.sim_id)

    result = await client.bulk(
        set_speed_class,
        tagged_sims(client, name, value),
        concurrency=args.concurrency,
        progress=True,  # a tqdm bar when tqdm is installed and stderr is a terminal
    )
    verb = "updated" if apply else "would be updated (dry run: pass --yes to apply)"
    print(f"  {result.succeeded} SIMs {verb}")
    print(f"  {result.summary()}")
    for index, sim, error in result.errors[:5]:
        print(f"  failed #{index}: {sim.sim_id}: {error}")
    if len(result.errors) > 5:
        print(f"  ... and {len(result.errors) - 5} more")
    return 0 if result.ok else 1


@contextlib.contextmanager
def emulator(args: argparse.Namespace) -> Iterator[sa.SoracomClient]:
    try:
        from soracom_async.testing import SoracomEmulator
    except ImportError:
        sys.exit("the demo needs the emulator: pip install 'soracom-async[emulator]'")
    started = time.perf_counter()
    with SoracomEmulator(
        sim_count=DEMO_SIMS, rate_limit=DEMO_RATE_LIMIT, rate_limit_window=1.0
    ) as emu:
        print(
            f"Soracom emulator at {emu.base_url}: {DEMO_SIMS} SIMs, "
            f"{DEMO_RATE_LIMIT} requests/s per API group "
            f"(started in {time.perf_counter() - started:.1f}s)"
        )
        credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
        yield sa.SoracomClient(credentials=credentials, base_url=emu.base_url)
        # Check the job's work on the emulator's own data.
        name, _, value = args.tag.partition("=")
        with emu.state.lock:
            tagged = [s for s in emu.state.sims.values() if s["tags"].get(name) == value]
            done = sum(s["speedClass"] == args.speed_class for s in tagged)
        print(f"Checked: {done}/{len(tagged)} SIMs tagged {args.tag} have {args.speed_class}")


def live() -> bool:
    names = ("SORACOM_ENDPOINT", "SORACOM_PROFILE", "SORACOM_AUTH_KEY_ID")
    return any(os.environ.get(n) for n in names)


async def main_async(args: argparse.Namespace) -> int:
    if live():
        async with sa.SoracomClient() as client:
            print(f"Soracom API at {client.base_url}")
            return await run(client, args, apply=args.yes)
    with emulator(args) as client:
        async with client:
            return await run(client, args, apply=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tag", default="fleet=blue", help="NAME=VALUE (default fleet=blue)")
    parser.add_argument("--speed-class", default="s1.slow", help="default s1.slow")
    parser.add_argument("--concurrency", type=int, default=20, help="updates in flight")
    parser.add_argument("--yes", action="store_true", help="apply changes on a real account")
    args = parser.parse_args()
    if "=" not in args.tag:
        parser.error("--tag must be NAME=VALUE")
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
