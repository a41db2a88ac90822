"""The state of every derived resource family (families.py), and the handlers serving it.

A record is what the caller sent, completed into the item's documented schema: the fields the
caller sent come back as sent (where their type fits the schema), the server assigns the ID
(of the shape the schema gives it) and the timestamps, and the rest is synthesized once, at
creation, from the schema (so it is stable and plausible). Timestamps follow the units the
vendor document gives (`TIME_UNITS`). Records live per family and per scope (the values of
the path parameters above the item: a VPG's routes, a user's auth keys); a scope under a
parent family needs its parent record to exist.

Each family is seeded lazily, on first use, with `list_size` records, so a list has something
to page over and the families without a create (LoRaWAN gateways, SoraCam devices, e-mail
addresses) have items to read; seeded parents get seeded children, created parents start
empty. Seeding is deterministic from the emulator's seed.

Actions change what they name (`ACTION_EFFECTS`): terminate, enable/disable termination,
set/unset group or network set, confirm/cancel/stop/accept (a status member matching the
verb), else the body is merged into the record.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import time
from collections.abc import Mapping
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .families import Catalogue, Family, Singleton, camel
from .nulls import NullSprinkler
from .pagination import next_headers, page, page_size
from .synth import Synthesizer, fits_type
from .validation import allow_null_optionals

# The units of server-assigned times, by property name, as the vendor document describes them
# (its descriptions are not in the generated copy): `*DateTime` integers are UNIX seconds
# (roles, SAM users, auth keys, credentials), other integer times are milliseconds
# (createdTime, lastModifiedTime, createdAt, ...); `format: date-time` is ISO 8601 and the
# yyyyMMddHHmmss format is that text.
_CREATED = re.compile(r"^(created?(Time|At|Date|DateTime)|creat\w*DateTime|orderDateTime)$")
_UPDATED = re.compile(r"^(lastModified(Time|At)|updated?(Time|At|Date|DateTime)|lastUpdatedAt)$")
TIME_UNITS = {"DateTime": "s", "Time": "ms", "At": "ms", "Date": "iso"}

# verb -> what it does to the record (see the module docstring).
ACTION_EFFECTS: Mapping[str, str] = {
    "terminate": "status:terminated",
    "enable_termination": "terminationEnabled:true",
    "disable_termination": "terminationEnabled:false",
    "set_group": "copy:groupId",
    "unset_group": "unset:groupId",
    "set_network_set": "copy:networkSetId",
    "unset_network_set": "unset:networkSetId",
    "confirm": "status:confirm",
    "cancel": "status:cancel",
    "stop": "status:stop",
    "accept": "status:accept",
}

_STATUS_FIELDS = ("status", "orderStatus")
# The family whose records are the account's SAM users (they sign in with /auth).
SAM_USERS = "/operators/{operator_id}/users/{user_name}"


def already_exists(resource: str, ident: str) -> ApiError:
    return ApiError(400, "SEM0005", resource=resource, ident=ident)


def _resource_name(family: Family) -> str:
    return family.collection.rsplit("/", 1)[-1].rstrip("s").replace("_", " ") or "resource"


def _now_value(schema: Any, name: str, now_ms: int) -> Any:
    kind = schema.get("type") if isinstance(schema, dict) else None
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind in {"integer", "number"}:
        return now_ms // 1000 if name.endswith("DateTime") or name.endswith("Sec") else now_ms
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "yyyyMMddHHmmss":
            return time.strftime("%Y%m%d%H%M%S", time.gmtime(now_ms / 1000))
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now_ms / 1000))
    return None


def _props(schema: Any) -> dict[str, Any]:
    return (schema.get("properties") or {}) if isinstance(schema, dict) else {}


def _overlay(record: dict[str, Any], body: Any, schema: Any) -> None:
    """Write the caller's fields into the record where they fit the schema (all of them when
    the schema lists no properties)."""
    if not isinstance(body, dict):
        return
    props = _props(schema)
    for key, value in body.items():
        sub = props.get(key)
        if not props or sub is None or value is None or _fits(sub, value):
            record[key] = copy.deepcopy(value)


_VALIDATORS: dict[int, Any] = {}


def _fits(schema: Any, value: Any) -> bool:
    """Whether an answer may carry `value` for a property of `schema`: the shallow type check,
    and, where the schema has alternatives, the strict check that answers are held to (a body
    valid under the lenient anyOf of requests can match two `oneOf` alternatives)."""
    if not fits_type(schema, value):
        return False
    if not isinstance(value, (dict, list)) or "oneOf" not in json.dumps(schema):
        return True
    validator = _VALIDATORS.get(id(schema))
    if validator is None:
        from jsonschema import Draft4Validator  # type: ignore[import-untyped,unused-ignore]

        validator = _VALIDATORS[id(schema)] = Draft4Validator(allow_null_optionals(schema))
    return bool(validator.is_valid(value))


def _stamp(record: dict[str, Any], schema: Any, now_ms: int, *, created: bool) -> None:
    for name, sub in _props(schema).items():
        if (created and _CREATED.match(name)) or _UPDATED.match(name):
            value = _now_value(sub, name, now_ms)
            if value is not None:
                record[name] = value


class FamilyService:
    """Serves every operation the catalogue claims."""

    def __init__(
        self, catalogue: Catalogue, *, hints: Mapping[str, str], nulls: NullSprinkler
    ) -> None:
        self.catalogue = catalogue
        self._synth = Synthesizer(hints=hints)
        self._nulls = nulls

    def handles(self, operation_id: str) -> bool:
        return operation_id in self.catalogue.by_operation

    def __call__(self, ctx: RequestContext) -> Result:
        entry = self.catalogue.by_operation[ctx.op.operation_id]
        if isinstance(entry, Singleton):
            return self._singleton(ctx, entry)
        return self._family(ctx, entry)

    # -- records ---------------------------------------------------------------------------

    def _synthesize(
        self, family: Family, index: int, ids: tuple[str, ...] | None, *, full: bool = True
    ) -> dict[str, Any]:
        """A record of the family: every documented field for seeded data, only the required
        ones for a record the caller creates (the caller's fields are written over it)."""
        schema = family.schema
        if not full and isinstance(schema, dict):
            required = set(schema.get("required") or ())
            schema = {
                **schema,
                "properties": {k: v for k, v in _props(schema).items() if k in required},
            }
        value = self._synth.value(schema, "item", index % 100_000)
        record: dict[str, Any] = value if isinstance(value, dict) else {}
        for name, sub in _props(schema).items():
            if name not in family.id_fields and _placeholder(sub, name, record.get(name)):
                record[name] = _plausible(index)
        if ids is None:
            ids = tuple(self._new_id(family, field, index) for field in family.id_fields)
        for field, ident in zip(family.id_fields, ids, strict=True):
            record[field] = _typed_id(_props(family.schema).get(field), ident)
        salt = f"{family.item}:{index}"
        sprinkled = self._nulls.apply(schema, record, salt, frozenset(family.id_fields))
        return sprinkled if isinstance(sprinkled, dict) else record

    def _new_id(self, family: Family, field: str, index: int) -> str:
        sub = _props(family.schema).get(field)
        param = family.id_params[family.id_fields.index(field)]
        if _integer_param(family, param):
            return str(index % 1_000_000 + 1)
        if isinstance(sub, dict) and sub.get("enum"):
            members = [m for m in sub["enum"] if m is not None]
            return str(members[index % len(members)])
        if isinstance(sub, dict) and sub.get("type") == "integer":
            return str(index % 1_000_000 + 1)
        lname = field.lower()
        if (lname.endswith("id") and len(lname) > 2) or lname in ("key", "version"):
            digest = hashlib.sha256(f"{family.item}:{field}:{index}".encode()).hexdigest()
            if "ipaddress" in lname or lname == "ipaddr":
                return (
                    f"10.{int(digest[:2], 16)}.{int(digest[2:4], 16)}.{int(digest[4:6], 16) or 1}"
                )
            return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"
        value = self._synth.value(sub or {"type": "string"}, field, index % 100_000)
        return str(value) if value not in (None, "", field) else f"{field}-{index % 100_000}"

    def _scope_values(self, ctx: RequestContext, family: Family | Singleton) -> tuple[str, ...]:
        values = tuple(str(ctx.params[p]) for p in family.scope_params)
        if (
            "operator_id" in family.scope_params
            and ctx.params["operator_id"] != ctx.state.operator_id
        ):
            raise ApiError(
                ctx.op.fallback_status(403, 400), "COM0009", detail="not your operator ID"
            )
        return values

    def _parent_seeded(self, ctx: RequestContext, family: Family, scope: tuple[str, ...]) -> bool:
        """Check the scope's parent exists (404 otherwise); True when it is seeded data."""
        store = ctx.state.resources
        if family.parent is not None:
            parent = self.catalogue.families[family.parent]
            parent_scope = scope[: len(parent.scope_params)]
            ids = scope[len(parent.scope_params) : len(parent.scope_params) + len(parent.id_params)]
            records = self._records(ctx, parent, parent_scope)
            if ids not in records:
                raise ApiError(404, "SEM0001", resource=_resource_name(parent), ident="/".join(ids))
            return store.is_seeded(parent.item, (*parent_scope, *ids))
        for name, value in zip(family.scope_params, scope, strict=True):
            if name == "sim_id":
                ctx.state.sim(value)
                return value in ctx.state.seeded_sim_ids
            if name == "imsi":
                ctx.state.sim_by_imsi(value)
            if name == "group_id":
                ctx.state.group(value)
        return True

    def _records(
        self, ctx: RequestContext, family: Family, scope: tuple[str, ...]
    ) -> dict[tuple[str, ...], dict[str, Any]]:
        seeded = self._parent_seeded(ctx, family, scope)
        store = ctx.state.resources

        def seed(i: int) -> dict[str, Any]:
            record = self._synthesize(family, _stable_index(family.item, scope, i), None)
            self._echo_scope(record, family, scope)
            _stamp(
                record,
                family.schema,
                ctx.services.clock.now_ms() - (i + 1) * 3_600_000,
                created=True,
            )
            return record

        listed = family.listing is not None
        if family.item == SAM_USERS and (family.item, scope) not in store.touched:
            store.touched.add((family.item, scope))
            records = store.scope(family, scope, None)
            for user in ctx.state.account.sam_users.values():
                record = self._synthesize(family, _stable_index(user.user_name), (user.user_name,))
                self._echo_scope(record, family, scope)
                records[(user.user_name,)] = record
                if user.password is not None:
                    store.singles[(f"{SAM_USERS}/password", (*scope, user.user_name))] = {
                        "hasPassword": True
                    }
            return records
        return store.scope(family, scope, seed if seeded and listed else None)

    @staticmethod
    def _echo_scope(record: dict[str, Any], family: Family, scope: tuple[str, ...]) -> None:
        props = _props(family.schema)
        for name, value in zip(family.scope_params, scope, strict=True):
            for field in (camel(name), name):
                sub = props.get(field)
                if isinstance(sub, dict) and sub.get("type") == "string":
                    record[field] = value

    def _ids(self, ctx: RequestContext, family: Family) -> tuple[str, ...]:
        if all(p in ctx.params for p in family.id_params):
            return tuple(str(ctx.params[p]) for p in family.id_params)
        # An action on a sibling path naming the item by another parameter (OVERRIDES).
        own = [p.name for p in ctx.op.path_params if p.name not in family.scope_params]
        return tuple(str(ctx.params[p]) for p in own[-len(family.id_params) :])

    def _find(
        self, ctx: RequestContext, family: Family, scope: tuple[str, ...]
    ) -> tuple[tuple[str, ...], dict[str, Any]]:
        ids = self._ids(ctx, family)
        record = self._records(ctx, family, scope).get(ids)
        if record is None:
            raise ApiError(404, "SEM0001", resource=_resource_name(family), ident="/".join(ids))
        return ids, record

    # -- dispatch --------------------------------------------------------------------------

    def _family(self, ctx: RequestContext, family: Family) -> Result:
        op = ctx.op
        scope = self._scope_values(ctx, family)
        if op is family.create:
            return self._create(ctx, family, scope)
        if op is family.listing:
            return self._list(ctx, family, scope)
        if op is family.get:
            return self._shape(ctx, self._find(ctx, family, scope)[1])
        if op is family.update:
            return self._update(ctx, family, scope)
        if op is family.delete:
            ids, _ = self._find(ctx, family, scope)
            del self._records(ctx, family, scope)[ids]
            return self._shape(ctx, None)
        if op is family.tag_put or op is family.tag_delete:
            return self._tags(ctx, family, scope)
        return self._action(ctx, family, scope, family.actions[op.operation_id])

    def _create(self, ctx: RequestContext, family: Family, scope: tuple[str, ...]) -> Result:
        records = self._records(ctx, family, scope)
        body = ctx.body if isinstance(ctx.body, dict) else {}
        if family.create_by_id:
            ids = self._ids(ctx, family)
        elif all(isinstance(body.get(f), (str, int)) for f in family.id_fields):
            ids = tuple(str(body[f]) for f in family.id_fields)
        else:
            ids = None
        for field, ident in zip(family.id_fields, ids or (), strict=False):
            enum = (_props(family.schema).get(field) or {}).get("enum")
            if enum and ident not in enum:
                raise ApiError(
                    400,
                    "COM0001",
                    name=family.id_params[family.id_fields.index(field)],
                    detail=f"{ident!r} is not one of {[e for e in enum if e]}",
                )
        if ids is not None and ids in records:
            if not ctx.op.operation_id.startswith(("set", "put", "register")):
                raise already_exists(_resource_name(family), "/".join(ids))
            return self._update(ctx, family, scope)
        record = self._synthesize(family, ctx.state.resources.next_index(), ids, full=False)
        _overlay(record, body, family.schema)
        for field, ident in zip(family.id_fields, ids or (), strict=False):
            record[field] = _typed_id(_props(family.schema).get(field), ident)
        self._echo_scope(record, family, scope)
        _stamp(record, family.schema, ctx.services.clock.now_ms(), created=True)
        key = tuple(str(record.get(f)) for f in family.id_fields)
        records[key] = record
        return self._shape(ctx, record)

    def _update(self, ctx: RequestContext, family: Family, scope: tuple[str, ...]) -> Result:
        ids = self._ids(ctx, family)
        records = self._records(ctx, family, scope)
        record = records.get(ids)
        if record is None:
            if not family.upsert:
                raise ApiError(404, "SEM0001", resource=_resource_name(family), ident="/".join(ids))
            record = self._synthesize(family, ctx.state.resources.next_index(), ids, full=False)
            self._echo_scope(record, family, scope)
            _stamp(record, family.schema, ctx.services.clock.now_ms(), created=True)
            records[ids] = record
        _overlay(record, ctx.body, family.schema)
        for field, ident in zip(family.id_fields, ids, strict=True):
            record[field] = _typed_id(_props(family.schema).get(field), ident)
        _stamp(record, family.schema, ctx.services.clock.now_ms(), created=False)
        return self._shape(ctx, record)

    def _list(self, ctx: RequestContext, family: Family, scope: tuple[str, ...]) -> Result:
        records = list(self._records(ctx, family, scope).items())
        op = ctx.op
        schema = op.success_schema
        where = _list_location(schema)
        headers: list[tuple[str, str]] = []
        keys = ["/".join(ids) for ids, _ in records]
        items = [record for _, record in records]
        if op.paginated and op.limit_param is not None:
            limit = page_size(op, ctx.params.get("limit"), ctx.services.page_size)
            pg = page(keys, ctx.params.get("last_evaluated_key"), limit)
            headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
            items = items[pg.start : pg.end]
        if where is None:
            return Result(op.success.status, ctx.services.responses.body(op), headers)
        body: Any = items if where == "" else {**ctx.services.responses.body(op), where: items}
        return Result(op.success.status, body, headers)

    def _tags(self, ctx: RequestContext, family: Family, scope: tuple[str, ...]) -> Result:
        _, record = self._find(ctx, family, scope)
        tags = dict(record.get("tags") or {})
        if ctx.op is family.tag_put:
            for tag in ctx.body or []:
                if isinstance(tag, dict) and "tagName" in tag:
                    tags[str(tag["tagName"])] = str(tag.get("tagValue", ""))
        else:
            name = ctx.params["tag_name"]
            if name not in tags:
                raise ApiError(404, "SEM0003", name=name)
            del tags[name]
        record["tags"] = tags
        _stamp(record, family.schema, ctx.services.clock.now_ms(), created=False)
        return self._shape(ctx, record)

    def _action(
        self, ctx: RequestContext, family: Family, scope: tuple[str, ...], verb: str
    ) -> Result:
        _, record = self._find(ctx, family, scope)
        effect = ACTION_EFFECTS.get(verb, "merge")
        kind, _, arg = effect.partition(":")
        body = ctx.body if isinstance(ctx.body, dict) else {}
        if kind == "status":
            if verb == "terminate" and record.get("terminationEnabled") is False:
                raise ApiError(400, "SEM0002", detail="termination is disabled (enable it first)")
            _set_status(record, family.schema, arg)
        elif kind == "terminationEnabled":
            record["terminationEnabled"] = arg == "true"
        elif kind == "copy":
            if body.get(arg) is None:
                raise ApiError(400, "COM0003", name=f"body.{arg}", detail=f"{arg} is required")
            record[arg] = body[arg]
        elif kind == "unset":
            record.pop(arg, None)
        else:
            _overlay(record, body, family.schema)
        _stamp(record, family.schema, ctx.services.clock.now_ms(), created=False)
        return self._shape(ctx, record)

    # -- singletons ------------------------------------------------------------------------

    def _singleton(self, ctx: RequestContext, single: Singleton) -> Result:
        scope = self._scope_values(ctx, single)
        for name, value in zip(single.scope_params, scope, strict=True):
            family = next(
                (
                    f
                    for f in self.catalogue.families.values()
                    if f.id_params == (name,) and single.path.startswith(f.item)
                ),
                None,
            )
            if family is not None:
                fscope = scope[: len(family.scope_params)]
                if (value,) not in self._records(ctx, family, fscope):
                    raise ApiError(404, "SEM0001", resource=_resource_name(family), ident=value)
        key = (single.path, scope)
        singles = ctx.state.resources.singles
        op = ctx.op
        if op is single.delete:
            if key not in singles and single.must_create:
                raise ApiError(404, "SEM0001", resource=single.path.rsplit("/", 1)[-1], ident="")
            singles.pop(key, None)
            return self._shape(ctx, None)
        if op is single.get:
            if key not in singles:
                if single.must_create:
                    raise ApiError(
                        404,
                        "SEM0001",
                        resource=single.path.rsplit("/", 1)[-1],
                        ident="/".join(scope),
                    )
                return Result(op.success.status, ctx.services.responses.body(op))
            return self._shape(ctx, singles[key])
        current = singles.get(key)
        if op.method == "POST" and single.must_create and current is not None:
            raise already_exists(single.path.rsplit("/", 1)[-1], "/".join(scope))
        if op.method == "PUT" and single.must_create and current is None:
            raise ApiError(
                404, "SEM0001", resource=single.path.rsplit("/", 1)[-1], ident="/".join(scope)
            )
        base = (
            current
            if current is not None
            else ctx.services.responses.body(single.get)
            if single.get is not None
            else {}
        )
        stored = copy.deepcopy(base) if isinstance(base, dict) else {}
        if isinstance(ctx.body, dict):
            _overlay(stored, ctx.body, single.get.success_schema if single.get else None)
            singles[key] = stored
        else:
            singles[key] = copy.deepcopy(ctx.body) if ctx.body is not None else stored
        return self._shape(ctx, singles[key])

    # -- answers ---------------------------------------------------------------------------

    def _shape(self, ctx: RequestContext, record: Any) -> Result:
        """The op's answer about `record`: the record itself when the answer is the item, its
        documented fields otherwise (completed from the document where it requires more)."""
        op = ctx.op
        success = op.success
        schema = op.success_schema
        if record is None or success.status == 204 or success.content_type is None:
            return Result(success.status, None, [], None)
        props = _props(schema)
        if not isinstance(record, dict) or not props:
            return Result(
                success.status,
                record if props or schema is None else ctx.services.responses.body(op),
            )
        if set(record) <= set(props):
            return Result(success.status, record)
        out = {k: v for k, v in record.items() if k in props}
        base = ctx.services.responses.body(op)
        if not out:
            return Result(success.status, base)
        for name in schema.get("required") or ():
            if name not in out and isinstance(base, dict) and name in base:
                out[name] = base[name]
        return Result(success.status, out)


def _stable_index(*parts: object) -> int:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % 10**9


def _typed_id(schema: Any, ident: str) -> Any:
    """The path value as the schema types the ID (port mappings' `port` is a number)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind in ("integer", "number"):
        try:
            number = float(ident)
        except ValueError:
            return ident
        return int(number) if number.is_integer() else number
    return ident


def _set_status(record: dict[str, Any], schema: Any, stem: str) -> None:
    props = _props(schema)
    for field in _STATUS_FIELDS:
        sub = props.get(field)
        if not isinstance(sub, dict):
            continue
        members = [m for m in sub.get("enum") or [] if isinstance(m, str)]
        match = next((m for m in members if m.lower().startswith(stem[:4].lower())), None)
        if match is None and stem in ("confirm", "accept"):
            match = next(
                (m for m in members if m.lower() in ("ordered", "accepted", "active", "available")),
                None,
            )
        if match is None and not members:
            match = stem + ("ed" if stem.endswith("e") is False else "d")
        if match is not None:
            record[field] = match
        return


def _integer_param(family: Family, param: str) -> bool:
    ops = (family.get, family.delete, family.update)
    return any(
        op is not None and getattr(op.param_by_name.get(param), "kind", "") == "integer"
        for op in ops
    )


def _placeholder(schema: Any, name: str, value: Any) -> bool:
    """Whether a synthesized free-text value is the field's own name (`name: "name"`)."""
    if not isinstance(schema, dict) or schema.get("type") != "string" or not isinstance(value, str):
        return False
    if {"enum", "pattern", "format"} & set(schema):
        return False
    return value == name or value.startswith(f"{name}-")


def _plausible(index: int) -> str:
    """A value for a free-text field the caller did not send: never the field's own name."""
    words = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel")
    return f"{words[index % len(words)]}-{index % 997:03d}"


def _list_location(schema: Any) -> str | None:
    if not isinstance(schema, dict):
        return None
    if schema.get("type") == "array":
        return ""
    arrays = [
        n for n, s in _props(schema).items() if isinstance(s, dict) and s.get("type") == "array"
    ]
    return arrays[0] if len(arrays) == 1 else None
