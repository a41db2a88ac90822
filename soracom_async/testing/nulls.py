"""JSON nulls where the real API sends them, so clients meet them in tests and not in production.

The real API answers `null` for optional fields it has no value for, instead of leaving them
out: `"groupId": null` for a SIM in no group, `"expiryTime": null, "expiryAction": null`
without an expiry, `"imeiLock": null`, `"lastPortMappingCreatedTime": null` before Napter was
ever used, `"serialNumber": null` for a virtual SIM, `sessionStatus.imei`/`dnsServers` null
while offline (the document says so in prose, and published clients declare these nullable).
It does not do it for every record: records written by older back ends simply omit them.

Two kinds of null, both off when `null_share` is 0.0:

* documented: where the vendor document says the API returns null (`DOCUMENTED_NULLS`, found
  by searching its descriptions; the generated copy we load has none), every record carries
  the null in that case;
* undocumented: a share of the records (`null_share`, default `DEFAULT_NULL_SHARE`) is in
  "null style" and carries null for its other unset optional fields: seeded and created SIMs
  and groups, and the items and bodies synthesized for the non-stateful operations. Which ones
  is decided by a hash of the seed and the record's identity, never by the seed's RNG, so the
  rest of the seeded data does not change with the share.

The schema rule that admits these nulls is `validation.OPTIONAL_MAY_BE_NULL`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .spec import Spec

DEFAULT_NULL_SHARE = 1 / 3
# Component schema -> properties whose description in the vendor document says the API returns
# null (e.g. Sim.expiryAction "`null`: No expiration date set", Sim.lastPortMappingCreatedTime
# "If Napter has never been used with the SIM, null is returned", Gadget.terminatedTime "If not
# cancelled, `null`"). Subscriber.moduleType ("null for secondary subscriptions") is left out:
# the emulator has no secondary subscriptions.
DOCUMENTED_NULLS: Mapping[str, frozenset[str]] = {
    "Sim": frozenset({"expiryAction", "lastPortMappingCreatedTime"}),
    "Subscriber": frozenset({"expiryAction", "lastPortMappingCreatedTime"}),
    "SessionStatus": frozenset({"imei"}),
    "PreviousSessionStatus": frozenset({"imei"}),
    "SessionEvent": frozenset({"imei"}),
    "Gadget": frozenset({"terminatedTime"}),
    "OperatorConfigurationOfSupport": frozenset({"upcomingTier"}),
}


def check_share(share: float) -> float:
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"null_share must be in 0.0..1.0, got {share!r}")
    return share


def _fraction(*parts: object) -> float:
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def documented_nulls(spec: Spec) -> dict[int, frozenset[str]]:
    """`DOCUMENTED_NULLS` keyed by the identity of each resolved component schema.

    The strict resolver inlines every `$ref` as the one cached object of its component, so a
    walk over a resolved response schema recognises a `Sim` (or `SessionStatus`, ...) anywhere
    in it by identity.
    """
    out: dict[int, frozenset[str]] = {}
    for name, props in DOCUMENTED_NULLS.items():
        if name in spec.document.get("components", {}).get("schemas", {}):
            out[id(spec.schema(name))] = props
    return out


def null_style(share: float, *identity: object) -> bool:
    """Whether the record named by `identity` (seed, kind, key...) carries explicit nulls."""
    return share > 0.0 and _fraction("null-style", *identity) < share


Path = tuple[str | int, ...]


class NullSprinkler:
    """Replaces optional properties of synthesized bodies by null, deterministically.

    An optional property whose description says the API returns null (Sim.expiryAction
    "`null`: No expiration date set", "If not cancelled, `null`", ...) is always null. Each other
    optional property present in an object becomes null with probability `share`, decided by a
    hash of (salt, JSON path); if that leaves a whole body without a null although it has an
    optional property, the first one (in document order) is nulled, so every operation's
    answer exercises a client's null handling. `keep` names top-level properties left alone
    (the array of a paginated wrapper).
    """

    def __init__(
        self, share: float, documented: Mapping[int, frozenset[str]] | None = None
    ) -> None:
        self.share = check_share(share)
        self._documented = documented or {}

    def apply(self, schema: Any, value: Any, salt: str, keep: frozenset[str] = frozenset()) -> Any:
        if self.share == 0.0:
            return value
        found: list[Path] = []
        nulled: list[Path] = []
        out = self._walk(schema, value, (salt,), keep, found, nulled)
        if not nulled and found:
            out = _set_null(out, found[0][1:])
        return out

    def _walk(
        self,
        schema: Any,
        value: Any,
        path: Path,
        keep: frozenset[str],
        found: list[Path],
        nulled: list[Path],
    ) -> Any:
        if not isinstance(schema, dict):
            return value
        if isinstance(value, list):
            items = schema.get("items")
            return [
                self._walk(items, item, (*path, i), frozenset(), found, nulled)
                for i, item in enumerate(value)
            ]
        props = schema.get("properties")
        if not isinstance(value, dict) or not isinstance(props, dict):
            return value
        required = set(schema.get("required") or ())
        documented = self._documented.get(id(schema), frozenset())
        out: dict[str, Any] = {}
        for name, item in value.items():
            sub = props.get(name)
            where = (*path, name)
            if sub is not None and name not in required and name not in keep and item is not None:
                found.append(where)
                if name in documented or _fraction(*where) < self.share:
                    out[name] = None
                    nulled.append(where)
                    continue
            out[name] = self._walk(sub, item, where, frozenset(), found, nulled)
        return out


def _set_null(value: Any, parts: Path) -> Any:
    """A copy of `value` with the item at `parts` set to null."""
    head, *rest = parts
    if isinstance(value, list):
        assert isinstance(head, int)
        copy = list(value)
        copy[head] = _set_null(copy[head], tuple(rest)) if rest else None
        return copy
    assert isinstance(value, dict) and isinstance(head, str)
    return {**value, head: _set_null(value[head], tuple(rest)) if rest else None}
