"""Resumable bulk jobs: the journal's skips, retries, unknown outcomes, checkpoints and lock."""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async import journal as journal_module
from soracom_async.bulk import BulkStats, bulk, bulk_iter
from soracom_async.journal import JournalLockedError, RecordedError
from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, client_for, journal_states, run

MISSING = ("8900000000000000003", "8900000000000000008")  # no such SIMs


def new_group(emu: SoracomEmulator) -> str:
    with emu.state.lock:
        return str(emu.state.create_group(None, None)["groupId"])


def group_of(emu: SoracomEmulator, sim_id: str) -> str | None:
    with emu.state.lock:
        return emu.state.sims[sim_id].get("groupId")


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_rerun_skips_done_items_and_retries_failures_only_when_asked(
    backend: str, emu: SoracomEmulator, tmp_path: Path
) -> None:
    path = tmp_path / "job.db"
    items = [*emu.state.sim_order[:10], *MISSING]

    async def main() -> None:
        async with client_for(emu) as client:

            async def slow_down(sim_id: str) -> str:
                await client.sim.update_sim_speed_class(
                    sim_id=sim_id, body={"speedClass": "s1.slow"}
                )
                return sim_id

            def updates() -> int:
                return emu.request_count("updateSimSpeedClass")

            sent = updates()
            first = await client.bulk(slow_down, items, concurrency=4, journal=path)
            assert (first.succeeded, first.failed, first.stats.skipped) == (10, 2, 0)
            assert updates() - sent == 12
            assert journal_states(path) == {
                **dict.fromkeys(items[:10], "done"),
                **dict.fromkeys(MISSING, "failed"),
            }

            sent = updates()
            second = await client.bulk(slow_down, items, concurrency=4, journal=path)
            assert updates() == sent  # nothing sent again
            stats = second.stats
            assert (stats.succeeded, stats.failed, stats.skipped, stats.failed_before) == (
                0,
                0,
                10,
                2,
            )
            assert stats.done == 12 and not second.ok
            assert "10 skipped (done before), 2 failed before (not retried)" in second.summary()
            assert [f.item for f in second.failed_before] == list(MISSING)
            for failure in second.failed_before:
                error = failure.error
                assert isinstance(error, RecordedError) and not error.outcome_unknown
                assert error.status_code in (400, 404) and error.error_type == "NotFoundError"
                assert error.code  # the API's code survived the round trip
            with pytest.raises(sa.BulkError, match="2 failed before"):
                second.raise_for_errors()

            sent = updates()
            third = await client.bulk(
                slow_down, items, concurrency=4, journal=path, retry_failed=True
            )
            assert updates() - sent == 2  # only the two failures, again
            assert (third.failed, third.stats.skipped, third.stats.failed_before) == (2, 10, 0)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_put_dropped_after_sending_is_a_known_failure_not_unknown(
    backend: str, emu: SoracomEmulator
) -> None:
    """A PUT may be replayed (retry_failed) safely: its dropped connection is a failure."""
    sim_ids = list(emu.state.sim_order[30:34])
    emu.inject_fault("drop", count=1, operation_ids=["putSimTags"], after_apply=True)

    async def main() -> None:
        async with client_for(emu, retry=sa.NO_RETRY) as client:

            async def tag(sim_id: str) -> None:
                await client.sim.put_sim_tags(
                    sim_id=sim_id, body=[{"tagName": "fleet", "tagValue": "red"}]
                )

            result = await client.bulk(tag, sim_ids, concurrency=2)
            assert (result.succeeded, result.failed, result.stats.unknown) == (3, 1, 0)
            [failure] = result.errors
            assert isinstance(failure.error, sa.SoracomConnectionError)
            assert failure.error.request_sent and failure.error.method == "PUT"

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_post_dropped_after_sending_is_unknown_and_never_replayed(
    backend: str, emu: SoracomEmulator, tmp_path: Path
) -> None:
    path = tmp_path / "job.db"
    sim_ids = list(emu.state.sim_order[20:28])
    group = new_group(emu)
    emu.inject_fault("drop", count=1, operation_ids=["setSimGroup"], after_apply=True)

    async def main() -> None:
        async with client_for(emu) as client:

            async def join(sim_id: str) -> None:
                await client.sim.set_sim_group(sim_id=sim_id, body={"groupId": group})

            applied = emu.applied_count("setSimGroup")
            first = await client.bulk(join, sim_ids, concurrency=3, journal=path)
            assert emu.applied_count("setSimGroup") - applied == 8  # the dropped one too
            assert (first.succeeded, first.failed, first.stats.unknown) == (7, 0, 1)
            [unknown] = first.unknown
            assert isinstance(unknown.error, sa.SoracomConnectionError)
            assert unknown.error.request_sent and not first.ok
            assert "1 outcome unknown" in first.summary()
            assert journal_states(path)[unknown.item] == "unknown"

            sent = emu.request_count("setSimGroup")
            second = await client.bulk(join, sim_ids, concurrency=3, journal=path)
            assert emu.request_count("setSimGroup") == sent  # reported, not replayed
            assert (second.stats.skipped, second.stats.unknown) == (7, 1)
            error = second.unknown[0].error
            assert isinstance(error, RecordedError) and error.outcome_unknown
            assert error.error_type == "SoracomConnectionError"

            third = await client.bulk(join, sim_ids, journal=path, retry_unknown=True)
            assert emu.request_count("setSimGroup") == sent + 1  # an explicit opt-in only
            assert third.ok and third.succeeded == 1

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_resumed_listing_starts_at_its_checkpoint(
    backend: str, soracom_emulator_factory: Any, tmp_path: Path
) -> None:
    """Stop a job over a paginator half-way; the rerun lists only the pages not settled."""
    emu: SoracomEmulator = soracom_emulator_factory(sim_count=40)
    path = tmp_path / "job.db"
    limit = 5
    emu.set_faults(latency=0.001, latency_jitter=0.01)  # items finish out of order

    async def main() -> None:
        async with client_for(emu) as client:
            called: list[str] = []

            async def speed_up(sim: Any) -> None:
                called.append(sim.sim_id)
                await client.sim.update_sim_speed_class(
                    sim_id=sim.sim_id, body={"speedClass": "s1.fast"}
                )

            def sims() -> Any:
                return client.sim.list_sims.paginate(limit=limit)

            options: dict[str, Any] = {
                "journal": path,
                "key": lambda sim: sim.sim_id,
                "replay_safe": True,
                "concurrency": 4,
            }
            async with client.bulk_iter(speed_up, sims(), **options) as outcomes:
                handed = 0
                async for _outcome in outcomes:
                    handed += 1  # items finish out of order: count them, not their index
                    if handed == 23:
                        break
            done_before = {k for k, v in journal_states(path).items() if v == "done"}
            assert len(done_before) >= 23
            settled = journal_module.read(path)
            with settled:
                checkpoint = settled.meta("listing")
            assert checkpoint is not None and '"settled":"89' in checkpoint

            listed = emu.request_count("listSims")
            called.clear()
            result = await client.bulk(speed_up, sims(), **options)
            pages = emu.request_count("listSims") - listed
            # Not from the start: 8 pages hold the 40 SIMs; the checkpoint covers >= 4 of them
            # (23 done, 4 in flight at most, out of order), so at most 4 more pages + the last.
            assert pages <= 5, pages
            assert not set(called) & done_before  # nothing done is called again
            assert result.ok and result.stats.failed == 0
            final = journal_states(path)
            assert len(final) == 40 and set(final.values()) == {"done"}
            assert len(called) + len(done_before) == 40

            # A completed listing is not listed again.
            listed = emu.request_count("listSims")
            again = await client.bulk(speed_up, sims(), **options)
            assert emu.request_count("listSims") == listed and again.stats.done == 0

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_bulk_iter_streams_what_the_journal_skipped(backend: str, tmp_path: Path) -> None:
    path = tmp_path / "job.db"
    keys = [f"item-{i}" for i in range(30)]

    async def work(key: str) -> str:
        await anyio.sleep(0.001 * (hash(key) % 4))
        if key == "item-7":
            raise KeyError(key)
        return key.upper()

    async def main() -> None:
        await bulk(work, keys[:12], journal=path, concurrency=4)
        statuses: dict[int, str] = {}
        async with bulk_iter(work, keys, journal=path, ordered=True, concurrency=3) as outcomes:
            async for outcome in outcomes:
                statuses[outcome.index] = outcome.status
                assert outcome.item == keys[outcome.index]
        assert list(statuses) == list(range(30))  # in order, skipped ones included
        assert statuses[7] == "failed_before"
        assert [statuses[i] for i in range(12) if i != 7] == ["skipped"] * 11
        assert set(statuses[i] for i in range(12, 30)) == {"succeeded"}

    run(backend, main)


