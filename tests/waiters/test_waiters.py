"""client.wait against the emulator over loopback: jobs pending on its clock, then done or failed.

Every count asserted is one the emulator saw (its job book's polls, its request counters);
nothing asserts a duration. The jobs stay pending an emulator hour unless a test advances the
clock, so a job finishes exactly when the test says.
"""

from __future__ import annotations

import gzip
import io
import math
import zipfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import pytest
from support import BACKENDS, assert_idle, client_for, live_tasks, wait_idle

import soracom_async as sa
from soracom_async.models import FileExportResponse
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.jobs import JobBook, jobs_of

FAST = sa.Backoff(initial=0.02, multiplier=2.0, maximum=0.05, jitter=0.0)
"""Polls every 50 ms at most: the tests' jobs end when the clock is advanced."""
HOUR = 3600.0
CREDENTIAL_HEADERS = ("x-soracom-api-key", "x-soracom-token", "authorization")


def run(backend: str, main: Callable[[], Awaitable[None]]) -> None:
    """Run `main` on `backend`, failing (not hanging) if a wait never ends."""

    async def bounded() -> None:
        with anyio.fail_after(60):
            await main()

    anyio.run(bounded, backend=backend)


def book_of(emu: SoracomEmulator, pending: float = HOUR) -> JobBook:
    book = jobs_of(emu.state)
    book.pending_seconds = pending
    return book


async def until(condition: Callable[[], bool]) -> None:
    """Wait (bounded) for something the emulator records, e.g. a job's first poll."""
    with anyio.fail_after(10):
        while not condition():  # noqa: ASYNC110 - polling the emulator's records
            await anyio.sleep(0.005)


async def finish_when_polled(
    emu: SoracomEmulator, book: JobBook, job_id: str, wait: Callable[[], Awaitable[Any]]
) -> Any:
    """Run `wait()`, let the waiter poll the pending job twice, then advance the clock past it."""
    result: list[Any] = []
    errors: list[Exception] = []

    async def waiting() -> None:
        try:
            result.append(await wait())
        except Exception as exc:  # raised below, outside the task group's ExceptionGroup
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        tg.start_soon(waiting)
        await until(lambda: book.polls(job_id) >= 2 or bool(errors))
        assert not result, "the waiter returned while the job was pending"
        emu.clock.advance(HOUR)
    if errors:
        raise errors[0]
    return result[0]


# -- success ----------------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_export_waits_for_exported_then_downloads_without_credentials(
    emu: SoracomEmulator, backend: str, tmp_path: Path
) -> None:
    book = book_of(emu)
    target = tmp_path / "bill.csv"

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_billing(yyyy_mm="202501", export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)
            emu.clear_storage_requests()
            exported = await finish_when_polled(
                emu,
                book,
                ident,
                lambda: client.wait.export(started, save_to=target, backoff=FAST),
            )
            assert exported.exported_file_id == ident
            assert exported.saved_to == target
            assert exported.size == target.stat().st_size > 0
            assert exported.url.startswith(emu.storage_url)
            assert "Signature" not in repr(exported)  # the presigned URL stays out of reprs
            text = target.read_text()
            assert text.splitlines()[0] == "exportedFileId,operation,parameter,value"
            assert f"{ident},exportBilling,yyyyMM,202501" in text
            requests = emu.storage_requests
            assert len(requests) == 1 and requests[0].method == "GET"
            assert all(requests[0].header(h) is None for h in CREDENTIAL_HEADERS)

    run(backend, main)
    # one poll answered `exported`, every one before it `processing`
    assert book.polls(book_ident(book)) >= 3


def book_ident(book: JobBook) -> str:
    (ident,) = book.jobs
    return ident


def _export_calls(operator_id: str) -> list[tuple[str, Callable[[sa.SoracomClient], Any]]]:
    period = {"from": 1_700_000_000, "to": 1_702_000_000, "period": "month"}
    return [
        (
            "exportBilling",
            lambda c: c.billing.export_billing(yyyy_mm="202501", export_mode="async"),
        ),
        ("exportLatestBilling", lambda c: c.billing.export_latest_billing(export_mode="async")),
        (
            "exportPaymentStatement",
            lambda c: c.payment.export_payment_statement(
                payment_statement_id="PS1", export_mode="async"
            ),
        ),
        ("exportSubscribers", lambda c: c.subscriber.export_subscribers(export_mode="async")),
        *[
            (
                name,
                lambda c, op=op: getattr(c.stats, op)(
                    operator_id=operator_id, export_mode="async", body=period
                ),
            )
            for name, op in (
                ("exportAirStats", "export_air_stats"),
                ("exportBeamStats", "export_beam_stats"),
                ("exportFunkStats", "export_funk_stats"),
                ("exportFunnelStats", "export_funnel_stats"),
                ("exportHarvestStats", "export_harvest_stats"),
            )
        ],
    ]


