"""Values synthesized from a (resolved) JSON schema.

Deterministic by default: the same schema, field name and index always give the same value, so
responses of the non-stateful operations are stable. With an `rng`, choices (enum members,
optional properties, numbers) are drawn from it instead; the schema sweep uses that mode to
build varied but valid requests.

Values respect `type`, `enum`, `format`, `minimum`/`maximum`, `minLength`/`maxLength`,
`pattern`, `minItems`/`maxItems`, `required`, `oneOf`/`anyOf`/`allOf`, and prefer the
schema's `example` and `default` when they fit.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Mapping
from typing import Any

Schema = dict[str, Any]

_EPOCH_MS = 1_700_000_000_000
_NULL_ENUM = "(null value)"
_TIME_SUFFIXES = (
    "At",
    "Time",
    "Date",
    "Ms",
    "Epoch",
    "Sec",
    "time",
    "from",
    "to",
    "since",
    "until",
)
_PATTERN_CANDIDATES = ("emulator", "a", "00:00", "12:30", "abc-1", "A1", "0", "")


def _type_of(schema: Schema) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        non_null = [k for k in kind if k != "null"]
        return non_null[0] if non_null else None
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return kind if isinstance(kind, str) else None


_PERMISSION = '{"statements":[{"api":"*","effect":"allow"}]}'


def fits_type(schema: Schema, value: Any) -> bool:
    """A shallow check that `value` has the schema's type (used to vet examples/defaults)."""
    kind = _type_of(schema)
    if kind is None:
        return True
    if kind == "string":
        ok = isinstance(value, str)
    elif kind == "integer":
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif kind == "number":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif kind == "boolean":
        ok = isinstance(value, bool)
    elif kind == "array":
        ok = isinstance(value, list) and all(fits_type(schema.get("items") or {}, v) for v in value)
    elif kind == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        ok = (
            isinstance(value, dict)
            and all(fits_type(props[k], v) for k, v in value.items() if k in props)
            and all(k in value for k in schema.get("required") or ())
            and (
                not isinstance(extra, dict)
                or all(fits_type(extra, v) for k, v in value.items() if k not in props)
            )
        )
    else:
        ok = True
    enum = schema.get("enum")
    return ok and (enum is None or value in enum)


