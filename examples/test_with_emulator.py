"""How to test your own bot against the emulator: the pytest fixtures, the clock, faults.

    pytest examples/test_with_emulator.py

The code under test is the bot of `examples/event_bot.py` (imported as a module: pytest puts
this directory on `sys.path`). The fixtures come with soracom-async's pytest plugin, installed
with the package (`pip install 'soracom-async[emulator]'`, plus pytest and pytest-asyncio):

* `soracom_emulator`: a fresh emulator per test, configured by the `soracom_emulator` marker;
* `soracom_client`: an entered `SoracomClient` signed in to it (an async fixture: this file
  runs under pytest-asyncio with `asyncio_mode = "auto"`, as this project's pyproject.toml
  sets; with the default strict mode, set it the same way in your own configuration).

Nothing here sleeps: events are made through the emulator's Python API (`emu.state`), time
passes with `emu.clock.advance()`, and failures come from `emu.inject_fault()`. Assertions
read what the emulator saw (`auth_calls`, `applied_count`, `request_count`) and its state.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from event_bot import Bot, Cursor

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

TAG = "bot=watch"


def watch(emu: SoracomEmulator, count: int) -> list[str]:
    """Tag `count` SIMs for the bot, directly in the emulator's state."""
    with emu.state.lock:  # the emulator serves from another thread: hold its lock
        sims = [s for s in emu.state.sims.values() if s["status"] != "terminated"][:count]
        for sim in sims:
            emu.state.put_tags(sim, [{"tagName": "bot", "tagValue": "watch"}])
        return [s["simId"] for s in sims]


def suspend_then_activate(emu: SoracomEmulator, sim_id: str) -> None:
    """Two status history events; the bot reacts to the second."""
    with emu.state.lock:
        sim = emu.state.sim(sim_id)
        emu.state.transition(sim, "deactivate" if sim["status"] == "suspended" else "suspend")
        emu.state.transition(sim, "activate")


def new_bot(client: sa.SoracomClient, emu: SoracomEmulator, cursor: Path) -> Bot:
    """The bot as `event_bot.py` builds it; a new cursor starts at the emulator's "now" (each
    seeded SIM has a history entry from its seeding, which the bot must not react to)."""
    return Bot(
        client,
        Cursor.load(cursor, since=int(emu.clock.now())),
        tag=TAG,
        speed_class="s1.slow",
        stop=asyncio.Event(),
    )


@pytest.mark.soracom_emulator(sim_count=5, null_share=0.0)
async def test_the_bot_reacts_to_an_activation_once(
    soracom_emulator: SoracomEmulator, soracom_client: sa.SoracomClient, tmp_path: Path
) -> None:
    [sim_id] = watch(soracom_emulator, 1)
    suspend_then_activate(soracom_emulator, sim_id)
    bot = new_bot(soracom_client, soracom_emulator, tmp_path / "cursor.json")

    await bot.poll()
    await bot.poll()  # nothing new: no second reaction

    assert (bot.handled, bot.reactions) == (2, 1)
    assert soracom_emulator.applied_count("updateSimSpeedClass") == 1
    with soracom_emulator.state.lock:
        assert soracom_emulator.state.sim(sim_id)["speedClass"] == "s1.slow"


@pytest.mark.soracom_emulator(sim_count=5)
async def test_a_day_later_the_token_has_expired_and_the_bot_carries_on(
    soracom_emulator: SoracomEmulator, soracom_client: sa.SoracomClient, tmp_path: Path
) -> None:
    [sim_id] = watch(soracom_emulator, 1)
    bot = new_bot(soracom_client, soracom_emulator, tmp_path / "cursor.json")
    await bot.poll()
    assert soracom_emulator.auth_calls == 1

    soracom_emulator.clock.advance(24 * 3600 + 1)  # the server's clock: every token expires
    suspend_then_activate(soracom_emulator, sim_id)
    await bot.poll()

    assert soracom_emulator.auth_calls == 2  # the client signed in again, once
    assert bot.reactions == 1


@pytest.mark.soracom_emulator(sim_count=5)
async def test_a_failed_reaction_is_retried_at_the_next_poll(
    soracom_emulator: SoracomEmulator, soracom_client: sa.SoracomClient, tmp_path: Path
) -> None:
    [sim_id] = watch(soracom_emulator, 1)
    suspend_then_activate(soracom_emulator, sim_id)
    # The speed class change is a POST: the SDK does not replay it after a 5xx.
    soracom_emulator.inject_fault("error", count=1, operation_ids=["updateSimSpeedClass"])
    bot = new_bot(soracom_client, soracom_emulator, tmp_path / "cursor.json")

    await bot.poll()
    assert (bot.handled, bot.reactions) == (1, 0)  # stopped before the failed event
    await bot.poll()
    assert (bot.handled, bot.reactions) == (2, 1)
    assert soracom_emulator.request_count("updateSimSpeedClass") == 2
    assert soracom_emulator.applied_count("updateSimSpeedClass") == 1


@pytest.mark.soracom_emulator(sim_count=5)
async def test_a_new_bot_resumes_from_the_cursor_file(
    soracom_emulator: SoracomEmulator, soracom_client: sa.SoracomClient, tmp_path: Path
) -> None:
    sim_ids = watch(soracom_emulator, 2)
    for sim_id in sim_ids:
        suspend_then_activate(soracom_emulator, sim_id)
    cursor = tmp_path / "cursor.json"
    await new_bot(soracom_client, soracom_emulator, cursor).poll()

    suspend_then_activate(soracom_emulator, sim_ids[0])
    restarted = new_bot(
        soracom_client, soracom_emulator, cursor
    )  # reads the file the first one wrote
    await restarted.poll()

    assert (restarted.handled, restarted.reactions) == (2, 1)
    assert soracom_emulator.applied_count("updateSimSpeedClass") == 3