def test_bad_journal_arguments_are_refused_before_any_request(
    emu: SoracomEmulator, tmp_path: Path
) -> None:
    path = tmp_path / "job.db"

    async def main() -> None:
        async with client_for(emu) as client:

            async def get(sim: Any) -> Any:
                return await client.sim.get_sim(sim_id=sim.sim_id)

            before = emu.request_count()
            with pytest.raises(TypeError, match=r"key=.*sim\.sim_id"):
                await client.bulk(get, client.sim.list_sims.paginate(), journal=path)
            with pytest.raises(TypeError, match="pass key="):
                await client.bulk(get, [object()], journal=path)
            with pytest.raises(TypeError, match="key= must return"):
                await client.bulk(get, ["a"], journal=path, key=lambda item: 1)  # type: ignore[arg-type, return-value]
            with pytest.raises(TypeError, match="journal="):
                await client.bulk(get, ["a"], retry_failed=True)
            with pytest.raises(TypeError, match="journal="):
                await client.bulk(get, ["a"], key=str)
            with pytest.raises(TypeError, match="journal= must be a file path"):
                await client.bulk(get, ["a"], journal=3)  # type: ignore[arg-type]
            assert emu.request_count() == before

        not_a_journal = tmp_path / "notes.txt"
        not_a_journal.write_text("hello, this is not SQLite\n" * 100)
        with pytest.raises(journal_module.JournalError, match=r"notes\.txt"):
            await bulk(get, ["a"], journal=not_a_journal)

    run("asyncio", main)