def test_every_async_export_operation_is_waited_for(emu: SoracomEmulator) -> None:
    book = book_of(emu)
    calls = _export_calls(emu.operator_id)

    async def main() -> None:
        async with client_for(emu) as client:
            started = [await call(client) for _, call in calls]
            emu.clock.advance(HOUR)  # all of them ready
            for (name, _), answer in zip(calls, started, strict=True):
                exported = await client.wait.export(answer, backoff=FAST)
                async with client.wait.download(exported.url) as download:
                    content = (await download.read()).decode()
                assert f",{name},," in content, name

    run("asyncio", main)
    assert sorted(job.operation_id for job in book.jobs.values()) == sorted(n for n, _ in calls)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_sync_export_answer_is_not_polled(emu: SoracomEmulator, backend: str) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            answer = await client.billing.export_billing(yyyy_mm="202502")  # sync: a url
            before = emu.request_count("getExportedFile")
            buffer = io.BytesIO()
            exported = await client.wait.export(answer, save_to=buffer)
            assert emu.request_count("getExportedFile") == before
            assert exported.exported_file_id is None and exported.saved_to is None
            assert b",exportBilling,yyyyMM,202502" in buffer.getvalue()
            assert exported.size == len(buffer.getvalue())

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_analysis_query_goes_through_its_statuses_to_completed(
    emu: SoracomEmulator, backend: str
) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.analysis.start_analysis_queries(
                body={"sql": "SELECT * FROM SIM_SESSION_EVENTS", "from": 0, "to": 1}
            )
            query_id = started.query_id
            assert isinstance(query_id, str)
            emu.clock.advance(HOUR / 2)  # RUNNING: still pending for the waiter
            result = await finish_when_polled(
                emu, book, query_id, lambda: client.wait.analysis_query(query_id, backoff=FAST)
            )
            assert str(result.status) == "COMPLETED"
            assert isinstance(result.url, str)
            async with client.wait.download(result.url) as download:
                rows = gzip.decompress(await download.read()).decode().splitlines()
            assert rows[0] == "ICCID,IMSI,TIMESTAMP"
            assert len(rows) - 1 == result.row_count > 0

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["image", "video"])
def test_sora_cam_exports_complete_with_a_url(
    emu: SoracomEmulator, backend: str, kind: str
) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:
            cam = client.sora_cam
            if kind == "image":
                info: Any = await cam.export_sora_cam_device_recorded_image(
                    device_id="7CDDDEADBEEF", body={"time": 1_700_000_000_000}
                )
                wait: Any = client.wait.sora_cam_image_export
            else:
                info = await cam.export_sora_cam_device_recorded_video(
                    device_id="7CDDDEADBEEF",
                    body={"from": 1_700_000_000_000, "to": 1_700_000_030_000},
                )
                wait = client.wait.sora_cam_video_export
            assert str(info.status) == "initializing"
            done = await finish_when_polled(
                emu,
                book,
                info.export_id,
                lambda: wait(info.device_id, info.export_id, backoff=FAST),
            )
            assert str(done.status) == "completed"
            assert done.expiry_time > done.requested_time
            async with client.wait.download(done.url) as download:
                content = await download.read()
            if kind == "image":
                assert content.startswith(b"\xff\xd8")  # a JPEG's magic
            else:
                assert zipfile.ZipFile(io.BytesIO(content)).namelist() == ["7CDDDEADBEEF.mp4"]

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_order_reaches_a_status_and_a_cancelled_one_fails(
    emu: SoracomEmulator, backend: str
) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            address = await client.shipping_address.create_shipping_address(
                operator_id=emu.operator_id,
                body={
                    "zipCode": "1000001",
                    "state": "Tokyo",
                    "city": "Chiyoda",
                    "addressLine1": "1",
                },
            )
            item = {"productCode": "4573326590013", "quantity": 1}  # in the emulator's catalogue
            body = {"orderItemList": [item], "shippingAddressId": address.shipping_address_id}
            order = await client.order.create_quotation(body=body)
            assert isinstance(order.order_id, str)
            await client.order.confirm_order(order_id=order.order_id)
            reached = await client.wait.order(order.order_id, status="ordered", backoff=FAST)
            assert str(reached.order_status) in sa_order_progress("ordered")
            # Shipping takes a day on the emulator clock: the waiter sees it once it is due.
            emu.clock.advance(86_400)
            shipped = await client.wait.order(order.order_id, status="shipped", backoff=FAST)
            assert str(shipped.order_status) == "shipped"

            other = await client.order.create_quotation(body=body)
            assert isinstance(other.order_id, str)
            await client.order.confirm_order(order_id=other.order_id)
            await client.order.cancel_order(order_id=other.order_id)
            with pytest.raises(sa.JobFailedError) as failed:
                await client.wait.order(other.order_id, status="received", backoff=FAST)
            assert failed.value.status in ("cancelling", "cancelled")
            assert failed.value.ident == other.order_id

    run(backend, main)


