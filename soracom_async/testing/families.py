"""Resource families derived from the document's paths, so that state is not written op by op.

A family is a resource kind: an *item* path ending in one path parameter
(`/event_handlers/{handler_id}`) and the *collection* above it (`/event_handlers`). Its roles
are found from the methods on those two paths:

* create: `POST` on the collection, or `POST` on the item when the collection has none (the
  caller names the item: `createRole`, `createUser`, `createCredential`, `setSystemNotification`);
* list: `GET` on the collection; get: `GET` on the item; delete: `DELETE` on the item;
* update: `PUT` on the item, or `POST` on the item when the collection creates
  (`updateDeviceObjectModel`); a `PUT` on an item that nothing else creates is an upsert;
* actions: `POST`/`PUT` on `item/<verb>` (`/orders/{order_id}/confirm`), applied to the record
  (see `resources.ACTION_EFFECTS`);
* scope: the path parameters above the item (`operator_id`, `vpg_id`, `sim_id`, ...): a family
  keeps one store per scope, and a scope whose parent is itself a family item must exist.

Singletons are the sub-resources without an ID of their own (`/operators/{operator_id}/mfa`,
`/sora_cam/devices/{device_id}/atom_cam/settings/quality`): a set/put stores the body, a get
returns it, a delete removes it.

What the paths cannot say is in the curated tables below (`OVERRIDES`, `NOT_FAMILIES`), each
entry with its reason. Operations no family or singleton claims are answered from the document
(responses.py); `stateless_report()` names them, family by path prefix, with why.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .spec import Operation, Spec

_PARAM = re.compile(r"\{([^}]+)\}")


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@dataclass(frozen=True)
class Override:
    """What the derivation cannot know about one family (keyed by its item path)."""

    id_field: str | None = None
    """The record's property holding the path parameter, when not named after it."""
    create: str | None = None
    """An operation that creates the item although it is not on the collection/item paths."""
    listing: str | None = None
    """The list operation, when it is not a GET on the collection path."""
    extra_actions: tuple[str, ...] = ()
    """Operations on sibling paths (another parameter name) acting on this family's items."""
    why: str = ""


# Item path -> override. Each says why the paths alone get it wrong.
OVERRIDES: Mapping[str, Override] = {
    "/lora_network_sets/{ns_id}": Override(
        id_field="networkSetId", why="the path says ns_id, the LoraNetworkSet says networkSetId"
    ),
    "/device_object_models/{model_id}": Override(
        id_field="objectId", why="the path says model_id, the DeviceObjectModel says objectId"
    ),
    "/lora_devices/{device_id}": Override(
        create="registerLoraDevice", why="a LoRaWAN device comes into being by registering it"
    ),
    "/sigfox_devices/{device_id}": Override(
        create="registerSigfoxDevice", why="a Sigfox device comes into being by registering it"
    ),
    "/gadgets/{product_id}/{serial_number}": Override(
        create="registerGadget",
        listing="listGadgets",
        why="a Gadget is named by product and serial number and registered into being",
    ),
    "/volume_discounts/{contract_id}": Override(
        extra_actions=("confirmVolumeDiscountOrder",),
        why="the quotation is confirmed under {order_id}, the contract is read by {contract_id}",
    ),
    "/port_mappings/{ip_address}/{port}": Override(
        create="createPortMapping",
        listing="listPortMappings",
        why="a Napter port mapping is named by its endpoint (address and port), not by an ID",
    ),
    "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}": Override(
        id_field="ipAddress", why="a mirroring peer is named by its address, sent as ipAddress"
    ),
    "/lagoon/users/{lagoon_user_id}": Override(
        id_field="id", why="the path says lagoon_user_id, the LagoonUser says id (an integer)"
    ),
    "/sora_cam/devices/{device_id}": Override(
        listing="listSoraCamDevices", why="SoraCam devices are registered from the console only"
    ),
}

