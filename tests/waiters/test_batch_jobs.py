"""Batch jobs over loopback: the emulator runs each task as a real API request on the emulator
clock, and `client.wait.batch_job` waits for the job to end.

What is asserted is what the emulator holds afterwards (the SIMs read back through the API,
the tasks' recorded answers, the jobs' summaries) and what it answered; nothing asserts a
duration. The emulator clock is real time plus what a test advances it by; a test that reads a
job part-way sets a slow pace (`SLOW`: one task per 1,000 emulated seconds) so that only the
clock it advances decides how far the job got.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import pytest
from support import BACKENDS, client_for

import soracom_async as sa
from soracom_async._generated.types import UNSET
from soracom_async.models import TagSet
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.batch import MAX_TASKS, batch_of

FAST = sa.Backoff(initial=0.02, multiplier=2.0, maximum=0.05, jitter=0.0)
MISSING_SIM = "8900000000000000000"
SLOW = 0.001
"""Tasks per emulated second for the tests that read a job part-way."""
STEP = 1 / SLOW


@pytest.fixture
def batch_emu(emu: SoracomEmulator) -> Iterator[SoracomEmulator]:
    """The module's emulator with its batch jobs forgotten after the test."""
    try:
        yield emu
    finally:
        batch_of(emu.state).clear()


def run(backend: str, main: Callable[[], Awaitable[None]]) -> None:
    async def bounded() -> None:
        with anyio.fail_after(60):
            await main()

    anyio.run(bounded, backend=backend)


def set_group(sim_id: str, group_id: str) -> dict[str, Any]:
    path = f"/v1/sims/{sim_id}/set_group"
    return {"request": {"path": path, "method": "POST", "body": {"groupId": group_id}}}


def unset_group(sim_id: str) -> dict[str, Any]:
    return {"request": {"path": f"/v1/sims/{sim_id}/unset_group", "method": "POST"}}


async def fresh_group(client: sa.SoracomClient, name: str) -> str:
    group = await client.group.create_group(body={"tags": {"name": name}})
    assert isinstance(group.group_id, str)
    return group.group_id


async def batch_group(client: sa.SoracomClient) -> str:
    created = await client.batch.create_batch_group(body={"batchGroupName": "fleet changes"})
    assert isinstance(created.batch_group_id, str)
    return created.batch_group_id


async def groups_of(client: sa.SoracomClient, sim_ids: list[str]) -> list[Any]:
    return [(await client.sim.get_sim(sim_id=sim_id)).group_id for sim_id in sim_ids]


async def until(condition: Callable[[], bool]) -> None:
    with anyio.fail_after(10):
        while not condition():  # noqa: ASYNC110 - polling the emulator's records
            await anyio.sleep(0.005)


def summary(job: Any) -> tuple[int, int, int]:
    counts = job.summary
    return counts.pending, counts.success, counts.error


async def tasks_of(client: sa.SoracomClient, group_id: str, job_id: str, **query: Any) -> list[Any]:
    listing = client.batch.list_tasks_of_batch_job.paginate(
        batch_group_id=group_id, job_id=job_id, **query
    )
    return [task async for task in listing]


