"""Spans and metrics of calls against the loopback emulator, on asyncio and trio."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

import soracom_async as sa
from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, Recorder, client_for, run

pytest.importorskip("opentelemetry.sdk")

from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind, StatusCode

FAST = sa.RetryPolicy(backoff_base=0.01, backoff_max=0.05)


async def first_sim(client: sa.SoracomClient) -> str:
    sims = await client.sim.list_sims(limit=1)
    sim_id = sims[0].sim_id
    assert isinstance(sim_id, str)
    return sim_id


def attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_is_one_client_span_with_one_attempt_child(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> str:
        async with client_for(emu, **recorder.providers) as client:
            sim_id = await first_sim(client)
            await client.sim.get_sim(sim_id=sim_id)
            return sim_id

    sim_id = run(backend, main)
    [call] = recorder.calls("getSim")
    assert call.name == "GET /v1/sims/{sim_id}"
    assert call.kind is SpanKind.CLIENT
    assert call.status.status_code is StatusCode.UNSET
    got = attributes(call)
    assert got["soracom.rate_limit.wait"] >= 0
    del got["soracom.rate_limit.wait"]
    assert got == {
        "http.request.method": "GET",
        "url.template": "/v1/sims/{sim_id}",
        "server.address": "127.0.0.1",
        "server.port": emu.port,
        "http.response.status_code": 200,
        "soracom.operation_id": "getSim",
        "soracom.group": "Sim",
        "soracom.attempts": 1,
    }
    assert sim_id not in str(got)  # the template, never the concrete path
    [attempt] = recorder.attempts(call)
    assert attempt.name == call.name and attempt.kind is SpanKind.CLIENT
    assert attributes(attempt)["http.response.status_code"] == 200
    assert "http.request.resend_count" not in attributes(attempt)
    assert "soracom.retry.reason" not in attributes(attempt)
    # The attempt lies within its call.
    assert call.start_time is not None and call.end_time is not None
    assert attempt.start_time is not None and attempt.end_time is not None
    assert call.start_time <= attempt.start_time <= attempt.end_time <= call.end_time
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "getSim"}) == 1
    assert recorder.total("soracom.client.attempts", **{"soracom.operation_id": "getSim"}) == 1
    assert (
        recorder.total(
            "http.client.request.duration",
            **{"url.template": "/v1/sims/{sim_id}", "http.response.status_code": 200},
        )
        == 1
    )
    assert recorder.total("soracom.client.throttled") == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_call_span_is_current_during_the_call_and_nests_in_the_callers(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    tracer = recorder.tracer_provider.get_tracer("test")
    seen: list[int] = []

    def hook(info: sa.AttemptInfo) -> None:  # runs inside the call
        if info.operation_id == "getSim":
            seen.append(trace.get_current_span().get_span_context().span_id)

    async def main() -> tuple[int, int]:
        async with client_for(emu, on_attempt=hook, **recorder.providers) as client:
            sim_id = await first_sim(client)
            with tracer.start_as_current_span("user work") as outer:
                await client.sim.get_sim(sim_id=sim_id)
                after = trace.get_current_span().get_span_context().span_id
            return outer.get_span_context().span_id, after

    outer, after = run(backend, main)
    [call] = recorder.calls("getSim")
    assert call.parent is not None and call.parent.span_id == outer
    assert seen == [call.context.span_id]
    assert after == outer  # the caller's span is current again once the call returns
    [auth] = recorder.calls("auth")  # the token request: its own span, within listSims's
    [list_sims] = recorder.calls("listSims")
    assert auth.parent is not None and auth.parent.span_id == list_sims.context.span_id


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_call_retried_after_a_429_has_two_attempts_and_the_reason(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    """One request per window for the Sim group, pacing off: the second call meets a 429
    and is retried once the window refreshes."""

    async def main() -> None:
        async with client_for(
            emu, rate_limit_pacing=False, retry=FAST, **recorder.providers
        ) as client:
            emu.set_rate_limit("Sim", 1, 1.0)
            await client.sim.list_sims(limit=1)
            await client.sim.list_sims(limit=1)

    before = emu.rate_limited_count
    run(backend, main)
    throttled = emu.rate_limited_count - before
    calls = recorder.calls("listSims")
    assert len(calls) == 2
    retried = recorder.attempts(calls[1])
    assert len(retried) == 2
    first, second = (attributes(s) for s in retried)
    assert first["http.response.status_code"] == 429
    assert first["error.type"] == "429"
    assert first["soracom.retry.reason"] == "rate_limited"
    assert first["soracom.retry.wait"] > 0
    assert retried[0].status.status_code is StatusCode.ERROR
    assert second["http.response.status_code"] == 200
    assert second["http.request.resend_count"] == 1
    assert "soracom.retry.reason" not in second
    call = attributes(calls[1])
    assert call["soracom.attempts"] == 2 and call["http.response.status_code"] == 200
    assert calls[1].status.status_code is StatusCode.UNSET
    assert recorder.total("soracom.client.throttled") == throttled == 1
    assert recorder.total("soracom.client.attempts", **{"soracom.operation_id": "listSims"}) == 3
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "listSims"}) == 2
    assert recorder.total("soracom.client.wait.duration", **{"soracom.wait.reason": "retry"}) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_pacing_to_the_rate_limit_is_recorded_as_a_wait(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    """Pacing on: the scheduler learns the budget from the first answer and holds the second
    call back instead of letting it meet a 429."""

    async def main() -> None:
        async with client_for(emu, **recorder.providers) as client:
            emu.set_rate_limit("Sim", 1, 0.5)
            await client.sim.list_sims(limit=1)
            await client.sim.list_sims(limit=1)

    before = emu.rate_limited_count
    run(backend, main)
    assert emu.rate_limited_count == before
    second = recorder.calls("listSims")[1]
    [attempt] = recorder.attempts(second)
    assert attributes(attempt)["soracom.rate_limit.wait"] > 0
    assert attributes(second)["soracom.rate_limit.wait"] > 0
    waits = recorder.total(
        "soracom.client.wait.duration",
        **{"soracom.wait.reason": "rate_limit", "soracom.operation_id": "listSims"},
    )
    assert waits == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_5xx_retried_gives_the_server_error_reason(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu, retry=FAST, **recorder.providers) as client:
            sim_id = await first_sim(client)
            emu.inject_fault("error", status=503, count=2, operation_ids=["getSim"])
            await client.sim.get_sim(sim_id=sim_id)

    run(backend, main)
    [call] = recorder.calls("getSim")
    attempts = [attributes(s) for s in recorder.attempts(call)]
    assert [a["http.response.status_code"] for a in attempts] == [503, 503, 200]
    assert [a.get("soracom.retry.reason") for a in attempts] == [
        "server_error",
        "server_error",
        None,
    ]
    assert [a.get("http.request.resend_count") for a in attempts] == [None, 1, 2]
    assert attributes(call)["soracom.attempts"] == 3


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_error_answer_gives_error_status_and_type(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu, **recorder.providers) as client:
            with pytest.raises(sa.NotFoundError) as raised:
                await client.sim.get_sim(sim_id="8942000000000000000000")
            assert raised.value.code is not None

    run(backend, main)
    [call] = recorder.calls("getSim")
    assert call.status.status_code is StatusCode.ERROR
    got = attributes(call)
    assert got["error.type"] == "404"
    assert got["http.response.status_code"] == 404
    assert isinstance(got["soracom.error.code"], str)
    [event] = call.events
    assert event.name == "exception"
    assert dict(event.attributes or {})["exception.type"] == "soracom_async.errors.NotFoundError"
    [attempt] = recorder.attempts(call)
    assert attempt.status.status_code is StatusCode.ERROR
    assert attributes(attempt)["error.type"] == "404"
    assert (
        recorder.total(
            "soracom.client.calls", **{"soracom.operation_id": "getSim", "error.type": "404"}
        )
        == 1
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_dropped_connection_gives_the_exception_class_as_error_type(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu, retry=sa.NO_RETRY, **recorder.providers) as client:
            sim_id = await first_sim(client)
            emu.inject_fault("drop", operation_ids=["getSim"])
            with pytest.raises(sa.SoracomConnectionError):
                await client.sim.get_sim(sim_id=sim_id)

    run(backend, main)
    [call] = recorder.calls("getSim")
    got = attributes(call)
    assert got["error.type"].startswith("soracom_async.errors.")
    assert "http.response.status_code" not in got
    [attempt] = recorder.attempts(call)
    assert attributes(attempt)["error.type"] == got["error.type"]
    assert recorder.total("soracom.client.calls", **{"error.type": got["error.type"]}) == 1


@pytest.mark.parametrize("backend", BACKENDS)
def test_pagination_gives_one_span_per_page(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> int:
        async with client_for(emu, **recorder.providers) as client:
            count = 0
            async for _ in client.sim.list_sims.paginate(limit=20):
                count += 1
            return count

    count = run(backend, main)
    pages = -(-count // 20)
    assert count > 20 and pages >= 2
    calls = recorder.calls("listSims")
    assert len(calls) == pages
    assert all(len(recorder.attempts(c)) == 1 for c in calls)
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "listSims"}) == pages


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cancelled_call_ends_its_span_and_restores_the_context(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> tuple[bool, int]:
        async with client_for(emu, **recorder.providers) as client:
            sim_id = await first_sim(client)
            emu.inject_fault("latency", latency=5.0, operation_ids=["getSim"])
            with anyio.move_on_after(0.3) as scope:
                await client.sim.get_sim(sim_id=sim_id)
            return scope.cancelled_caught, trace.get_current_span().get_span_context().span_id

    cancelled, current = run(backend, main)
    assert cancelled
    assert current == trace.INVALID_SPAN_ID
    [call] = recorder.calls("getSim")  # finished, so exported
    assert call.status.status_code is StatusCode.ERROR
    assert "Cancel" in attributes(call)["error.type"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_metrics_only_and_traces_only(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu, meter_provider=recorder.meter_provider) as client:
            await client.sim.list_sims(limit=1)
        async with client_for(emu, tracer_provider=recorder.tracer_provider) as client:
            await client.sim.get_sim(sim_id=await first_sim(client))

    run(backend, main)
    assert recorder.calls("listSims") != []  # the second client's (traced) listSims
    assert len(recorder.calls("listSims")) == 1
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "listSims"}) == 1
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "getSim"}) == 0
    assert len(recorder.calls("getSim")) == 1


def test_a_sampled_out_call_still_counts(emu: SoracomEmulator, recorder: Recorder) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

    async def main() -> None:
        sampled_out = TracerProvider(sampler=ALWAYS_OFF)
        meter_provider = recorder.meter_provider
        async with client_for(
            emu, tracer_provider=sampled_out, meter_provider=meter_provider
        ) as client:
            await client.sim.list_sims(limit=1)

    run("asyncio", main)
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "listSims"}) == 1
    assert recorder.total("soracom.client.attempts", **{"soracom.operation_id": "listSims"}) == 1


@pytest.mark.parametrize(
    ("option", "value"), [("tracer_provider", object()), ("meter_provider", "global")]
)
def test_a_provider_of_the_wrong_type_is_refused_before_any_io(option: str, value: Any) -> None:
    with pytest.raises(TypeError, match=option):
        sa.SoracomClient(
            credentials=sa.TokenCredentials(api_key="k", token="t"),
            base_url="http://127.0.0.1:9/v1",
            **{option: value},
        )


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_token_expired_early_is_replayed_with_the_reason_and_the_refresh_nested(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu, token_timeout=180, **recorder.providers) as client:
            await client.sim.list_sims(limit=1)
            emu.clock.advance(181)  # the server's clock only: the client finds out by a 401
            await client.sim.list_sims(limit=1)

    run(backend, main)
    second = recorder.calls("listSims")[1]
    attempts = [attributes(s) for s in recorder.attempts(second)]
    assert [a["http.response.status_code"] for a in attempts] == [401, 200]
    assert attempts[0]["soracom.retry.reason"] == "token_expired"
    assert attempts[1]["http.request.resend_count"] == 1
    refresh = recorder.calls("auth")[1]
    assert refresh.parent is not None and refresh.parent.span_id == second.context.span_id


class _Broken:
    def add(self, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("exporter bug")

    record = add


def test_a_failing_meter_never_fails_the_call(
    emu: SoracomEmulator, recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    from opentelemetry.metrics import NoOpMeter, NoOpMeterProvider

    class BrokenMeter(NoOpMeter):
        def create_counter(self, *args: Any, **kwargs: Any) -> Any:
            return _Broken()

        def create_histogram(self, *args: Any, **kwargs: Any) -> Any:
            return _Broken()

    class BrokenProvider(NoOpMeterProvider):
        def get_meter(self, *args: Any, **kwargs: Any) -> Any:
            return BrokenMeter("broken")

    async def main() -> int:
        async with client_for(
            emu, tracer_provider=recorder.tracer_provider, meter_provider=BrokenProvider()
        ) as client:
            return len(await client.sim.list_sims(limit=2))

    assert run("asyncio", main) == 2
    [call] = recorder.calls("listSims")  # the spans are still made
    assert len(recorder.attempts(call)) == 1
    assert "telemetry failed (ignored)" in caplog.text
    assert "attempt listener raised (ignored)" in caplog.text