# Item paths that look like families but are not resources of their own, with why.
NOT_FAMILIES: Mapping[str, str] = {
    "/operators/{operator_id}": "the operator itself (handlers.py)",
    "/sims/{sim_id}": "SIMs are the hand-written fleet (state.py)",
    "/subscribers/{imsi}": "a subscriber is a view of its SIM (state.py)",
    "/groups/{group_id}": "groups are hand-written (state.py)",
    "/files/{scope}/{path}": "Harvest Files are a real file store (files.py)",
    "/operators/{operator_id}/auth_keys/{auth_key_id}": "the account's own keys (handlers.py)",
    "/bills/{yyyyMM}": "bills are computed, not stored",
    "/subscribers/transfer_token/{token}": "a transfer token is a one-time secret",
    "/files/exported/{exported_file_id}": "an export's download link, computed on demand",
    "/payment_history/transactions/{payment_transaction_id}": "payments are outside the twin",
    "/resource_summaries/{resource_summary_type}": "a summary is computed, not stored",
    "/data/categories/{category}": "a query over Harvest Data, not a resource",
    "/coupons/{coupon_code}": "a coupon code is registered, never read back by code",
}

# Path prefixes that are never families, with why.
NOT_FAMILY_PREFIXES: Mapping[str, str] = {
    "/stats/": "statistics are computed from the fleet's traffic (traffic.py)",
    "/data/": "Harvest Data entries are written by devices, not by this API",
    "/devices/{device_id}/{object}": "LwM2M resources live on a device the twin does not run",
    "/port_mappings/sims/": "a view of the port mappings by SIM",
    "/port_mappings/subscribers/": "a view of the port mappings by subscriber",
    "/event_handlers/subscribers/": "a view of the event handlers by target",
}

# Sub-resource segments that are never families (generic handling elsewhere).
_TAG_SEGMENT = "tags"


@dataclass
class Family:
    item: str
    collection: str
    id_params: tuple[str, ...]  # the item's own parameters (two for gadgets and port mappings)
    id_fields: tuple[str, ...]
    scope_params: tuple[str, ...]
    create: Operation | None = None
    create_by_id: bool = False
    listing: Operation | None = None
    get: Operation | None = None
    update: Operation | None = None
    upsert: bool = False
    delete: Operation | None = None
    actions: dict[str, str] = field(default_factory=dict)  # operation_id -> verb
    tag_put: Operation | None = None
    tag_delete: Operation | None = None
    parent: str | None = None  # the item path of the family the scope belongs to

    @property
    def name(self) -> str:
        return self.item

    @property
    def operations(self) -> list[Operation]:
        ops = [self.create, self.listing, self.get, self.update, self.delete]
        ops += [self.tag_put, self.tag_delete]
        return [op for op in ops if op is not None]

    @functools.cached_property
    def schema(self) -> Any:
        """The item's resolved schema: the get's answer, else the create's or an item of the
        list's."""
        for op in (self.get, self.create, self.update):
            if op is not None and isinstance(op.success_schema, dict):
                return op.success_schema
        if self.listing is not None:
            listed = self.listing.success_schema
            if isinstance(listed, dict) and listed.get("type") == "array":
                return listed.get("items") or {}
        return {}


@dataclass
class Singleton:
    path: str
    scope_params: tuple[str, ...]
    get: Operation | None = None
    setters: list[Operation] = field(default_factory=list)
    delete: Operation | None = None
    must_create: bool = False  # POST creates and PUT updates: a get before the create is a 404


@dataclass
class Catalogue:
    families: dict[str, Family]
    singletons: dict[str, Singleton]
    by_operation: dict[str, Family | Singleton]

    def stateful_operation_ids(self) -> frozenset[str]:
        return frozenset(self.by_operation)


def _params(path: str) -> list[str]:
    return _PARAM.findall(path)


def _split_item(path: str) -> tuple[str, tuple[str, ...]] | None:
    """(collection, item params) when `path` ends in its item parameter (two for the
    composite names in `OVERRIDES`: `/gadgets/{product_id}/{serial_number}`)."""
    segments = path.split("/")
    count = 2 if path in OVERRIDES and _PARAM.fullmatch(segments[-2]) else 1
    tail = segments[-count:]
    if not all(_PARAM.fullmatch(seg) for seg in tail):
        return None
    return "/".join(segments[:-count]), tuple(seg[1:-1] for seg in tail)