def sa_order_progress(status: str) -> tuple[str, ...]:
    from soracom_async.waiters import ORDER_PROGRESS

    return ORDER_PROGRESS[ORDER_PROGRESS.index(status) :]


# -- failure and deadline ---------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_failed_export_raises_job_failed_with_the_final_resource(
    emu: SoracomEmulator, backend: str
) -> None:
    book = book_of(emu)
    book.fail_next()

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.stats.export_air_stats(
                operator_id=emu.operator_id,
                export_mode="async",
                body={"from": 0, "to": 1, "period": "day"},
            )
            ident = started.exported_file_id
            assert isinstance(ident, str)
            with pytest.raises(sa.JobFailedError) as caught:
                await finish_when_polled(
                    emu, book, ident, lambda: client.wait.export(ident, backoff=FAST)
                )
            error = caught.value
            assert isinstance(error, sa.WaitError) and isinstance(error, sa.SoracomError)
            assert (error.name, error.ident, error.status) == ("export", ident, "failed")
            assert str(getattr(error.resource, "status", None)) == "failed"
            assert error.polls == book.polls(ident)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_analysis_query_in_an_undocumented_status_is_a_failure(
    emu: SoracomEmulator, backend: str
) -> None:
    book = book_of(emu, pending=0.0)
    book.fail_next()

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.analysis.start_analysis_queries(body={"sql": "SELECT 1"})
            assert isinstance(started.query_id, str)
            with pytest.raises(sa.JobFailedError) as caught:
                await client.wait.analysis_query(started.query_id, backoff=FAST)
            assert caught.value.status == "FAILED"
            assert caught.value.polls == 1 == book.polls(started.query_id)

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_sora_cam_limit_exceeded_and_expired_exports_fail(
    emu: SoracomEmulator, backend: str
) -> None:
    book = book_of(emu, pending=0.0)

    async def main() -> None:
        async with client_for(emu) as client:
            cam = client.sora_cam
            book.fail_next(status="limitExceeded")
            over = await cam.export_sora_cam_device_recorded_video(
                device_id="CAM1", body={"from": 0, "to": 1000}
            )
            with pytest.raises(sa.JobFailedError) as caught:
                await client.wait.sora_cam_video_export("CAM1", over.export_id, backoff=FAST)
            assert caught.value.status == "limitExceeded"

            late = await cam.export_sora_cam_device_recorded_image(
                device_id="CAM1", body={"time": 5}
            )
            emu.clock.advance(601)  # the URL is unusable 10 minutes after completion
            with pytest.raises(sa.JobFailedError) as caught:
                await client.wait.sora_cam_image_export("CAM1", late.export_id, backoff=FAST)
            assert caught.value.status == "expired"

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_deadline_raises_wait_timeout_with_the_last_status_and_leaks_nothing(
    emu: SoracomEmulator, backend: str
) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_latest_billing(export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)
            tasks = live_tasks()
            with pytest.raises(sa.WaitTimeoutError) as caught:
                await client.wait.export(started, timeout=0.3, backoff=FAST)
            error = caught.value
            assert isinstance(error, TimeoutError)
            assert (error.last_status, error.timeout, error.ident) == ("processing", 0.3, ident)
            # the server may have answered a last poll the deadline cut short
            assert error.polls >= 2 and book.polls(ident) - error.polls in (0, 1)
            assert_idle(client, tasks)
            # the job itself goes on: waiting again once it is done returns it
            emu.clock.advance(HOUR)
            exported = await client.wait.export(started, backoff=FAST)
            assert exported.exported_file_id == ident

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_cancelling_mid_wait_stops_polling(emu: SoracomEmulator, backend: str) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.analysis.start_analysis_queries(body={"sql": "SELECT 2"})
            query_id = started.query_id
            assert isinstance(query_id, str)
            tasks = live_tasks()
            outcome: list[object] = []

            async def waiting() -> None:
                outcome.append(await client.wait.analysis_query(query_id, backoff=FAST))

            async with anyio.create_task_group() as tg:
                tg.start_soon(waiting)
                await until(lambda: book.polls(query_id) >= 3)
                tg.cancel_scope.cancel()
            assert outcome == []
            seen = book.polls(query_id)
            await wait_idle(client, tasks)
            await anyio.sleep(10 * FAST.maximum)  # ten of the waiter's intervals
            assert book.polls(query_id) == seen  # nothing polls after the cancellation
            # the client is unharmed
            assert str((await client.analysis.get_analysis_queries(query_id=query_id)).status)

    run(backend, main)


