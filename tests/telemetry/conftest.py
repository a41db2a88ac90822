"""Fixtures of the telemetry tests: the loopback emulator, and the OpenTelemetry SDK's
in-memory span exporter and metric reader behind a tracer and a meter provider.

The SDK is imported inside the fixture: test_off.py, which checks that nothing imports
opentelemetry, runs without it. The modules that need it skip when it is not installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from support import BACKENDS, client_for, emu, emulator, run

from soracom_async.testing import SoracomEmulator

if TYPE_CHECKING:
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader, NumberDataPoint
    from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

__all__ = [
    "BACKENDS",
    "Recorder",
    "client_for",
    "emu",
    "emulator",
    "recorder",
    "run",
    "run_script",
]


def run_script(emu: SoracomEmulator, script: str, tmp: Path) -> dict[str, Any]:
    """Run `script` in a fresh interpreter whose `SoracomClient()` finds the emulator through
    the environment (credentials kept off the command line, which a failure would show);
    returns the JSON of its last line of output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SORACOM_")}
    env.update(
        SORACOM_ENDPOINT=emu.base_url,
        SORACOM_AUTH_KEY_ID=emu.auth_key_id,
        SORACOM_AUTH_KEY=emu.auth_key,
        SORACOM_PROFILE_DIR=str(tmp),
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.returncode == 0, "the script failed (its output is not shown: it may hold keys)"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@dataclass
class Recorder:
    tracer_provider: TracerProvider
    meter_provider: MeterProvider
    exporter: InMemorySpanExporter
    reader: InMemoryMetricReader

    @property
    def providers(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self) -> list[ReadableSpan]:
        return list(self.exporter.get_finished_spans())

    def calls(self, operation_id: str) -> list[ReadableSpan]:
        """The call spans of an operation, in the order they started (an attempt span has no
        soracom.attempts)."""
        calls = [
            s
            for s in self.spans()
            if _operation(s) == operation_id and "soracom.attempts" in (s.attributes or {})
        ]
        return sorted(calls, key=lambda s: s.start_time or 0)

    def attempts(self, call: ReadableSpan) -> list[ReadableSpan]:
        """The attempt spans of a call (its children of the same operation), in order."""
        found = [
            s
            for s in self.spans()
            if s.parent is not None
            and s.parent.span_id == call.context.span_id
            and _operation(s) == _operation(call)
        ]
        return sorted(found, key=lambda s: s.start_time or 0)

    def metrics(self) -> dict[str, list[Any]]:
        """Every data point of every metric, by metric name."""
        data = self.reader.get_metrics_data()
        found: dict[str, list[Any]] = {}
        if data is None:
            return found
        for resource in data.resource_metrics:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    found.setdefault(metric.name, []).extend(metric.data.data_points)
        return found

    def total(self, name: str, **attributes: object) -> int:
        """Sum of a counter's points (a histogram's counts) whose attributes include these."""
        total = 0
        for point in self.metrics().get(name, []):
            labels = dict(point.attributes or {})
            if all(labels.get(k) == v for k, v in attributes.items()):
                total += int(point.count if hasattr(point, "count") else _value(point))
        return total


def _value(point: NumberDataPoint) -> float:
    return point.value


def _operation(span: ReadableSpan) -> object:
    return (span.attributes or {}).get("soracom.operation_id")


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    pytest.importorskip("opentelemetry.sdk")
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    try:
        yield Recorder(tracer_provider, meter_provider, exporter, reader)
    finally:
        tracer_provider.shutdown()
        meter_provider.shutdown()
