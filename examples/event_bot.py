"""A long-running bot: follow the status history of watched SIMs, react, keep a durable cursor.

    python examples/event_bot.py                  # a demo against a local emulator it starts
    python examples/event_bot.py --cursor bot.json --run-for 0    # until Ctrl-C / SIGTERM

The SIMs tagged `bot=event-bot-watch` (`--tag`) are watched. Each poll reads, per SIM, the
status operation history (`listSimStatusHistory`, ascending, from the cursor on) and reacts to
every new event: a SIM that became `active` is put on `--speed-class` (default s1.slow).

* The cursor is a small JSON file, replaced atomically (written beside it, fsynced, renamed)
  after each handled event, so a restart resumes exactly after the last event it handled.
  History times are whole seconds, so the cursor keeps, per SIM, the second of its last event
  and which events of that second were already handled.
* Token expiry, rate limits (429) and 5xx on reads are the SDK's job: it renews the token
  once on a 401, paces itself to the rate-limit headers and retries what is safe to retry. The
  bot only counts what the SDK survived (`on_attempt=`) and prints it when it stops. A
  reaction (a POST, not replayed by the SDK on a 5xx) that still fails leaves the cursor
  before that event: the next poll retries it.
* SIGINT or SIGTERM stops it cleanly: the poll in flight finishes its current event (at most
  `--grace` seconds, then it is cancelled), the cursor is saved, the client closes its
  connections, and the bot reports how many tasks are left (0) before it exits with status 0.

Without SORACOM_ENDPOINT, SORACOM_PROFILE or SORACOM_AUTH_KEY_ID set, it starts an emulator,
tags a few SIMs, and drives events into it while it runs (with an expired token, a rate limit
and a few 503s on the way); otherwise it talks to that API.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import soracom_async as sa
from soracom_async.attempts import AttemptInfo
from soracom_async.models import SimStatusHistoryResponse

if TYPE_CHECKING:
    from soracom_async.testing import SoracomEmulator

log = logging.getLogger("event_bot")

CURSOR_VERSION = 1
RETRY_LATER = (sa.ServerError, sa.RateLimitError, sa.SoracomConnectionError)
"""Errors that remain after the SDK's own retries: try the event again at the next poll."""


def fingerprint(event: SimStatusHistoryResponse) -> str:
    """What tells two events of the same second apart."""
    parts = (event.status, event.speed_class, event.group_id, event.imsi, event.subscription)
    return "|".join(p if isinstance(p, str) else "" for p in parts)  # null or absent: ""


def event_second(event: SimStatusHistoryResponse) -> int:
    second = event.apply_date_time_epoch_sec
    return second if isinstance(second, int) else 0


class Cursor:
    """Per SIM: the second of its last handled event and the events handled in that second.

    `since` (a UNIX time in seconds) is where a SIM seen for the first time starts: the bot's
    first start, so it does not react to history older than itself.
    """

    def __init__(self, path: Path, *, since: int, sims: dict[str, Any] | None = None) -> None:
        self.path = path
        self.since = since
        self.sims: dict[str, dict[str, Any]] = sims or {}

    @classmethod
    def load(cls, path: Path, *, since: int) -> Cursor:
        try:
            data = json.loads(path.read_text())
        except FileNotFoundError:
            return cls(path, since=since)
        if data.get("version") != CURSOR_VERSION:
            raise SystemExit(f"{path}: not an event_bot cursor (version {data.get('version')})")
        return cls(path, since=int(data["since"]), sims=dict(data["sims"]))

    def start_ms(self, sim_id: str) -> int:
        return int(self.sims.get(sim_id, {}).get("at", self.since)) * 1000

    def unseen(
        self, sim_id: str, events: list[SimStatusHistoryResponse]
    ) -> Iterator[SimStatusHistoryResponse]:
        """The events (oldest first) not yet handled."""
        position = self.sims.get(sim_id, {})
        at = int(position.get("at", self.since))
        seen = Counter(position.get("seen", {}))  # a copy: `advance` changes the original
        counted: Counter[str] = Counter()
        for event in sorted(events, key=event_second):
            second = event_second(event)
            if second < at:
                continue
            if second == at:
                key = fingerprint(event)
                counted[key] += 1
                if counted[key] <= seen[key]:
                    continue
            yield event

    def advance(self, sim_id: str, event: SimStatusHistoryResponse) -> None:
        second, key = event_second(event), fingerprint(event)
        position = self.sims.setdefault(sim_id, {"at": self.since, "seen": {}})
        if second > position["at"]:
            position["at"], position["seen"] = second, {}
        position["seen"][key] = position["seen"].get(key, 0) + 1

    def save(self) -> None:
        """Replace the file atomically: a crash leaves the old cursor or the new one."""
        data = {"version": CURSOR_VERSION, "since": self.since, "sims": self.sims}
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w") as file:
                json.dump(data, file, indent=1, sort_keys=True)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