class Synthesizer:
    """Builds schema-valid values; see the module docstring."""

    def __init__(
        self,
        *,
        hints: Mapping[str, str] | None = None,
        rng: random.Random | None = None,
        validate_one_of: bool = True,
    ) -> None:
        self._hints = {k.lower(): v for k, v in (hints or {}).items()}
        self._rng = rng
        self._validate_one_of = validate_one_of

    # -- helpers --------------------------------------------------------------------------

    def _digits(self, name: str, index: int, count: int, prefix: str = "") -> str:
        if self._rng is not None:
            tail = "".join(self._rng.choice("0123456789") for _ in range(count - len(prefix)))
            return prefix + tail
        digest = hashlib.sha256(f"{name}:{index}".encode()).hexdigest()
        number = str(int(digest, 16))
        return (prefix + number)[:count].ljust(count, "0")

    def _uuid(self, name: str, index: int) -> str:
        if self._rng is not None:
            h = f"{self._rng.getrandbits(128):032x}"
        else:
            h = hashlib.sha256(f"uuid:{name}:{index}".encode()).hexdigest()[:32]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"

    # -- entry point ------------------------------------------------------------------------

    def value(self, schema: Any, name: str = "", index: int = 0) -> Any:
        if not isinstance(schema, dict):
            return "value"
        for combinator in ("oneOf", "anyOf"):
            alternatives = schema.get(combinator)
            if isinstance(alternatives, list) and alternatives:
                return self._alternative(schema, combinator, alternatives, name, index)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and all_of:
            merged: Schema = {k: v for k, v in schema.items() if k != "allOf"}
            for part in all_of:
                for key, val in part.items():
                    if key == "properties":
                        merged["properties"] = {**merged.get("properties", {}), **val}
                    elif key == "required":
                        merged["required"] = [*merged.get("required", []), *val]
                    else:
                        merged.setdefault(key, val)
            return self.value(merged, name, index)
        example = schema.get("example")
        if (
            example is not None
            and self._rng is None
            and fits_type(schema, example)
            and (_type_of(schema) != "object" or not schema.get("properties"))
        ):
            return example
        default = schema.get("default")
        if default is not None and fits_type(schema, default) and self._rng is None:
            return default
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            choices = [e for e in enum if e is not None and e != _NULL_ENUM] or enum
            if self._rng is not None:
                return self._rng.choice(choices)
            return choices[0]
        kind = _type_of(schema)
        if kind == "object":
            return self._object(schema, name, index)
        if kind == "array":
            return self._array(schema, name, index)
        if kind == "integer":
            return self._integer(schema, name, index)
        if kind == "number":
            return self._number(schema, name, index)
        if kind == "boolean":
            return self._rng.random() < 0.5 if self._rng is not None else True
        if kind == "string":
            return self._string(schema, name, index)
        return "value"

    def _alternative(
        self, schema: Schema, combinator: str, alternatives: list[Any], name: str, index: int
    ) -> Any:
        order = list(alternatives)
        if self._rng is not None:
            self._rng.shuffle(order)
        candidates = [self.value(alt, name, index) for alt in order]
        if not self._validate_one_of:
            return candidates[0]
        from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

        validator = Draft4Validator({combinator: alternatives})
        for candidate in candidates:
            if validator.is_valid(candidate):
                return candidate
        raise ValueError(f"cannot synthesize a value for {combinator} at {name!r}")

    def _object(self, schema: Schema, name: str, index: int) -> dict[str, Any]:
        props: dict[str, Any] = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            if prop not in required and self._rng is not None and self._rng.random() < 0.4:
                continue
            if prop in required:
                out[prop] = self.value(sub, prop, index)
                continue
            try:  # an optional property the schema makes unsatisfiable is left out
                out[prop] = self.value(sub, prop, index)
            except ValueError:
                continue
        extra = schema.get("additionalProperties")
        for prop in sorted(required - set(props)):
            # The vendor document sometimes requires a property it never defines.
            out[prop] = self.value(extra if isinstance(extra, dict) else {}, prop, index)
        if not props and isinstance(extra, dict) and _type_of(extra) == "string":
            key = "name" if self._rng is None else f"key{self._rng.randint(0, 9)}"
            out[key] = self.value(extra, key, index)
        return out

    def _array(self, schema: Schema, name: str, index: int) -> list[Any]:
        items = schema.get("items") or {}
        count = 1
        if self._rng is not None:
            count = self._rng.randint(0, 3)
        count = max(count, schema.get("minItems", 0))
        if "maxItems" in schema:
            count = min(count, schema["maxItems"])
        if schema.get("uniqueItems"):
            values: list[Any] = []
            for i in range(count * 4):
                candidate = self.value(items, name, index * 10 + i)
                if candidate not in values:
                    values.append(candidate)
                if len(values) == count:
                    break
            return values
        try:
            return [self.value(items, name, index * 10 + i) for i in range(count)]
        except ValueError:
            if schema.get("minItems", 0):
                raise
            return []

    def _integer(self, schema: Schema, name: str, index: int) -> int:
        low = schema.get("minimum")
        high = schema.get("maximum")
        if low is not None and high is not None and low > high:
            raise ValueError(f"empty range for {name!r}")
        if self._rng is not None:
            lo = int(low) if low is not None else min(0, int(high) if high is not None else 0)
            hi = int(high) if high is not None else lo + 1000
            return self._rng.randint(lo, hi)
        if name.endswith(_TIME_SUFFIXES) or "Time" in name or "epoch" in name.lower():
            value = _EPOCH_MS + index * 1000
            if name.endswith("Sec") or "EpochSec" in name:
                value //= 1000
        else:
            value = 1 + index
        if low is not None and value < low:
            value = int(low)
        if high is not None and value > high:
            value = int(high)
        return value

    def _number(self, schema: Schema, name: str, index: int) -> float:
        low = schema.get("minimum")
        high = schema.get("maximum")
        if low is not None and high is not None and low > high:
            raise ValueError(f"empty range for {name!r}")
        if self._rng is not None:
            lo = float(low) if low is not None else min(0.0, float(high or 0.0))
            hi = float(high) if high is not None else lo + 100.0
            return round(self._rng.uniform(lo, hi), 3)
        value = 1.5 + index
        if low is not None and value < low:
            value = float(low)
        if high is not None and value > high:
            value = float(high)
        return value

    def _string(self, schema: Schema, name: str, index: int) -> str:
        value = self._string_by_hint(schema, name, index)
        pattern = schema.get("pattern")
        if pattern is not None and re.search(pattern, value) is None:
            value = next(
                (c for c in _PATTERN_CANDIDATES if re.search(pattern, c) is not None), value
            )
        min_len = schema.get("minLength", 0)
        if len(value) < min_len:
            value = value.ljust(min_len, "x")
        if "maxLength" in schema:
            value = value[: schema["maxLength"]]
        return value

    def _string_by_hint(self, schema: Schema, name: str, index: int) -> str:
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        if fmt == "date":
            return "2024-01-01"
        if fmt == "yyyyMM":
            return "202401"
        if fmt == "yyyyMMdd":
            return "20240101"
        if fmt == "yyyyMMddHHmmss":
            return "20240101000000"
        if fmt == "uri":
            return f"https://example.com/{name or 'resource'}/{index}"
        if fmt == "binary":
            return "AAAA"
        lname = name.lower()
        hinted = self._hints.get(lname)
        if hinted is not None:
            return hinted
        if lname == "imsi" or lname.endswith("imsi"):
            return self._digits(name, index, 15, "29505")
        if lname in ("simid", "sim_id", "iccid") or lname.endswith("iccid"):
            return self._digits(name, index, 19, "8942")
        if "msisdn" in lname:
            return self._digits(name, index, 12, "81")
        if "imei" in lname:
            return self._digits(name, index, 15, "35")
        if "email" in lname:
            return f"user{index}@example.com"
        if lname in ("permission", "permissions", "defaultpermissions"):
            return _PERMISSION  # a SAM permission document (sam.py checks them)
        if "ipaddress" in lname or lname.endswith("ip"):
            return f"10.0.{index // 250}.{index % 250 + 1}"
        if "url" in lname or "uri" in lname or "endpoint" in lname:
            return f"https://example.com/{index}"
        if lname.endswith("id") and len(lname) > 2:
            return self._uuid(name, index)
        if "currency" in lname:
            return "JPY"
        if self._rng is not None:
            return f"{name or 'value'}-{self._rng.randint(0, 9999)}"
        return f"{name or 'value'}-{index}" if index else (name or "value")
