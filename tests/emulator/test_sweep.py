"""Schema-driven sweep: every documented operation (the API's and the API Sandbox's), against
the real server.

For each operation we build valid requests from the pinned document (path/query parameters
and JSON bodies synthesized from their schemas: one deterministic variant from examples and
defaults, and randomized variants from a seeded RNG), send them over loopback HTTP, and assert:

* the status is documented for the operation, or a validation 400 with the unified body;
* every JSON success body validates against the documented response schema (strict: `$ref`s,
  `required`, enums, `oneOf`; only the named rule `validation.OPTIONAL_MAY_BE_NULL` widens it:
  an optional property may be null, as the real API sends it), binary bodies are bytes, and
  204/HEAD answers are empty;
* every answer carries the three rate-limit headers; paginated answers carry a consistent
  `x-soracom-next-key` / `link` pair.

A negative sweep then sends one invalid variant per operation that has something to violate
(a typed or enum parameter, a required parameter, a JSON body) and asserts a 400 whose message
names the offending parameter or field.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from codegen import spec as codegen_spec
from soracom_async.testing import SoracomEmulator
from soracom_async.testing.spec import Operation, Param, get_spec
from soracom_async.testing.synth import Synthesizer
from soracom_async.testing.validation import response_validator

SPEC = get_spec()
# Destructive operations (deletes, terminations) last, so the others meet live resources.
OPERATIONS = sorted(
    SPEC.operations.values(),
    key=lambda op: (
        op.method == "DELETE" or op.operation_id.startswith("terminate"),
        op.operation_id,
    ),
)
RL_HEADERS = (
    "x-soracom-ratelimit-limit",
    "x-soracom-ratelimit-remaining",
    "x-soracom-ratelimit-seconds-before-refresh",
)


@pytest.fixture(scope="module")
def emulator() -> Any:
    with SoracomEmulator(sim_count=50, group_count=4, seed=7) as emu:
        yield emu


def _known_values(emu: SoracomEmulator, variant: int = 0) -> dict[str, str]:
    """Existing IDs for path parameters (a different SIM and group per variant, since a
    variant may terminate its SIM and delete its group)."""
    state = emu.state
    sim_id = state.sim_order[1 + variant]
    return {
        "operator_id": emu.operator_id,
        "sim_id": sim_id,
        "imsi": state.primary_imsi(state.sims[sim_id]),
        "iccid": sim_id,
        "group_id": state.group_order[variant],
        "auth_key_id": emu.auth_key_id,
        "user_name": emu.sam_user_name,
    }


def _to_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


def _param_value(param: Param, synth: Synthesizer, known: dict[str, str]) -> Any:
    if param.location == "path" and param.name in known and "enum" not in param.schema:
        return known[param.name]
    value = synth.value(param.schema, param.name)
    if param.location == "path" and value in ("", []):
        value = "x"
    return value


def build_request(
    op: Operation, rng: random.Random | None, known: dict[str, str]
) -> dict[str, Any]:
    synth = Synthesizer(rng=rng, hints={"operatorId": known["operator_id"]})
    path = op.path
    for param in op.path_params:
        value = _to_text(_param_value(param, synth, known))
        safe = "/" if param.name == "path" else ""
        path = path.replace("{" + param.name + "}", quote(value, safe=safe) or "x")
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    for param in op.params:
        if param.location == "path":
            continue
        if not param.required and (rng is None or rng.random() < 0.5):
            continue
        value = _param_value(param, synth, known)
        if param.location == "header":
            if param.name.lower() != "content-type":
                headers[param.name] = _to_text(value)
            continue
        values = value if isinstance(value, list) else [value]
        query += [(param.name, _to_text(v)) for v in values]
    content: bytes | None = None
    if op.body_content_types:
        if "application/json" in op.body_content_types and op.validates_json_body:
            content = json.dumps(synth.value(op.body_schema, "body")).encode()
            headers["content-type"] = "application/json"
        elif op.body_content_types:
            content = b"\x00\x01binary payload"
            headers["content-type"] = "application/octet-stream"
    return {
        "method": op.method,
        "url": path,
        "params": query,
        "content": content,
        "headers": headers,
    }


def check_response(op: Operation, response: httpx.Response, failures: list[str]) -> None:
    name = f"{op.operation_id} {op.method} {response.request.url}"
    status = response.status_code
    for header in RL_HEADERS:
        if header not in response.headers:
            failures.append(f"{name}: missing {header}")
    if status not in op.documented_statuses and status != 400:
        failures.append(f"{name}: undocumented status {status}: {response.text[:200]}")
        return
    if status >= 400 and op.method == "HEAD":
        if response.content:  # a HEAD answer never has a body, an error's included
            failures.append(f"{name}: {status} to HEAD with a body")
        return
    if status >= 400:
        try:
            body = response.json()
        except ValueError:
            failures.append(f"{name}: {status} without a JSON error body")
            return
        if set(body) != {"code", "message"}:
            failures.append(f"{name}: {status} body is not the unified error: {body}")
        return
    spec = op.responses[status]
    if op.method == "HEAD" or status in (204, 302) or spec.content_type is None:
        if response.content:
            failures.append(f"{name}: {status} should have no body")
        return
    if spec.content_type == "application/octet-stream":
        if not response.content:
            failures.append(f"{name}: empty binary body")
        return
    try:
        body = response.json()
    except ValueError:
        failures.append(f"{name}: body is not JSON: {response.text[:200]}")
        return
    if spec.schema is not None:
        errors = sorted(
            response_validator(op).iter_errors(body), key=lambda e: list(e.absolute_path)
        )
        if errors:
            e = errors[0]
            failures.append(
                f"{name}: body does not match schema at {list(e.absolute_path)}: {e.message[:200]}"
            )
    if op.paginated:
        next_key = response.headers.get("x-soracom-next-key")
        link = response.headers.get("link")
        if (next_key is None) != (link is None):
            failures.append(f"{name}: next key and link disagree")
        if (
            next_key is not None
            and link is not None
            and (
                f"last_evaluated_key={quote(next_key, safe='')}" not in link
                or "rel=next" not in link
            )
        ):
            failures.append(f"{name}: bad link header {link!r}")


def test_every_operation_is_routed_and_documented(emulator: SoracomEmulator) -> None:
    assert len(OPERATIONS) == sum(
        codegen_spec.facts(d)["operations"] for d in codegen_spec.DOCUMENTS
    )
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    seen: set[str] = set()
    with httpx.Client(base_url=emulator.base_url.removesuffix("/v1") + "/v1", timeout=10) as client:
        for variant in range(3):
            rng = None if variant == 0 else random.Random(variant)
            known = _known_values(emulator, variant)
            for op in OPERATIONS:
                request = build_request(op, rng, known)
                token = emulator.issue_token()  # fresh: the sweep itself revokes and renews tokens
                request["headers"].update(
                    {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
                )
                response = client.request(
                    request["method"],
                    request["url"],
                    params=request["params"],
                    content=request["content"],
                    headers=request["headers"],
                )
                assert emulator.request_count(op.operation_id) >= 1, op.operation_id
                if op.operation_id not in _STATEFUL_OR_AUTH:
                    statuses[response.status_code] += 1  # (stateful ones 404 on made-up IDs)
                seen.add(op.operation_id)
                check_response(op, response, failures)
                # A valid request to a synthesized operation must succeed.
                if (
                    variant == 0
                    and op.operation_id not in _STATEFUL_OR_AUTH
                    and response.status_code != op.success.status
                ):
                    failures.append(
                        f"{op.operation_id}: expected {op.success.status}, got "
                        f"{response.status_code}: {response.text[:200]}"
                    )
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} failures)"
    assert seen == set(SPEC.operations)
    assert emulator.counters.unrouted == 0
    # The synthesized operations must mostly succeed, i.e. the sweep is not just collecting
    # 400s (the stateful ones answer 404 for the IDs it makes up: tests/twin walks them).
    successes = sum(n for s, n in statuses.items() if s < 400)
    assert successes > 0.8 * sum(statuses.values()), statuses


def _stateful_ids() -> frozenset[str]:
    from soracom_async.testing.families import stateful_operation_ids

    return stateful_operation_ids()


_STATEFUL_OR_AUTH = _stateful_ids()


# -- negative sweep ----------------------------------------------------------------------------


def _invalid_variant(op: Operation, known: dict[str, str]) -> tuple[dict[str, Any], str] | None:
    """A request with one deliberate violation and the name the 400 must mention."""
    base = build_request(op, None, known)
    for param in op.params:
        if param.location not in ("path", "query"):
            continue
        kind = param.kind
        bad: str | None = None
        if "enum" in param.schema:
            bad = "definitely-not-a-member"
        elif kind in ("integer", "number"):
            bad = "not-a-number"
        elif kind == "boolean":
            bad = "maybe"
        if bad is None:
            continue
        if param.location == "path":
            path = op.path
            for other in op.path_params:
                value = (
                    bad if other is param else _to_text(_param_value(other, Synthesizer(), known))
                )
                path = path.replace(
                    "{" + other.name + "}", quote(value, safe="/" if other.name == "path" else "")
                )
            base["url"] = path
        else:
            base["params"] = [(k, v) for k, v in base["params"] if k != param.name] + [
                (param.name, bad)
            ]
        return base, param.name
    for param in op.query_params:
        if param.required:
            base["params"] = [(k, v) for k, v in base["params"] if k != param.name]
            return base, param.name
    if op.validates_json_body:
        schema = op.body_schema
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            base["content"] = b"[1, 2, 3]" if kind == "object" else b'"x"'
        elif kind == "array":
            base["content"] = b'{"not": "an array"}'
        else:
            base["content"] = b"{broken json"
        base["headers"]["content-type"] = "application/json"
        return base, "body"
    return None


def test_invalid_requests_get_400_naming_the_field(emulator: SoracomEmulator) -> None:
    known = _known_values(emulator, 3)
    failures: list[str] = []
    checked = 0
    with httpx.Client(base_url=emulator.base_url, timeout=10) as client:
        for op in OPERATIONS:
            variant = _invalid_variant(op, known)
            if variant is None:
                continue
            request, field = variant
            token = emulator.issue_token()
            request["headers"].update(
                {"X-Soracom-API-Key": token.api_key, "X-Soracom-Token": token.token}
            )
            response = client.request(
                request["method"],
                request["url"],
                params=request["params"],
                content=request["content"],
                headers=request["headers"],
            )
            checked += 1
            if response.status_code != 400:
                failures.append(f"{op.operation_id}: expected 400, got {response.status_code}")
                continue
            if op.method == "HEAD":
                continue  # no body to name the field in
            body = response.json()
            if set(body) != {"code", "message"} or field not in body["message"]:
                failures.append(f"{op.operation_id}: 400 does not name {field!r}: {body}")
    assert not failures, "\n".join(failures[:40]) + f"\n({len(failures)} failures)"
    assert checked > 250, checked
