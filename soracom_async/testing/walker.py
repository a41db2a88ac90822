"""Drive the derived resource families over raw HTTP: make an item exist, then walk it.

A test helper shipped with the emulator (users may walk their own emulator the same way).

`Walker.ensure(family)` returns the path values of an item of the family that exists on the
emulator (creating it through the family's own create operation with a body synthesized from
the document, or picking one the list answers), creating its parents first. The stateful sweep
and the 204 test use it, so neither knows any family by name.
"""

from __future__ import annotations

import json
import random
from typing import Any
from urllib.parse import quote

import httpx

from soracom_async.testing import SoracomEmulator
from soracom_async.testing.families import Family, camel, catalogue
from soracom_async.testing.spec import Operation, get_spec
from soracom_async.testing.synth import Synthesizer

SPEC = get_spec()
CATALOGUE = catalogue(SPEC)


def enum_value(family: Family, param: str) -> str:
    """A member every operation of the family accepts for the enum path parameter `param`."""
    common: list[str] | None = None
    for op in family.operations:
        if param in op.param_by_name and "enum" in op.param_by_name[param].schema:
            members = [str(m) for m in op.param_by_name[param].schema["enum"]]
            common = members if common is None else [m for m in common if m in members]
    assert common, (family.item, param)
    return common[0]