# -- the rate-limit budget and the backoff ----------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("policy", ["retried by the pipeline", "no retries"])
def test_rate_limited_polls_are_retried_not_failed(
    emu: SoracomEmulator, backend: str, policy: str
) -> None:
    book = book_of(emu)
    retry = sa.RetryPolicy() if policy == "retried by the pipeline" else sa.NO_RETRY

    async def main() -> None:
        async with client_for(emu, rate_limit_pacing=False, retry=retry) as client:
            started = await client.billing.export_billing(yyyy_mm="202503", export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)
            emu.set_rate_limit("Files", 1, 0.3)  # one poll per 0.3 s window; the rest are 429
            limited = emu.rate_limited_count
            try:
                exported = await finish_when_polled(
                    emu,
                    book,
                    ident,
                    lambda: client.wait.export(started, backoff=FAST, timeout=30),
                )
            finally:
                emu.set_rate_limit("Files", 1_000_000, 60)
            assert exported.exported_file_id == ident
            assert emu.rate_limited_count > limited  # polls were refused, and the wait went on

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_paced_polls_stay_inside_the_groups_budget(emu: SoracomEmulator, backend: str) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:  # pacing on: the scheduler learns the window
            started = await client.billing.export_billing(yyyy_mm="202504", export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)
            emu.set_rate_limit("Files", 3, 0.5)
            limited = emu.rate_limited_count
            try:
                await finish_when_polled(
                    emu,
                    book,
                    ident,
                    lambda: client.wait.export(started, backoff=FAST, timeout=30),
                )
                # a second wait, now that the scheduler knows the window
                await client.wait.export(started, backoff=FAST, timeout=30)
            finally:
                emu.set_rate_limit("Files", 1_000_000, 60)
            # at most the first burst before the window was learnt is refused
            assert emu.rate_limited_count - limited <= 1

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_number_of_polls_is_bounded_by_the_backoff(emu: SoracomEmulator, backend: str) -> None:
    book = book_of(emu)
    timeout = 0.6
    backoff = sa.Backoff(initial=0.05, multiplier=2.0, maximum=60.0, jitter=0.0)
    # polls at 0, 0.05, 0.15, 0.35, 0.75, ...: within `timeout`, at most this many
    bound = 1 + math.ceil(math.log2(timeout / backoff.initial + 1))

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_billing(yyyy_mm="202505", export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)
            before = emu.request_count("getExportedFile")
            with pytest.raises(sa.WaitTimeoutError) as caught:
                await client.wait.export(started, timeout=timeout, backoff=backoff)
            seen = emu.request_count("getExportedFile") - before
            assert seen == book.polls(ident)
            assert seen - caught.value.polls in (0, 1)  # a last poll the deadline cut short
            assert 2 <= seen <= bound == 5

    run(backend, main)