class Survived:
    """What the SDK absorbed, from its `on_attempt` hook: retried 401s, 429s and 5xx."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def __call__(self, info: AttemptInfo, /) -> None:
        status = info.status_code
        if info.wait is None or status is None:
            return  # a success, or an error the SDK gives up on (the bot sees it)
        kind = {401: "expired token", 429: "rate limited"}.get(status, f"HTTP {status}")
        self.counts[kind] += 1
        log.info("  sdk: %s answered %s, retrying in %.2fs", info.operation_id, status, info.wait)

    def summary(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in sorted(self.counts.items())) or "nothing"


class Bot:
    def __init__(
        self,
        client: sa.SoracomClient,
        cursor: Cursor,
        *,
        tag: str,
        speed_class: str,
        stop: asyncio.Event,
    ) -> None:
        self.client = client
        self.cursor = cursor
        self.tag_name, _, self.tag_value = tag.partition("=")
        self.speed_class = speed_class
        self.stop = stop
        self.handled = 0
        self.reactions = 0
        self._watched: list[str] | None = None

    async def watched(self) -> list[str]:
        """The SIM IDs tagged `tag_name=tag_value`, from a paginated search."""
        found: list[str] = []
        async with self.client.query.search_sims.paginate(tag=[self.tag_value], limit=100) as sims:
            async for sim in sims:
                if sim.tags and sim.tags.additional_properties.get(self.tag_name) == self.tag_value:
                    found.append(str(sim.sim_id))
        if found != self._watched:
            log.info("watching %d SIMs tagged %s=%s", len(found), self.tag_name, self.tag_value)
            self._watched = found
        return found

    async def poll(self) -> None:
        try:
            sims = await self.watched()
        except RETRY_LATER as exc:
            log.warning("search failed (%s): trying again at the next poll", exc)
            return
        for sim_id in sims:
            if self.stop.is_set():
                return
            await self.follow(sim_id)

    async def follow(self, sim_id: str) -> None:
        try:
            async with self.client.sim.list_sim_status_history.paginate(
                sim_id=sim_id, from_=self.cursor.start_ms(sim_id), sort="asc", limit=100
            ) as entries:
                events = [event async for event in entries]
            for event in self.cursor.unseen(sim_id, events):
                await self.react(sim_id, event)
                self.cursor.advance(sim_id, event)
                self.cursor.save()
                self.handled += 1
                if self.stop.is_set():
                    return
        except sa.NotFoundError:
            log.warning("SIM %s is gone: skipped", sim_id)
        except RETRY_LATER as exc:
            log.warning("SIM %s: %s: trying again at the next poll", sim_id, exc)

    async def react(self, sim_id: str, event: SimStatusHistoryResponse) -> None:
        when = event_second(event)
        if event.status != "active":
            log.info("event %s %s@%d", sim_id, event.status, when)
            return
        await self.client.sim.update_sim_speed_class(
            sim_id=sim_id, body={"speedClass": self.speed_class}
        )
        self.reactions += 1
        log.info("event %s active@%d: reacted, speed class %s", sim_id, when, self.speed_class)


async def run(bot: Bot, *, interval: float) -> None:
    """Poll until `bot.stop` is set."""
    while not bot.stop.is_set():
        await bot.poll()
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(bot.stop.wait(), interval)


async def run_until_signalled(bot: Bot, *, interval: float, grace: float) -> None:
    """Run the bot; the first SIGINT/SIGTERM asks it to stop after its current event, a second
    one (or `grace` seconds) cancels what is in flight."""
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(run(bot, interval=interval), name="event-bot")

    def on_signal(signum: int) -> None:
        if bot.stop.is_set():
            log.info("%s again: cancelling", signal.Signals(signum).name)
            task.cancel()
            return
        log.info("%s: stopping after the current event", signal.Signals(signum).name)
        bot.stop.set()
        loop.call_later(grace, task.cancel)

    signals = (signal.SIGINT, signal.SIGTERM)
    for signum in signals:
        loop.add_signal_handler(signum, on_signal, signum)
    try:
        await asyncio.wait({task})
    finally:
        for signum in signals:
            loop.remove_signal_handler(signum)
    if task.cancelled():
        log.warning("the poll in flight was cancelled after %.1fs", grace)
    else:
        task.result()  # the bot's own failure, if any, ends the program with it


async def serve(client: sa.SoracomClient, args: argparse.Namespace, stop: asyncio.Event) -> Bot:
    cursor = Cursor.load(args.cursor, since=args.since)
    cursor.save()  # fail now, not after the first event, if the file cannot be written
    bot = Bot(client, cursor, tag=args.tag, speed_class=args.speed_class, stop=stop)
    log.info("cursor %s: %d SIMs known, since %d", args.cursor, len(cursor.sims), cursor.since)
    await run_until_signalled(bot, interval=args.interval, grace=args.grace)
    return bot


# -- the demo: an emulator, watched SIMs, and a driver making events ----------------------------


@contextlib.contextmanager
def demo_emulator(args: argparse.Namespace) -> Iterator[SoracomEmulator]:
    try:
        from soracom_async.testing import SoracomEmulator
    except ImportError:
        sys.exit("the demo needs the emulator: pip install 'soracom-async[emulator]'")
    with SoracomEmulator(sim_count=20, null_share=0.0) as emu:
        name, _, value = args.tag.partition("=")
        with emu.state.lock:
            watched = [s for s in emu.state.sims.values() if s["status"] != "terminated"][:4]
            for sim in watched:
                emu.state.put_tags(sim, [{"tagName": name, "tagValue": value}])
        log.info("Soracom emulator at %s: %d SIMs tagged %s", emu.base_url, len(watched), args.tag)
        yield emu


def spend_budget(emu: SoracomEmulator, group: str, *, limit: int = 4, window: float = 1.0) -> None:
    """Another client of the same operator spends the group's budget: the bot's next requests
    in that group are answered 429 until the window refreshes."""
    emu.set_rate_limit(group, limit, window_seconds=window)
    while emu.core.ratelimiter.hit(group, f"op:{emu.operator_id}").allowed:
        pass


async def drive(emu: SoracomEmulator, tag: str) -> None:
    """Flip the watched SIMs between active and suspended, with trouble on the way."""
    name, _, value = tag.partition("=")
    with emu.state.lock:
        sims = [s for s in emu.state.sims.values() if s["tags"].get(name) == value]
    trouble: list[Callable[[], object]] = [
        lambda: emu.inject_fault("error", count=2, operation_ids=["listSimStatusHistory"]),
        lambda: emu.clock.advance(86_401),  # every token issued so far expires
        lambda: spend_budget(emu, "Sim"),
        lambda: emu.inject_fault("error", count=1, operation_ids=["updateSimSpeedClass"]),
        lambda: emu.set_rate_limit("Sim", 1_000_000),
    ]
    for step in range(12):
        await asyncio.sleep(0.4)
        sim = sims[step % len(sims)]
        with emu.state.lock:
            emu.state.transition(sim, "suspend" if sim["status"] == "active" else "activate")
        if step % 2 and trouble:
            trouble.pop(0)()


async def main_async(args: argparse.Namespace) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    if args.run_for > 0:
        loop.call_later(args.run_for, stop.set)
    survived = Survived()
    if live():
        async with sa.SoracomClient(on_attempt=survived) as client:
            bot = await serve(client, args, stop)
    else:
        with demo_emulator(args) as emu:
            driver = asyncio.create_task(drive(emu, args.tag), name="demo-driver")
            credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
            try:
                async with sa.SoracomClient(
                    credentials=credentials, base_url=emu.base_url, on_attempt=survived
                ) as client:
                    bot = await serve(client, args, stop)
            finally:
                driver.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await driver
            log.info(
                "Checked: updateSimSpeedClass applied %d times for %d reactions",
                emu.applied_count("updateSimSpeedClass"),
                bot.reactions,
            )
    left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    log.info(
        "stopped: %d events handled, %d reactions; the SDK survived %s; %d tasks left",
        bot.handled,
        bot.reactions,
        survived.summary(),
        len(left),
    )
    return 0


def live() -> bool:
    names = ("SORACOM_ENDPOINT", "SORACOM_PROFILE", "SORACOM_AUTH_KEY_ID")
    return any(os.environ.get(n) for n in names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cursor", type=Path, default=None, help="default event_bot.cursor.json (demo: temp)"
    )
    parser.add_argument("--tag", default="bot=event-bot-watch", help="NAME=VALUE of watched SIMs")
    parser.add_argument("--speed-class", default="s1.slow", help="for SIMs that become active")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between polls")
    parser.add_argument("--grace", type=float, default=10.0, help="seconds to finish on a signal")
    parser.add_argument(
        "--since", type=int, default=None, help="UNIX seconds a new cursor starts at (now)"
    )
    parser.add_argument(
        "--run-for", type=float, default=None, help="stop after N seconds (0: never)"
    )
    args = parser.parse_args()
    if "=" not in args.tag:
        parser.error("--tag must be NAME=VALUE")
    if args.run_for is None:
        args.run_for = 0.0 if live() else 8.0
    if not live():
        args.interval = min(args.interval, 0.2)
    if args.since is None:
        args.since = int(time.time())
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    if args.cursor is not None:
        return asyncio.run(main_async(args))
    if live():
        args.cursor = Path("event_bot.cursor.json")
        return asyncio.run(main_async(args))
    with tempfile.TemporaryDirectory() as scratch:  # a fresh emulator: a fresh cursor
        args.cursor = Path(scratch) / "cursor.json"
        return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