class Walker:
    def __init__(self, emu: SoracomEmulator, client: httpx.Client, *, seed: int = 0) -> None:
        self.emu = emu
        self.client = client
        self.rng = random.Random(seed)  # noqa: S311 - test data, not secrets
        state = emu.state
        sim_id = state.sim_order[0]
        self.known: dict[str, str] = {
            "operator_id": emu.operator_id,
            "sim_id": sim_id,
            "imsi": state.primary_imsi(state.sims[sim_id]),
            "group_id": state.group_order[0],
        }

    def headers(self) -> dict[str, str]:
        token = self.emu.issue_token()
        return {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}

    def url(self, op: Operation, values: dict[str, str]) -> str:
        path = op.path
        for param in op.path_params:
            path = path.replace("{" + param.name + "}", quote(str(values[param.name]), safe=""))
        return path

    def body(self, op: Operation, marker: str) -> Any:
        """A valid body for `op`, with every free-text field the caller may set marked."""
        if op.body_schema is None:
            return None
        synth = Synthesizer(hints={"operatorId": self.emu.operator_id})
        body = synth.value(op.body_schema, "body")
        if isinstance(body, dict):
            props = op.body_schema.get("properties") or {}
            for name, sub in props.items():
                free_text = sub.get("type") == "string" and not {"enum", "pattern"} & set(sub)
                if name in ("name", "description") and free_text:
                    body[name] = f"{marker}-{name}"
        return body

    def send(
        self, op: Operation, values: dict[str, str], body: Any = None, **params: Any
    ) -> httpx.Response:
        query: list[tuple[str, str | int | float | bool | None]] = [
            (k, str(v)) for k, v in params.items()
        ]
        for param in op.query_params:
            if param.required and param.name not in params:
                value = Synthesizer().value(param.schema, param.name)
                query.append((param.name, str(value)))
        headers = self.headers()
        content = None
        if body is not None:
            content = json.dumps(body).encode()
            headers["content-type"] = "application/json"
        return self.client.request(
            op.method, self.url(op, values), params=query, content=content, headers=headers
        )

    def scope_values(self, family: Family, *, seeded: bool = False) -> dict[str, str]:
        """Values for the family's scope: its parent item's, else the seeded fleet's (with
        `seeded`, a parent from the seeded data, which has seeded children)."""
        values: dict[str, str] = {}
        if family.parent is not None:
            values.update(self.ensure(CATALOGUE.families[family.parent], seeded=seeded))
        for name in family.scope_params:
            if name not in values:
                values[name] = self.known.get(name) or Synthesizer().value({}, name)
        return values

    def create(self, family: Family, marker: str) -> tuple[dict[str, str], httpx.Response]:
        assert family.create is not None
        values = self.scope_values(family)
        if family.create_by_id:
            for param, field in zip(family.id_params, family.id_fields, strict=True):
                schema = family.create.param_by_name[param].schema
                documented = (family.schema.get("properties") or {}).get(field) or {}
                if "enum" in schema:
                    values[param] = enum_value(family, param)
                elif documented.get("enum"):
                    values[param] = str(documented["enum"][0])
                else:
                    values[param] = f"{marker}-{field}"[: schema.get("maxLength", 64)]
        body = self.body(family.create, marker)
        response = self.send(family.create, values, body)
        if response.status_code < 300 and not family.create_by_id:
            values.update(self.ids_from(family, response, body))
        return values, response

    def ids_from(self, family: Family, response: httpx.Response, body: Any) -> dict[str, str]:
        """The new item's path values, read from the create's answer (or the list's last)."""
        data: Any = response.json() if response.content else {}
        if not (isinstance(data, dict) and all(f in data for f in family.id_fields)):
            data = body if isinstance(body, dict) else {}
        if not all(f in data for f in family.id_fields) and family.listing is not None:
            listed = self.listed(family)
            data = listed[-1] if listed else {}
        if not all(f in data for f in family.id_fields):
            return self.stored(family)  # only the parent's answer shows the new item
        return {
            p: str(data.get(f)) for p, f in zip(family.id_params, family.id_fields, strict=True)
        }

    def stored(self, family: Family) -> dict[str, str]:
        """The path values of the family's newest item, read from the emulator's state (for
        the families whose new item shows only inside its parent's answer)."""
        with self.emu.state.lock:
            newest = [r for item, _, r in self.emu.state.resources.records() if item == family.item]
        if not newest:
            return {}
        record = newest[-1]
        return {p: str(record[f]) for p, f in zip(family.id_params, family.id_fields, strict=True)}

    def listed(self, family: Family, values: dict[str, str] | None = None) -> list[Any]:
        """Every item the family's list answers (following pages)."""
        assert family.listing is not None
        values = values or self.scope_values(family)
        items: list[Any] = []
        key: str | None = None
        for _ in range(100):
            params: dict[str, Any] = {"limit": 50} if family.listing.limit_param is not None else {}
            if key is not None:
                params["last_evaluated_key"] = key
            response = self.send(family.listing, values, **params)
            assert response.status_code == 200, response.text
            data = response.json()
            if isinstance(data, dict):
                arrays = [v for v in data.values() if isinstance(v, list)]
                data = arrays[0] if arrays else []
            items += data
            key = response.headers.get("x-soracom-next-key")
            if key is None:
                return items
        raise AssertionError("the listing never ends")

    def ensure(self, family: Family, *, seeded: bool = False) -> dict[str, str]:
        """Path values of an existing item (created, else one that is listed; with `seeded`,
        a listed one first)."""
        if family.create is not None and not (seeded and family.listing is not None):
            values, response = self.create(family, f"t{self.rng.randrange(10**6)}")
            if response.status_code < 300:
                return values
        assert family.listing is not None, family.item
        values = self.scope_values(family, seeded=seeded)
        item = self.listed(family, values)[0]
        for param, field in zip(family.id_params, family.id_fields, strict=True):
            values[param] = str(item.get(field, item.get(camel(param))))
        return values


def existing_scope_values(emu: SoracomEmulator) -> dict[str, str]:
    """Path values naming an existing parent for every family listed under a parent (a batch
    group for listBatchJobs, a VPG for listPacketCaptureSessions, ...): the real API answers
    404 for a list under a parent that does not exist, and so does the emulator."""
    values: dict[str, str] = {}
    with httpx.Client(base_url=emu.base_url, timeout=10) as client:
        walker = Walker(emu, client)
        for family in CATALOGUE.families.values():
            if family.parent is not None and family.listing is not None:
                for name, value in walker.scope_values(family, seeded=True).items():
                    values.setdefault(name, value)
    return values