# -- a job that completes ---------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_set_sim_group_job_runs_on_the_clock_and_the_sims_end_in_the_group(
    batch_emu: SoracomEmulator, backend: str
) -> None:
    emu = batch_emu
    batch_of(emu.state).tasks_per_second = SLOW
    sim_ids = emu.state.sim_order[:5]

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"batch-{backend}")
            bg = await batch_group(client)
            body = {"jobName": "move five", "tasks": [set_group(s, group_id) for s in sim_ids]}
            job = await client.batch.create_batch_job(batch_group_id=bg, body=body)
            assert str(job.status) == "pending" and summary(job) == (5, 0, 0)
            assert group_id not in await groups_of(client, sim_ids)  # nothing ran inside create

            emu.clock.advance(2.5 * STEP)
            running = await client.batch.get_batch_job(batch_group_id=bg, job_id=job.job_id)
            assert str(running.status) == "running" and summary(running) == (3, 2, 0)
            assert await groups_of(client, sim_ids[:2]) == [group_id] * 2
            assert group_id not in await groups_of(client, sim_ids[2:])

            polled = emu.request_count("getBatchJob")
            result: list[Any] = []

            async def waiting() -> None:
                result.append(await client.wait.batch_job(bg, job.job_id, backoff=FAST))

            async with anyio.create_task_group() as tg:
                tg.start_soon(waiting)
                await until(lambda: emu.request_count("getBatchJob") >= polled + 2)
                assert not result, "the waiter returned while the job was running"
                emu.clock.advance(10 * STEP)
            (final,) = result
            assert str(final.status) == "completed" and summary(final) == (0, 5, 0)
            assert final.job_name == "move five" and isinstance(final.finished_time, int)
            assert await groups_of(client, sim_ids) == [group_id] * 5

            tasks = await tasks_of(client, bg, job.job_id, limit=2)  # three pages
            assert [t.task_id for t in tasks] == [1, 2, 3, 4, 5]
            assert {str(t.status) for t in tasks} == {"success"}
            assert [t.response.status_code for t in tasks] == [200] * 5
            assert [t.response.body["simId"] for t in tasks] == sim_ids
            assert [t.request.path for t in tasks] == [f"/v1/sims/{s}/set_group" for s in sim_ids]
            listed = [j async for j in client.batch.list_batch_jobs.paginate(batch_group_id=bg)]
            assert [j.job_id for j in listed] == [job.job_id]

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_due_task_is_visible_to_a_plain_read_without_reading_the_job(
    batch_emu: SoracomEmulator, backend: str
) -> None:
    emu = batch_emu
    batch_of(emu.state).tasks_per_second = SLOW
    sim_ids = emu.state.sim_order[5:7]

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"plain-{backend}")
            bg = await batch_group(client)
            body = {"tasks": [set_group(s, group_id) for s in sim_ids]}
            await client.batch.create_batch_job(batch_group_id=bg, body=body)
            reads = emu.request_count("getBatchJob") + emu.request_count("listBatchJobs")
            emu.clock.advance(1.5 * STEP)  # the first task is due, the second not yet
            first, second = await groups_of(client, sim_ids)
            assert first == group_id and second != group_id
            assert emu.request_count("getBatchJob") + emu.request_count("listBatchJobs") == reads

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_put_sim_tags_takes_its_array_body(batch_emu: SoracomEmulator, backend: str) -> None:
    """The task body is the task API's own body: putSimTags' is a JSON array (our patch
    batch-task-body-is-any-json; the document types it as an object)."""
    emu = batch_emu
    sim_ids = emu.state.sim_order[7:9]

    async def main() -> None:
        async with client_for(emu) as client:
            bg = await batch_group(client)
            tags = [{"tagName": "fleet", "tagValue": f"wave-{backend}"}]
            tasks = [
                {"request": {"path": f"/v1/sims/{s}/tags", "method": "PUT", "body": tags}}
                for s in sim_ids
            ]
            job = await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
            emu.clock.advance(60)
            final = await client.wait.batch_job(bg, str(job.job_id), backoff=FAST)
            assert summary(final) == (0, 2, 0)
            for sim_id in sim_ids:
                sim = await client.sim.get_sim(sim_id=sim_id)
                assert isinstance(sim.tags, TagSet)
                assert sim.tags.additional_properties["fleet"] == f"wave-{backend}"

    run(backend, main)


