"""Client CPU per `get_sim` with telemetry off and on (not a test: run it by hand).

    .venv/bin/python tests/telemetry/cost.py [off|on|global] [rounds]

The emulator runs in another process, so the CPU measured is the client's. "on" gives the
client an SDK tracer provider (batch processor, an exporter that drops the spans) and meter
provider (an in-memory reader); "global" the same through `telemetry.instrument()`. Prints
the median of `rounds` runs, in microseconds of client CPU per call.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import soracom_async as sa

CALLS = 2000
CONCURRENCY = 50


@contextmanager
def emulator_process(*args: str) -> Iterator[dict[str, str]]:
    """`python -m soracom_async.testing --port 0 ARGS`, and its first line (JSON)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "soracom_async.testing", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        info: dict[str, str] = json.loads(proc.stdout.readline())
        yield info
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def providers() -> dict[str, Any]:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export import (
        BatchSpanProcessor,
        SpanExporter,
        SpanExportResult,
    )

    class Drop(SpanExporter):
        def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(BatchSpanProcessor(Drop()))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    return {"tracer_provider": tracer_provider, "meter_provider": meter_provider}


async def cpu_per_call(client: sa.SoracomClient, sim_id: str) -> float:
    for _ in range(CONCURRENCY):
        await client.sim.get_sim(sim_id=sim_id)
    queue = iter(range(CALLS))

    async def worker() -> None:
        for _ in queue:
            await client.sim.get_sim(sim_id=sim_id)

    started = time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.process_time() - started) / CALLS


async def measure(info: dict[str, str], mode: str, rounds: int) -> float:
    options: dict[str, Any] = {}
    if mode == "on":
        options = providers()
    elif mode == "global":
        from soracom_async import telemetry

        telemetry.instrument(**providers())
    creds = sa.AuthKeyCredentials(auth_key_id=info["auth_key_id"], auth_key=info["auth_key"])
    async with sa.SoracomClient(credentials=creds, base_url=info["base_url"], **options) as client:
        sims = await client.sim.list_sims(limit=1)
        sim_id = sims[0].sim_id
        assert isinstance(sim_id, str)
        figures = [await cpu_per_call(client, sim_id) for _ in range(rounds)]
    return statistics.median(figures)


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "off"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    with emulator_process("--sims", "10") as info:
        per_call = asyncio.run(measure(info, mode, rounds))
    imported = "opentelemetry" in sys.modules
    print(f"{mode}: {per_call * 1e6:.1f} us CPU per get_sim (opentelemetry imported: {imported})")


if __name__ == "__main__":
    main()