_HOLDER = """
import sys
from soracom_async import journal
j = journal.read(sys.argv[1])
sys.stdout.write("locked\\n"); sys.stdout.flush()
sys.stdin.readline()
"""


def test_a_second_process_is_refused_and_a_killed_one_leaves_no_lock(tmp_path: Path) -> None:
    path = tmp_path / "job.db"

    async def work(key: str) -> str:
        return key

    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"locked\n"
        with pytest.raises(JournalLockedError, match=r"job\.db") as caught:
            anyio.run(lambda: bulk(work, ["a"], journal=path))
        assert isinstance(caught.value, sa.SoracomError)
        holder.kill()  # SIGKILL: the kernel drops its lock
        holder.wait()
        result = anyio.run(lambda: bulk(work, ["a", "b"], journal=path))
        assert result.ok and result.succeeded == 2
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_the_journal_holds_no_credentials(emu: SoracomEmulator, tmp_path: Path) -> None:
    path = tmp_path / "job.db"

    async def main() -> list[str]:
        async with client_for(emu) as client:

            async def get(sim_id: str) -> Any:
                return await client.sim.get_sim(sim_id=sim_id)

            result = await client.bulk(get, [emu.state.sim_order[0], *MISSING], journal=path)
            assert result.failed == 2
            secrets = [emu.auth_key, emu.auth_key_id]
            session = client._pipeline.auth
            assert session is not None
            secrets += [v for v in (await session.headers()).values() if len(v) > 8]
            return secrets  # the API key and token of the session too

    secrets: list[str] = run("asyncio", main)
    assert len(secrets) >= 4
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"NotFoundError" in raw  # the errors are there...
    for secret in secrets:
        assert secret.encode() not in raw  # ...and no credential


def test_memory_stays_flat_over_100000_items(tmp_path: Path) -> None:
    """No per-item structure beyond the in-flight window: between item 10,000 and item 100,000
    a journaled job grows by `bulk()`'s own results list (one slot per item, documented) and
    nothing else; the journal's pages live in SQLite's bounded cache, outside Python's heap."""
    path = tmp_path / "job.db"
    marks: dict[int, int] = {}

    def keys() -> Iterator[str]:
        return (f"item-{i:06d}" for i in range(100_000))

    async def work(key: str) -> None:
        return None

    def progress(stats: BulkStats) -> None:
        if stats.done in (10_000, 100_000):
            marks[stats.done] = tracemalloc.get_traced_memory()[0]

    async def main() -> None:
        result = await bulk(work, keys(), journal=path, replay_safe=True, progress=progress)
        assert result.succeeded == 100_000

    tracemalloc.start()
    try:
        run("asyncio", main)
    finally:
        tracemalloc.stop()
    results_list = sys.getsizeof([None] * 100_000) - sys.getsizeof([None] * 10_000)
    growth = marks[100_000] - marks[10_000] - results_list
    assert growth < 256 * 1024, growth  # a set of the 90,000 keys alone would be ~8 MB
    with journal_module.read(path) as journal:
        assert journal.counts()["done"] == 100_000  # every outcome is in the file