# -- failures -----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_task_on_an_unknown_sim_fails_the_job_and_the_waiter_raises(
    batch_emu: SoracomEmulator, backend: str
) -> None:
    emu = batch_emu
    first, last = emu.state.sim_order[10], emu.state.sim_order[11]

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"failing-{backend}")
            bg = await batch_group(client)
            tasks = [set_group(s, group_id) for s in (first, MISSING_SIM, last)]
            job = await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
            emu.clock.advance(60)
            with pytest.raises(sa.JobFailedError) as raised:
                await client.wait.batch_job(bg, job.job_id, backoff=FAST)
            failed = raised.value
            assert failed.status == "failed"
            assert summary(failed.resource) == (0, 2, 1)
            job_seen: Any = failed.resource
            assert "1 of 3" in str(job_seen.error_message)
            errors = await tasks_of(client, bg, job.job_id, status="error")
            assert [t.task_id for t in errors] == [2]
            assert errors[0].response.status_code == 404
            assert errors[0].response.body["code"] == "SEM0001"
            assert await groups_of(client, [first, last]) == [group_id] * 2  # the others ran

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_abort_on_failure_stops_at_the_error_and_applies_nothing_after_it(
    batch_emu: SoracomEmulator, backend: str
) -> None:
    emu = batch_emu
    before, after = emu.state.sim_order[20], emu.state.sim_order[21:23]

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"abort-{backend}")
            bg = await batch_group(client)
            tasks = [set_group(s, group_id) for s in (before, MISSING_SIM, *after)]
            body = {"tasks": tasks, "abortOnFailure": True}
            job = await client.batch.create_batch_job(batch_group_id=bg, body=body)
            assert job.abort_on_failure is True
            emu.clock.advance(60)
            with pytest.raises(sa.JobFailedError) as raised:
                await client.wait.batch_job(bg, job.job_id, backoff=FAST)
            assert raised.value.status == "aborted"
            assert summary(raised.value.resource) == (2, 1, 1)
            assert await groups_of(client, [before]) == [group_id]
            assert group_id not in await groups_of(client, after)  # never applied
            emu.clock.advance(60)  # and never later either
            pending = await tasks_of(client, bg, job.job_id, status="pending")
            assert [t.task_id for t in pending] == [3, 4]
            assert all(t.response is UNSET for t in pending)  # never ran: no answer recorded
            assert group_id not in await groups_of(client, after)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_tasks_run_with_the_creators_permissions(batch_emu: SoracomEmulator, backend: str) -> None:
    emu = batch_emu
    sim_ids = emu.state.sim_order[30:32]
    user, password = f"batcher-{backend}", "Batcher-pass-1"
    permission = json.dumps(
        {
            "statements": [
                {"effect": "allow", "api": ["Batch:*", "Sim:getSim"]},
                {"effect": "deny", "api": "Sim:setSimGroup"},
            ]
        }
    )

    async def main() -> None:
        async with client_for(emu) as root:
            op = emu.operator_id
            await root.user.create_user(operator_id=op, user_name=user, body={"description": "x"})
            await root.user.update_user_permission(
                operator_id=op, user_name=user, body={"permission": permission}
            )
            await root.user.create_user_password(
                operator_id=op, user_name=user, body={"password": password}
            )
            group_id = await fresh_group(root, f"sam-{backend}")
            bg = await batch_group(root)
        credentials = sa.SamUserCredentials(operator_id=op, user_name=user, password=password)
        async with sa.SoracomClient(credentials=credentials, base_url=emu.base_url) as client:
            with pytest.raises(sa.PermissionDeniedError):  # the user cannot call it directly
                await client.sim.set_sim_group(sim_id=sim_ids[0], body={"groupId": group_id})
            tasks = [set_group(s, group_id) for s in sim_ids]
            job = await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
            emu.clock.advance(60)
            with pytest.raises(sa.JobFailedError) as raised:
                await client.wait.batch_job(bg, job.job_id, backoff=FAST)
            assert summary(raised.value.resource) == (0, 0, 2)
            tasks_seen = await tasks_of(client, bg, job.job_id)
            assert [t.response.status_code for t in tasks_seen] == [403, 403]
            assert {t.response.body["code"] for t in tasks_seen} == {"COM0009"}
            assert group_id not in await groups_of(client, sim_ids)

    run(backend, main)


