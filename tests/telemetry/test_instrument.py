"""`telemetry.instrument()` / `uninstrument()`: every client without providers of its own."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest

from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, Recorder, client_for, run, run_script

pytest.importorskip("opentelemetry.sdk")

from soracom_async import telemetry
from soracom_async.pipeline import Pipeline


@pytest.fixture
def uninstrumented() -> object:
    telemetry.uninstrument()
    yield
    telemetry.uninstrument()


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.usefixtures("uninstrumented")
def test_instrument_records_every_client_until_uninstrument(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> None:
        async with client_for(emu) as before:  # made before instrument(): recorded too
            telemetry.instrument(**recorder.providers)
            assert telemetry.is_instrumented()
            await before.sim.list_sims(limit=1)
            async with client_for(emu) as after:
                await after.sim.list_sims(limit=1)
            telemetry.uninstrument()
            assert not telemetry.is_instrumented()
            await before.sim.list_sims(limit=1)

    run(backend, main)
    assert len(recorder.calls("listSims")) == 2
    assert recorder.total("soracom.client.calls", **{"soracom.operation_id": "listSims"}) == 2


@pytest.mark.usefixtures("uninstrumented")
def test_a_client_with_its_own_providers_keeps_them(
    emu: SoracomEmulator, recorder: Recorder
) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    own = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(own))

    async def main() -> None:
        telemetry.instrument(**recorder.providers)
        async with client_for(emu, tracer_provider=provider) as client:
            await client.sim.list_sims(limit=1)

    run("asyncio", main)
    ops = [(s.attributes or {}).get("soracom.operation_id") for s in own.get_finished_spans()]
    assert ops.count("listSims") == 2  # the call and its attempt, in the client's own
    assert recorder.calls("listSims") == []


@pytest.mark.usefixtures("uninstrumented")
def test_instrumenting_twice_keeps_the_first_and_warns(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    telemetry.instrument(**recorder.providers)
    first = Pipeline.telemetry
    with caplog.at_level(logging.WARNING, logger="soracom_async"):
        telemetry.instrument()
    assert Pipeline.telemetry is first
    assert "already instrumented" in caplog.text


def test_instrument_uses_the_global_providers_even_when_set_later(
    emu: SoracomEmulator, tmp_path: Path
) -> None:
    """In a fresh interpreter (the global providers can be set once per process):
    instrument() first, then the application sets its providers."""
    script = textwrap.dedent(
        """
        import json, sys
        import anyio
        import soracom_async as sa
        from soracom_async import telemetry
        from opentelemetry import metrics, trace
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
            InMemorySpanExporter,
        )

        telemetry.instrument()
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        reader = InMemoryMetricReader()
        metrics.set_meter_provider(MeterProvider(metric_readers=[reader]))

        async def main():
            async with sa.SoracomClient() as client:  # the emulator, from the environment
                await client.sim.list_sims(limit=1)
                telemetry.uninstrument()
                await client.sim.list_sims(limit=1)

        anyio.run(main)
        spans = [s.attributes.get("soracom.operation_id") for s in exporter.get_finished_spans()]
        calls = sum(
            p.value
            for r in reader.get_metrics_data().resource_metrics
            for s in r.scope_metrics
            for m in s.metrics
            if m.name == "soracom.client.calls"
            for p in m.data.data_points
            if p.attributes.get("soracom.operation_id") == "listSims"
        )
        print(json.dumps({"spans": spans, "calls": calls}))
        """
    )
    found = run_script(emu, script, tmp_path)
    assert found["spans"].count("listSims") == 2  # one call (and its attempt): before uninstrument
    assert found["calls"] == 1