def derive(spec: Spec, handled: frozenset[str]) -> Catalogue:
    by_path: dict[str, dict[str, Operation]] = {}
    for op in spec.operations.values():
        by_path.setdefault(op.path, {})[op.method] = op
    families: dict[str, Family] = {}
    for path, methods in sorted(by_path.items()):
        split = _split_item(path)
        if split is None or path in NOT_FAMILIES:
            continue
        if any(path.startswith(prefix) for prefix in NOT_FAMILY_PREFIXES):
            continue
        collection, id_params = split
        if collection.rsplit("/", 1)[-1] == _TAG_SEGMENT or "path" in id_params:
            continue
        if any(op.operation_id in handled for op in methods.values()):
            continue
        family = _family(path, collection, id_params, methods, by_path, spec)
        if family is not None:
            families[path] = family
    creates = {f.create.operation_id for f in families.values() if f.create is not None}
    for family in families.values():
        family.parent = _parent_family(family, families)
        for operation_id in [a for a in family.actions if a in creates]:
            del family.actions[operation_id]  # the collection of a sub-family, not an action
    singletons = _singletons(by_path, families, handled)
    by_operation: dict[str, Family | Singleton] = {}
    for family in families.values():
        for op in family.operations:
            by_operation[op.operation_id] = family
        for operation_id in family.actions:
            by_operation[operation_id] = family
    for single in singletons.values():
        for member in [single.get, single.delete, *single.setters]:
            if member is not None:
                by_operation[member.operation_id] = single
    return Catalogue(families, singletons, by_operation)


def _family(
    path: str,
    collection: str,
    id_params: tuple[str, ...],
    methods: dict[str, Operation],
    by_path: dict[str, dict[str, Operation]],
    spec: Spec,
) -> Family | None:
    override = OVERRIDES.get(path, Override())
    coll = by_path.get(collection, {})
    scope = tuple(p for p in _params(collection))
    fields = tuple(override.id_field or camel(p) for p in id_params)
    family = Family(path, collection, id_params, fields, scope)
    family.get = methods.get("GET")
    family.delete = methods.get("DELETE")
    family.listing = spec.operations[override.listing] if override.listing else coll.get("GET")
    if override.create:
        family.create = spec.operations[override.create]
        family.create_by_id = bool(set(id_params) & set(_params(family.create.path)))
    elif "POST" in coll:
        family.create = coll["POST"]
        family.update = methods.get("PUT") or methods.get("POST")
    elif "POST" in methods:
        family.create, family.create_by_id = methods["POST"], True
    if family.update is None:
        family.update = methods.get("PUT")
        family.upsert = family.create is None and family.update is not None
    for sub, sub_methods in by_path.items():
        verb = sub[len(path) + 1 :]
        if sub.startswith(path + "/") and verb == _TAG_SEGMENT:
            family.tag_put = sub_methods.get("PUT")
        elif sub == f"{path}/{_TAG_SEGMENT}/{{tag_name}}":
            family.tag_delete = sub_methods.get("DELETE")
        elif sub.startswith(path + "/") and verb and "{" not in verb and "/" not in verb:
            if "GET" in sub_methods:
                continue  # a sub-resource with its own state (a singleton or a listing)
            for op in sub_methods.values():
                if op.method in ("POST", "PUT") and verb != _TAG_SEGMENT:
                    family.actions[op.operation_id] = verb
    for operation_id in override.extra_actions:
        family.actions[operation_id] = spec.operations[operation_id].path.rsplit("/", 1)[-1]
    if family.create is not None and family.create.operation_id in family.actions:
        del family.actions[family.create.operation_id]
    if family.get is None and family.delete is None and family.update is None:
        return None
    props = (family.schema.get("properties") or {}) if isinstance(family.schema, dict) else {}
    family.id_fields = tuple(_id_field(p, f, props) for p, f in zip(id_params, fields, strict=True))
    return family


def _id_field(param: str, field: str, props: Mapping[str, Any]) -> str:
    """The record's property named after the path parameter: camelCase, as written, or the
    plain `id` of the schemas that have no better name (customer routes, VPC peerings)."""
    if field in props or len(props) == 0:
        return field
    if param in props:
        return param
    return "id" if "id" in props else field


def _parent_family(family: Family, families: dict[str, Family]) -> str | None:
    """The family whose item path is the scope's last parameter (`/batch_groups/{id}`)."""
    head = family.collection
    while head:
        if head in families:
            return head
        head = head.rsplit("/", 1)[0]
    return None