# -- the system limits --------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_system_limits_are_400s_and_create_no_job(batch_emu: SoracomEmulator, backend: str) -> None:
    emu = batch_emu
    sim_id = emu.state.sim_order[40]
    terminate = {"request": {"path": f"/v1/sims/{sim_id}/terminate", "method": "POST"}}
    unknown = {"request": {"path": "/v1/no_such_api", "method": "POST"}}

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"limits-{backend}")
            bg = await batch_group(client)

            async def refused(tasks: list[dict[str, Any]], words: str) -> None:
                with pytest.raises(sa.BadRequestError) as raised:
                    await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
                assert words in str(raised.value)

            await refused([set_group(sim_id, group_id), unset_group(sim_id)], "one API action")
            await refused([terminate], "terminateSim is not supported")
            await refused([unknown], "is not a Soracom API")
            await refused([], "at least one task")
            await refused([unset_group(sim_id)] * (MAX_TASKS + 1), f"at most {MAX_TASKS}")
            assert [j async for j in client.batch.list_batch_jobs.paginate(batch_group_id=bg)] == []
            assert emu.state.sims[sim_id]["status"] != "terminated"
            with pytest.raises(sa.NotFoundError):
                body = {"tasks": [unset_group(sim_id)]}
                await client.batch.create_batch_job(batch_group_id="no-such-group", body=body)
            largest = await client.batch.create_batch_job(
                batch_group_id=bg, body={"tasks": [unset_group(sim_id)] * MAX_TASKS}
            )
            assert summary(largest) == (MAX_TASKS, 0, 0)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_one_running_job_per_api_action(batch_emu: SoracomEmulator, backend: str) -> None:
    emu = batch_emu
    sim_ids = emu.state.sim_order[50:52]
    batch_of(emu.state).tasks_per_second = SLOW  # the first job runs until the clock moves

    async def main() -> None:
        async with client_for(emu) as client:
            group_id = await fresh_group(client, f"one-{backend}")
            bg, other_bg = await batch_group(client), await batch_group(client)
            tasks = [set_group(s, group_id) for s in sim_ids]
            first = await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
            for where in (bg, other_bg):  # per operator, whatever the batch group
                with pytest.raises(sa.BadRequestError) as raised:
                    await client.batch.create_batch_job(batch_group_id=where, body={"tasks": tasks})
                assert first.job_id in str(raised.value)
            other_action = {"tasks": [unset_group(sim_ids[0])]}
            await client.batch.create_batch_job(batch_group_id=bg, body=other_action)
            emu.clock.advance(2 * STEP)
            done = await client.wait.batch_job(bg, first.job_id, backoff=FAST)
            assert str(done.status) == "completed"
            again = await client.batch.create_batch_job(batch_group_id=bg, body={"tasks": tasks})
            assert str(again.status) == "pending"

    run(backend, main)


# -- the waiter's own contract ------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_waiter_checks_its_arguments_and_times_out_on_a_pending_job(
    batch_emu: SoracomEmulator, backend: str
) -> None:
    emu = batch_emu
    sim_id = emu.state.sim_order[60]
    batch_of(emu.state).tasks_per_second = SLOW

    async def main() -> None:
        async with client_for(emu) as client:
            before = emu.request_count("getBatchJob")
            with pytest.raises(sa.ConfigurationError, match="batch_group_id"):
                await client.wait.batch_job("", "job")
            with pytest.raises(sa.ConfigurationError, match="job_id"):
                await client.wait.batch_job("bg", None)  # type: ignore[arg-type]
            assert emu.request_count("getBatchJob") == before  # refused before any I/O
            bg = await batch_group(client)
            job = await client.batch.create_batch_job(
                batch_group_id=bg, body={"tasks": [unset_group(sim_id)]}
            )
            with pytest.raises(sa.WaitTimeoutError) as raised:
                await client.wait.batch_job(bg, job.job_id, timeout=0.3, backoff=FAST)
            assert raised.value.last_status == "pending"
            assert emu.request_count("getBatchJob") - before >= 2
            with pytest.raises(sa.NotFoundError):
                await client.wait.batch_job(bg, "no-such-job", backoff=FAST)

    run(backend, main)