# -- the generic waiter, arguments, laziness ----------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_wait_until_polls_any_status_operation(emu: SoracomEmulator, backend: str) -> None:
    book = book_of(emu)

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_billing(yyyy_mm="202506", export_mode="async")
            ident = started.exported_file_id
            assert isinstance(ident, str)

            async def poll() -> Any:
                return await client.files.get_exported_file(exported_file_id=ident)

            final = await finish_when_polled(
                emu,
                book,
                ident,
                lambda: sa.wait_until(
                    poll,
                    done=lambda r: str(r.status) == "exported",
                    status=lambda r: str(r.status),
                    backoff=FAST,
                    name="my-export",
                ),
            )
            assert str(final.status) == "exported"

    run(backend, main)


def test_bad_arguments_are_refused_before_any_request(emu: SoracomEmulator) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            wait = client.wait
            before = emu.request_count()
            bad: list[Callable[[], Awaitable[Any]]] = [
                lambda: wait.export("fe_x", timeout=0),
                lambda: wait.export("fe_x", timeout=-1),
                lambda: wait.export("fe_x", timeout=True),
                lambda: wait.export(""),
                lambda: wait.export(FileExportResponse()),  # neither an ID nor a url
                lambda: wait.export("fe_x", save_to=42),  # type: ignore[arg-type]
                lambda: wait.analysis_query("", backoff=FAST),
                lambda: wait.analysis_query("q", backoff="fast"),  # type: ignore[arg-type]
                lambda: wait.sora_cam_image_export("", "e"),
                lambda: wait.sora_cam_video_export("d", None),  # type: ignore[arg-type]
                lambda: wait.order("o", status="lost"),
            ]
            for call in bad:
                with pytest.raises(sa.ConfigurationError):
                    await call()
            for fields in ({"initial": 0}, {"multiplier": 0.5}, {"maximum": -1}, {"jitter": -1}):
                with pytest.raises(sa.ConfigurationError, match=next(iter(fields))):
                    sa.Backoff(**fields)
            with pytest.raises(sa.ConfigurationError):
                wait.download("file:///etc/passwd")
            assert emu.request_count() == before

    run("asyncio", main)


def test_client_wait_is_created_once_on_first_use(emu: SoracomEmulator) -> None:
    client = client_for(emu)
    assert "wait" not in vars(client)
    assert client.wait is client.wait
    assert isinstance(client.wait, sa.Waiters)


def test_job_errors_never_show_a_url(emu: SoracomEmulator) -> None:
    book = book_of(emu, pending=0.0)
    book.fail_next()

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_billing(yyyy_mm="202507", export_mode="async")
            with pytest.raises(sa.JobFailedError) as caught:
                await client.wait.export(started, backoff=FAST)
            for text in (str(caught.value), repr(caught.value)):
                assert "http" not in text and "Signature" not in text

    run("asyncio", main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_exported_url_expires_on_the_emulator_clock(emu: SoracomEmulator, backend: str) -> None:
    book_of(emu, pending=0.0)

    async def main() -> None:
        async with client_for(emu) as client:
            started = await client.billing.export_billing(yyyy_mm="202508", export_mode="async")
            exported = await client.wait.export(started, backoff=FAST)
            emu.clock.advance(901)  # past the presigned URL's 15 minutes
            with pytest.raises(sa.PermissionDeniedError):
                async with client.wait.download(exported.url) as download:
                    await download.read()
            fresh = await client.wait.export(started, backoff=FAST)  # a new URL is signed
            async with client.wait.download(fresh.url) as download:
                assert b",exportBilling,yyyyMM,202508" in await download.read()

    run(backend, main)


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_unknown_job_is_the_apis_error_not_a_wait(emu: SoracomEmulator, backend: str) -> None:
    async def main() -> None:
        async with client_for(emu) as client:
            before = emu.request_count("getExportedFile")
            with pytest.raises(sa.SoracomApiError) as caught:
                await client.wait.export("fe_does-not-exist", backoff=FAST)
            assert caught.value.status_code in (400, 404)
            assert emu.request_count("getExportedFile") - before == 1
            with pytest.raises(sa.NotFoundError):  # documented 404 for SoraCam exports
                await client.wait.sora_cam_image_export("CAM1", "no-such-export", backoff=FAST)

    run(backend, main)