def _singletons(
    by_path: dict[str, dict[str, Operation]], families: dict[str, Family], handled: frozenset[str]
) -> dict[str, Singleton]:
    claimed = {op.operation_id for f in families.values() for op in f.operations}
    claimed |= {a for f in families.values() for a in f.actions}
    out: dict[str, Singleton] = {}
    for path, methods in sorted(by_path.items()):
        if path.endswith("}") or "GET" not in methods:
            continue
        setters = [m for k, m in sorted(methods.items()) if k in ("POST", "PUT")]
        if not setters or path in families or path in NOT_SINGLETONS:
            continue
        ops = [*methods.values()]
        if any(op.operation_id in handled or op.operation_id in claimed for op in ops):
            continue
        if any(op.paginated for op in ops) or methods["GET"].success.content_type != (
            "application/json"
        ):
            continue  # a listing or a binary, not a setting
        out[path] = Singleton(
            path,
            tuple(_params(path)),
            get=methods["GET"],
            setters=setters,
            delete=methods.get("DELETE"),
            must_create="POST" in methods and "PUT" in methods,
        )
    return out


# Paths with a GET and a setter that are not settings, with why.
NOT_SINGLETONS: Mapping[str, str] = {
    "/cell_locations": "a lookup in a cell-tower database",
    "/coupons": "coupons are quoted and listed, never read back as one setting",
    "/lagoon/license_packs": "SORACOM Lagoon is a hosted Grafana",
}

# Path prefixes of what stays stateless, with why (`stateless_report`).
STATELESS_WHY: Mapping[str, str] = {
    "/analysis": "SORACOM Query runs SQL over a data warehouse the twin does not have",
    "/audit_logs": "Napter audit logs record device connections the twin does not run",
    "/bills": "billing is computed by the platform's rating engine, not stored",
    "/cell_locations": "a cell-tower database lookup",
    "/coupons": "coupon codes are issued by Soracom",
    "/data": "Harvest Data entries are written by devices, not by this API",
    "/devices/{device_id}/{object}": "LwM2M resources live on a device the twin does not run",
    "/event_handlers/subscribers": "a view over event handlers by target",
    "/files/exported": "export downloads are computed on demand",
    "/lagoon": "SORACOM Lagoon is a hosted Grafana",
    "/logs": "platform logs",
    "/operators/add_email_token": "one-time e-mail tokens",
    "/operators/mfa_revoke_token": "one-time MFA tokens",
    "/auth/password_reset_token": "one-time password-reset tokens",
    "/payment": "payments are outside the twin",
    "/products": "the product catalogue is Soracom's",
    "/query/subscribers/traffic_volume": "a ranking over the platform's traffic records",
    "/query": "searches over devices the twin does not model",
    "/resource_summaries": "summaries are computed by the platform",
    "/sora_cam": "camera media and firmware live on the device",
    "/stats": "export jobs of the platform's statistics",
    "/subscribers/transfer_token": "one-time transfer tokens",
    "/subscribers/export": "an export job",
    "/sims/{sim_id}/downlink": "downlink reaches a device the twin does not run",
    "/subscribers/{imsi}/downlink": "downlink reaches a device the twin does not run",
    "/volume_discounts/available_discounts": "a price list",
}


def stateless_report(spec: Spec, stateful: frozenset[str]) -> dict[str, str]:
    """operationId -> why, for every operation the twin answers from the document only."""
    out: dict[str, str] = {}
    for op in spec.operations.values():
        if op.operation_id in stateful:
            continue
        matches = [p for p in STATELESS_WHY if _prefix_match(op.path, p)]
        best = max(matches, key=len) if matches else None
        out[op.operation_id] = (
            STATELESS_WHY[best] if best else "an action on state the twin does not model"
        )
    return out


def _prefix_match(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?")


@functools.cache
def _catalogue(spec: Spec, handled: frozenset[str]) -> Catalogue:
    return derive(spec, handled)


def catalogue(spec: Spec) -> Catalogue:
    """The families of `spec`, leaving out every operation with a hand-written handler
    (handlers.py and any module registering the same way), derived once per process."""
    from .handlers import HANDLERS

    return _catalogue(spec, frozenset(HANDLERS))


def stateful_operation_ids(spec: Spec | None = None) -> frozenset[str]:
    """Every operation answered from state: hand-written handlers and derived families."""
    from .handlers import HANDLERS
    from .spec import get_spec

    return frozenset(HANDLERS) | catalogue(spec or get_spec()).stateful_operation_ids()
