"""One JSON decoder for response bodies (soracom_async/_json.py), orjson or the standard
library, with the same answers: NaN and Infinity refused by both, integers beyond 64 bits
parsed exactly by both, everything else equal. The orjson tests skip where it is absent (the
dev extra installs it, so the suite runs both paths)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

from soracom_async import _json

needs_orjson = pytest.mark.skipif(not _json.ORJSON, reason="orjson is not installed")

DECODERS: list[Any] = [
    pytest.param(_json.standard_loads, id="standard"),
    pytest.param(_json._fast_loads, id="orjson", marks=needs_orjson),
]

NON_FINITE = [b"NaN", b"[1, Infinity]", b'{"a": -Infinity}', b"[NaN]"]
BIG = [
    b"18446744073709551616",
    b"[1, 18446744073709551616]",
    b'{"a": -9223372036854775809, "b": "x"}',
    b'{"n":123456789012345678901234567890}',
    b"[ 99999999999999999999 ]",
]
SAME = [
    b'{"simId": "8942310021000000000", "n": 1700000000000, "f": 0.1, "z": -0}',
    b'{"a": 1, "a": 2}',
    b"[1e400, 1.0e-400, 2.5E3]",
    b'"\\ud800"',
    "[1]".encode("utf-16"),
    b"\xef\xbb\xbf[1]",
    b'{"a": "caf\\u00e9", "b": [true, false, null]}',
]
BROKEN = [b"", b"{", b"[1,]", b'{"a" 1}', b"[1] x", b"\xff"]


@pytest.mark.parametrize("loads", DECODERS)
@pytest.mark.parametrize("body", NON_FINITE)
def test_nan_and_infinity_are_refused(loads: Callable[[bytes], Any], body: bytes) -> None:
    assert json.loads(body) is not None  # what the standard library alone would accept
    with pytest.raises(json.JSONDecodeError, match="is not a JSON number"):
        loads(body)


@pytest.mark.parametrize("loads", DECODERS)
@pytest.mark.parametrize("body", BIG)
def test_big_integers_are_exact(loads: Callable[[bytes], Any], body: bytes) -> None:
    value = loads(body)
    assert value == json.loads(body)
    assert repr(value) == repr(json.loads(body))  # ints, not floats that compare close


@pytest.mark.parametrize("loads", DECODERS)
@pytest.mark.parametrize("body", SAME)
def test_the_same_value_as_the_standard_library(loads: Callable[[bytes], Any], body: bytes) -> None:
    assert repr(loads(body)) == repr(json.loads(body))


@pytest.mark.parametrize("loads", DECODERS)
@pytest.mark.parametrize("body", BROKEN)
def test_the_same_error_as_the_standard_library(loads: Callable[[bytes], Any], body: bytes) -> None:
    with pytest.raises(ValueError) as ours:
        loads(body)
    with pytest.raises(ValueError) as standard:
        json.loads(body)
    assert str(ours.value) == str(standard.value)
    assert isinstance(ours.value, (json.JSONDecodeError, UnicodeDecodeError))


@pytest.mark.parametrize("loads", DECODERS)
def test_too_deep_a_nesting_is_a_decode_error(loads: Callable[[bytes], Any]) -> None:
    with pytest.raises(json.JSONDecodeError, match="nested too deeply"):
        loads(b"[" * 100_000 + b"]" * 100_000)


@needs_orjson
def test_the_big_integer_probe_errs_only_on_the_safe_side() -> None:
    probe = _json._may_hold_big_integer
    assert not probe(b'{"iccid": "8942310021000000000", "t": 1700000000000}')  # a string
    assert probe(b'{"t": 1234567890123456789}')  # 19 digits: the standard decoder decides
    assert probe(b'{"t": "a,1234567890123456789"}')  # looks like one: safe, only slower
    assert not probe(b'{"t":123456789012345678}')  # 18 digits fit 64 bits


@needs_orjson
def test_loads_is_orjson_when_installed() -> None:
    assert _json.loads is _json._fast_loads


def test_without_orjson_the_standard_decoder_is_used() -> None:
    """Where orjson is not installed (an import of it fails), loads is the standard one."""
    script = (
        "import sys; sys.modules['orjson'] = None\n"
        "from soracom_async import _json\n"
        "assert not _json.ORJSON and _json.loads is _json.standard_loads\n"
        "assert _json.loads(b'[18446744073709551616]') == [18446744073709551616]\n"
        "try:\n    _json.loads(b'[NaN]')\nexcept ValueError as exc:\n    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "NaN is not a JSON number: line 1 column 2 (char 1)"
