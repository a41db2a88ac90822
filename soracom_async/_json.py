"""Decoding response bodies: orjson where it is installed (`soracom-async[speed]`), the standard
library's json otherwise, with the same answers either way.

The two decoders disagree on a few inputs, and a body must not parse differently depending on
what else happens to be installed:

* `NaN`, `Infinity` and `-Infinity` are not JSON (RFC 8259). The standard decoder accepts them;
  here both refuse them: a `json.JSONDecodeError` naming the constant, which the pipeline
  makes a `MalformedResponseError` like any other garbled body.
* Integers beyond 64 bits: the standard decoder parses them exactly, orjson (3.13) silently
  makes them floats (`18446744073709551616` becomes `1.8446744073709552e19`). Here both parse
  them exactly: a body with an integer token of 19 digits or more (`_may_hold_big_integer`,
  a byte-level probe that can only err on the safe side) is left to the standard decoder.
* Anything orjson refuses (NaN, a UTF-16 body, a lone surrogate escape, `1e400`) is left to
  the standard decoder too, so the result, or the error and its message, is always the
  standard decoder's.

Decoding too deep a nesting is a `json.JSONDecodeError` too, not a RecursionError.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["ORJSON", "loads"]


class _NonFiniteConstant(Exception):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _NonFiniteConstant(name)


_STANDARD = json.JSONDecoder(parse_constant=_refuse_constant)

_orjson: Any
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised where orjson is not installed
    _orjson = None

ORJSON: bool = _orjson is not None
"""Whether orjson decodes the bodies (it is installed)."""


def _text(data: bytes | bytearray | str) -> str:
    if isinstance(data, str):
        return data
    return data.decode(json.detect_encoding(data), "surrogatepass")


def standard_loads(data: bytes | bytearray | str) -> Any:
    """The standard library's decoder, refusing NaN and Infinity (what `loads` falls back to)."""
    text = _text(data)
    try:
        return _STANDARD.decode(text)
    except _NonFiniteConstant as exc:
        position = _constant_position(text, exc.name)
        raise json.JSONDecodeError(f"{exc.name} is not a JSON number", text, position) from None
    except RecursionError:
        raise json.JSONDecodeError("JSON nested too deeply", text, 0) from None


def _constant_position(text: str, name: str) -> int:
    position = text.find(name)
    return max(position, 0)


# The probe's view of a body: a digit (or a minus sign, or white space) is "0", a byte a
# number token can follow (`:`, `,`, `[`) is "S", any other byte "x". An integer token of 19
# digits or more is then an "S" followed by nineteen "0"s; a string can look the same (a
# "S" is also a comma inside a string), which only sends that body to the standard decoder.
_PROBE_TABLE = bytes(
    ord("0") if chr(b) in "0123456789- \t\r\n" else ord("S") if chr(b) in ":,[" else ord("x")
    for b in range(256)
)
_BIG_INTEGER = b"S" + b"0" * 19


def _may_hold_big_integer(data: bytes | bytearray) -> bool:
    """Whether the body may hold an integer orjson would not parse exactly (beyond 64 bits:
    19 digits or more, conservatively; a whole body that is one number counts too)."""
    # bytearray.translate is a plain table walk, twice as fast as bytes.translate (which also
    # tracks whether anything changed); the copy it needs costs less than the difference.
    probe = bytearray(data).translate(_PROBE_TABLE)
    return _BIG_INTEGER in probe or (len(probe) >= 19 and b"x" not in probe and b"S" not in probe)


def _fast_loads(data: bytes | bytearray | str) -> Any:
    assert _orjson is not None
    if isinstance(data, str) or _may_hold_big_integer(data):
        return standard_loads(data)
    try:
        return _orjson.loads(data)
    except _orjson.JSONDecodeError:
        pass  # not orjson's to decide: NaN, other encodings, and the error message
    return standard_loads(data)


loads: Callable[[bytes | bytearray | str], Any] = _fast_loads if ORJSON else standard_loads
"""Decode one JSON body (bytes or str): orjson when installed, else the standard library;
the same value or the same `json.JSONDecodeError` either way (see the module docstring)."""
