"""Orders and SIM registration: a quotation becomes an order, the order ships SIMs, and the
SIMs join the fleet when they are registered with their registration secrets.

Why hand-written: the derived `/orders` family stored an order and confirmed it, but nothing
shipped and nothing registered, so an ordered SIM never showed up in `listSubscribers`. Here:

- `createQuotation` prices the items of a small product catalogue (`PRODUCTS`, also served by
  `listProducts`) for an existing shipping address: unknown product codes, bad quantities and
  unknown addresses are 400. A quotation has no `orderStatus`; `getOrder` answers it, and
  `listOrders` lists only confirmed orders, as the document says.
- `confirmOrder` makes it an order (`ordered`, paid); a quotation older than a month, or an
  order confirmed or cancelled already, is 400.
- Shipping follows the emulator clock: an order is `kitting` an hour after its confirmation and
  `shipped` a day after it (advance the clock to get there), or at once through the sandbox's
  `sandboxShipOrder` or `ship(state, order_id)` from Python. Shipping manufactures its SIMs:
  they get IMSIs, serial numbers and registration secrets (`listOrderedSubscribers` shows them)
  but belong to no fleet yet.
- `registerOrderedSim` registers every SIM of a shipped order (status `ready`, the order's
  `resourceInitialSetting` applied per subscription) and marks the order `received`; a second
  call, or one before shipping, is 400. `cancelOrder` works until the order ships.
- `registerSubscriber` / `registerSim` register one manufactured (ordered, shipped) SIM with
  its registration secret; a wrong secret or an already registered SIM is 400. A SIM made by
  `sandboxCreateSubscriber` is in the fleet from its creation (the sandbox module's behaviour,
  which its example relies on), and its answer's `registrationSecret` registers it once more
  (applying the group and tags sent); a wrong secret is 400 there too.

Unregistered SIMs are made by the state's own `create_sim` and then taken out of its public
indexes (`sims`, `sim_order`, `imsi_to_sim`, `imsi_order`, `history`) until registration puts
them back, so registered SIMs are indistinguishable from seeded ones. The books live beside
each `EmulatorState` (one per state, like the sandbox records), so each operator has its own.

core.py imports this module, which registers, in this order: billing.py and soralets.py, the
stats of traffic.py, the sandbox's handlers (its inserted stats wrap traffic's), then its own
(replacing the sandbox's ship and create-subscriber). Importing sandbox.py before this module
would let traffic's stats replace the sandbox's (inserted stats unread): nothing does.
"""

from __future__ import annotations

import bisect
import hashlib
import time
import weakref
from dataclasses import dataclass, field
from typing import Any

from .billing import REGISTERED as _BILLING  # noqa: F401 (registers them)
from .context import RequestContext, Result
from .errors import ApiError
from .handlers import HANDLERS, handler
from .pagination import next_headers, page, page_size
from .soralets import REGISTERED as _SORALETS  # noqa: F401 (registers them)
from .state import EmulatorState
from .traffic import HANDLED as TRAFFIC_HANDLERS

SHIPPING_ADDRESSES = "/operators/{operator_id}/shipping_addresses/{shipping_address_id}"

# The stats register before the sandbox module is imported (its inserted stats fall back to
# them), and the sandbox's handlers before this module's (two of them are replaced below).
HANDLERS.update(TRAFFIC_HANDLERS)
from .sandbox import REGISTERED as _SANDBOX  # noqa: E402, F401 (registers them)

KITTING_AFTER_S = 3_600
"""An order is `kitting` this long after its confirmation (emulator clock)."""
SHIPPED_AFTER_S = 86_400
"""An order ships itself this long after its confirmation (emulator clock)."""
QUOTATION_VALID_S = 30 * 86_400
SHIPPING_COST = 500.0
TAX_RATE = 0.10

# productCode -> (name, type, price in JPY, subscription its SIMs carry or None, max quantity).
PRODUCTS: dict[str, tuple[str, str, float, str | None, int]] = {
    "4573326590013": ("IoT SIM plan-D (data)", "sim", 900.0, "plan-D", 100),
    "4573326590020": ("IoT SIM plan-D (data + SMS)", "sim", 1_000.0, "plan-D", 100),
    "4573326590501": ("IoT SIM plan01s", "sim", 1_100.0, "plan01s", 100),
    "4573326590617": ("IoT SIM plan-KM1", "sim", 1_100.0, "plan-KM1", 100),
    "4573326591003": ("USB dongle", "misc", 3_980.0, None, 10),
}
_CANCELLABLE = frozenset({"orderProcessing", "ordering", "ordered", "kitting"})


@dataclass
class Unregistered:
    """A manufactured SIM that belongs to no fleet yet."""

    sim: dict[str, Any]
    history: list[dict[str, Any]]
    secret: str
    order_id: str | None = None


@dataclass
class OrderBook:
    """The orders of one emulator state and its SIMs not yet registered."""

    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    created_s: dict[str, int] = field(default_factory=dict)
    confirmed_s: dict[str, int] = field(default_factory=dict)
    ordered: dict[str, list[str]] = field(default_factory=dict)
    """orderId -> IMSIs of its SIMs (registered or not), once shipped."""
    ordered_views: dict[str, dict[str, Any]] = field(default_factory=dict)
    """IMSI -> its `OrderedSubscriber` item."""
    unregistered: dict[str, Unregistered] = field(default_factory=dict)
    """IMSI -> a SIM waiting for registration."""
    sandbox_secrets: dict[str, str] = field(default_factory=dict)
    """IMSI -> the secret of a sandbox-created SIM not yet registered with it."""


_BOOKS: weakref.WeakKeyDictionary[EmulatorState, OrderBook] = weakref.WeakKeyDictionary()


def book(state: EmulatorState) -> OrderBook:
    """The order book of `state` (created on first use)."""
    found = _BOOKS.get(state)
    if found is None:
        found = _BOOKS[state] = OrderBook()
    return found


def _bad(detail: str, name: str = "body") -> ApiError:
    return ApiError(400, "COM0001", name=name, detail=detail)


def _ok(
    ctx: RequestContext, body: Any = None, headers: list[tuple[str, str]] | None = None
) -> Result:
    return Result(ctx.op.success.status, body, headers or [])


def _stamp(seconds: float, fmt: str = "%Y%m%d%H%M%S") -> str:
    return time.strftime(fmt, time.gmtime(seconds))


# -- manufacturing and registration ------------------------------------------------------------


def registration_secret(state: EmulatorState, sim_id: str) -> str:
    """The PUK printed on the card: eight digits, deterministic from the seed and SIM ID."""
    digest = hashlib.sha256(f"{state.seed}:puk:{sim_id}".encode()).hexdigest()
    return f"{int(digest[:12], 16) % 10**8:08d}"


def manufacture(
    state: EmulatorState, *, subscription: str, order_id: str | None = None
) -> Unregistered:
    """Make one SIM that no fleet holds yet (`register` adds it to `state`'s fleet)."""
    with state.lock:
        sim = state.create_sim("uicc", subscription)
        sim_id, imsi = sim["simId"], state.primary_imsi(sim)
        del state.sims[sim_id]
        state.sim_order.remove(sim_id)
        del state.imsi_to_sim[imsi]
        state.imsi_order.remove(imsi)
        history = state.history.pop(sim_id)
        made = Unregistered(sim, history, registration_secret(state, sim_id), order_id)
        book(state).unregistered[imsi] = made
        return made


def register(
    state: EmulatorState,
    imsi: str,
    *,
    secret: str | None,
    group_id: str | None = None,
    tags: dict[str, str] | None = None,
    speed_class: str | None = None,
) -> dict[str, Any]:
    """Add the unregistered SIM `imsi` to the fleet (status `ready`); `secret` None skips the
    check (an order's own registration)."""
    with state.lock:
        if imsi in book(state).sandbox_secrets and secret is not None:
            return _claim(state, imsi, secret=secret, group_id=group_id, tags=tags)
        if imsi in state.imsi_to_sim:
            raise ApiError(400, "SEM0005", resource="Subscriber", ident=imsi)
        made = book(state).unregistered.get(imsi)
        if made is None:
            raise ApiError(404, "SEM0001", resource="Subscriber", ident=imsi)
        if secret is not None and secret != made.secret:
            raise _bad("the registration secret does not match", "body.registrationSecret")
        if group_id is not None:
            state.group(group_id)
        sim = made.sim
        now = state.clock.now_ms()
        sim["createdTime"] = sim["lastModifiedTime"] = now
        sim["sessionStatus"]["lastUpdatedAt"] = now
        sim["tags"] = {**sim["tags"], **(tags or {})}
        if group_id is not None:
            sim["groupId"] = group_id
        if speed_class is not None:
            sim["speedClass"] = speed_class
        for entry in made.history:
            entry["applyDateTimeEpochSec"] = now // 1000
            entry["speedClass"] = sim["speedClass"]
            if group_id is not None:
                entry["groupId"] = group_id
        state.sims[sim["simId"]] = sim
        bisect.insort(state.sim_order, sim["simId"])
        state.imsi_to_sim[imsi] = sim["simId"]
        bisect.insort(state.imsi_order, imsi)
        state.history[sim["simId"]] = made.history
        del book(state).unregistered[imsi]
        return sim


def _claim(
    state: EmulatorState,
    imsi: str,
    *,
    secret: str,
    group_id: str | None,
    tags: dict[str, str] | None,
) -> dict[str, Any]:
    """Register a sandbox-created SIM (already in the fleet) with its secret."""
    if secret != book(state).sandbox_secrets[imsi]:
        raise _bad("the registration secret does not match", "body.registrationSecret")
    sim = state.sim_by_imsi(imsi)
    if group_id is not None:
        state.set_group(sim, group_id)
    if tags:
        state.put_tags(sim, [{"tagName": k, "tagValue": v} for k, v in tags.items()])
    del book(state).sandbox_secrets[imsi]
    return sim


# -- the life of an order ----------------------------------------------------------------------


def _status(order: dict[str, Any]) -> str | None:
    status = order.get("orderStatus")
    return str(status) if status is not None else None


def ship(state: EmulatorState, order_id: str) -> dict[str, Any]:
    """Ship a confirmed order now: its SIMs are manufactured and the order is `shipped`."""
    with state.lock:
        books = book(state)
        order = books.orders.get(order_id)
        if order is None or _status(order) is None:
            raise _bad(f"no confirmed order {order_id}", "orderId")
        if _status(order) not in ("ordered", "kitting"):
            raise _bad(f"the order is {_status(order)}", "orderId")
        imsis: list[str] = []
        for item in order["orderItemList"]:
            subscription = item["product"].get("properties", {}).get("subscription")
            for _ in range(int(item["quantity"]) if subscription else 0):
                made = manufacture(state, subscription=subscription, order_id=order_id)
                imsis.append(state.primary_imsi(made.sim))
                books.ordered_views[imsis[-1]] = _ordered_view(state, made)
        books.ordered[order_id] = imsis
        now = state.clock.now()
        digest = hashlib.sha256(f"{state.seed}:label:{order_id}".encode()).hexdigest()
        label = f"{int(digest[:12], 16) % 10**12:012d}"
        order.update(
            orderStatus="shipped",
            shippingDateTime=_stamp(now),
            shippingLabelNumber=f"{label[:4]}-{label[4:8]}-{label[8:]}",
            shippingLabelNumbers=[f"{label[:4]}-{label[4:8]}-{label[8:]}"],
        )
        return order


def _ordered_view(state: EmulatorState, made: Unregistered) -> dict[str, Any]:
    sim = made.sim
    imsi = state.primary_imsi(sim)
    subscriber = sim["profiles"][sim["activeProfileId"]]["subscribers"][imsi]
    return {
        "simId": sim["simId"],
        "iccid": sim["activeProfileId"],
        "imsi": imsi,
        "msisdn": subscriber["msisdn"],
        "serialNumber": sim.get("serialNumber") or "",
        "bundles": list(subscriber["bundles"]),
    }


def _settle(state: EmulatorState) -> None:
    """Move confirmed orders along on the emulator clock (kitting, then shipped)."""
    books = book(state)
    now = state.clock.now()
    for order_id, confirmed in list(books.confirmed_s.items()):
        status = _status(books.orders[order_id])
        if status == "ordered" and now >= confirmed + KITTING_AFTER_S:
            books.orders[order_id]["orderStatus"] = status = "kitting"
        if status == "kitting" and now >= confirmed + SHIPPED_AFTER_S:
            ship(state, order_id)


def _order(ctx: RequestContext) -> dict[str, Any]:
    _settle(ctx.state)
    order_id = str(ctx.params["order_id"])
    order = book(ctx.state).orders.get(order_id)
    if order is None:
        raise ApiError(404, "SEM0001", resource="Order", ident=order_id)
    return order


# -- quotation ---------------------------------------------------------------------------------


def _product(code: str) -> dict[str, Any]:
    name, kind, price, subscription, most = PRODUCTS[code]
    product: dict[str, Any] = {
        "productCode": code,
        "productName": name,
        "productType": kind,
        "price": price,
        "taxIncludedPrice": round(price * (1 + TAX_RATE)),
        "currency": "JPY",
        "maxQuantity": most,
        "count": 1.0,
        "properties": {},
    }
    if subscription is not None:
        product["properties"] = {"subscription": subscription}
    return product


def _address(ctx: RequestContext, address_id: Any) -> dict[str, Any]:
    if not isinstance(address_id, str) or not address_id:
        raise _bad("shippingAddressId is required", "body.shippingAddressId")
    for item, scope, record in ctx.state.resources.records():
        if (
            item == SHIPPING_ADDRESSES
            and scope == (ctx.state.operator_id,)
            and record.get("shippingAddressId") == address_id
        ):
            return record
    raise _bad(f"no shipping address {address_id}", "body.shippingAddressId")


def _items(body: dict[str, Any]) -> list[dict[str, Any]]:
    items = body.get("orderItemList")
    if not isinstance(items, list) or not items:
        raise _bad("orderItemList needs at least one item", "body.orderItemList")
    out = []
    for n, item in enumerate(items):
        code = item.get("productCode") if isinstance(item, dict) else None
        if code not in PRODUCTS:
            raise _bad(f"unknown product code {code!r}", f"body.orderItemList[{n}].productCode")
        quantity = item.get("quantity")
        most = PRODUCTS[str(code)][4]
        if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= most:
            raise _bad(f"quantity must be 1 to {most}", f"body.orderItemList[{n}].quantity")
        product = _product(str(code))
        amount = product["price"] * quantity
        out.append(
            {
                "product": product,
                "quantity": quantity,
                "productAmount": amount,
                "taxIncludedProductAmount": round(amount * (1 + TAX_RATE)),
            }
        )
    return out


def _order_id(ctx: RequestContext, now: float) -> str:
    index = len(book(ctx.state).orders) + 1
    digest = hashlib.sha256(f"{ctx.state.seed}:order:{index}".encode()).hexdigest()
    return f"{_stamp(now)}{index % 1000:03d}_{digest[:8]}"


@handler("createQuotation")
def create_quotation(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    items = _items(body)
    address = _address(ctx, body.get("shippingAddressId"))
    now = ctx.services.clock.now()
    subtotal = sum(float(item["productAmount"]) for item in items)
    tax = round((subtotal + SHIPPING_COST) * TAX_RATE)
    order: dict[str, Any] = {
        "orderId": _order_id(ctx, now),
        "orderItemList": items,
        "shippingAddressId": address["shippingAddressId"],
        "shippingAddress": {k: v for k, v in address.items() if k != "shippingAddressId"},
        "shippingCost": SHIPPING_COST,
        "taxAmount": float(tax),
        "totalAmount": subtotal + SHIPPING_COST + tax,
        "balanceDue": subtotal + SHIPPING_COST + tax,
        "currency": "JPY",
        "containsTaxIncludedAmounts": False,
        "taxOnShippingCost": True,
        "taxIncludedInShippingCost": round(SHIPPING_COST * (1 + TAX_RATE)),
        "withholdingTaxAmount": 0.0,
        "email": ctx.state.account.email,
        "orderChannel": "api",
        "appliedShippingOptions": list(body.get("shippingOptions") or []),
    }
    if isinstance(body.get("preferredDeliveryDate"), str):
        order["preferredDeliveryDate"] = body["preferredDeliveryDate"]
    books = book(ctx.state)
    books.orders[order["orderId"]] = order
    books.created_s[order["orderId"]] = int(now)
    return _ok(ctx, order)


# -- the order operations ----------------------------------------------------------------------


@handler("getOrder")
def get_order(ctx: RequestContext) -> Result:
    return _ok(ctx, _order(ctx))


@handler("listOrders")
def list_orders(ctx: RequestContext) -> Result:
    _settle(ctx.state)
    confirmed = [o for o in book(ctx.state).orders.values() if _status(o) is not None]
    confirmed.sort(key=lambda o: str(o["orderDateTime"]), reverse=True)
    return _ok(ctx, {"orderList": confirmed})


@handler("confirmOrder")
def confirm_order(ctx: RequestContext) -> Result:
    order = _order(ctx)
    books = book(ctx.state)
    if _status(order) is not None:
        raise _bad(f"the order is {_status(order)} already", "order_id")
    now = ctx.services.clock.now()
    if now - books.created_s[order["orderId"]] > QUOTATION_VALID_S:
        raise _bad("the quotation is older than a month: create a new one", "order_id")
    order.update(orderStatus="ordered", paymentStatus="paid", orderDateTime=_stamp(now))
    books.confirmed_s[order["orderId"]] = int(now)
    return _ok(ctx, order)


@handler("cancelOrder")
def cancel_order(ctx: RequestContext) -> Result:
    order = _order(ctx)
    status = _status(order)
    if status not in _CANCELLABLE:
        raise _bad(f"an order that is {status or 'not confirmed'} cannot be cancelled", "order_id")
    order.update(orderStatus="cancelled", paymentStatus="cancelled")
    book(ctx.state).confirmed_s.pop(order["orderId"], None)
    return Result(204, None, [], None)


@handler("updateOrderedResourceInitialSetting")
def update_initial_setting(ctx: RequestContext) -> Result:
    order = _order(ctx)
    if _status(order) in ("received", "cancelled", "cancelling", "failed"):
        raise _bad(f"the order is {_status(order)}", "order_id")
    body = ctx.body if isinstance(ctx.body, dict) else {}
    settings = body.get("simInitialSettings")
    if not isinstance(settings, dict):
        raise _bad("simInitialSettings is required", "body.simInitialSettings")
    order["resourceInitialSetting"] = {"simInitialSettings": settings}
    return _ok(ctx, order)


@handler("listOrderedSubscribers")
def list_ordered_subscribers(ctx: RequestContext) -> Result:
    order = _order(ctx)
    books = book(ctx.state)
    keys = sorted(books.ordered.get(order["orderId"], []))
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    pg = page(keys, ctx.params.get("last_evaluated_key"), limit)
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
    items = [books.ordered_views[k] for k in keys[pg.start : pg.end]]
    return _ok(ctx, {"orderedSubscriberList": items}, headers)


@handler("registerOrderedSim")
def register_ordered_sims(ctx: RequestContext) -> Result:
    order = _order(ctx)
    if _status(order) not in ("shipped", "receiving"):
        raise _bad(f"an order that is {_status(order) or 'not confirmed'} has no SIMs to register")
    settings = (order.get("resourceInitialSetting") or {}).get("simInitialSettings") or {}
    for imsi in book(ctx.state).ordered[order["orderId"]]:
        made = book(ctx.state).unregistered.get(imsi)
        if made is None:
            continue  # registered one by one already
        subscription = made.sim["profiles"][made.sim["activeProfileId"]]["subscribers"][imsi][
            "subscription"
        ]
        initial = settings.get(subscription) or {}
        register(
            ctx.state,
            imsi,
            secret=None,
            group_id=initial.get("groupId"),
            tags={str(k): str(v) for k, v in (initial.get("tags") or {}).items()},
            speed_class=initial.get("speedClass"),
        )
    order["orderStatus"] = "received"
    book(ctx.state).confirmed_s.pop(order["orderId"], None)
    return Result(204, None, [], None)


def _register_body(ctx: RequestContext) -> tuple[str, str | None, dict[str, str] | None]:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    secret = body.get("registrationSecret")
    if not isinstance(secret, str) or not secret:
        raise _bad("registrationSecret is required", "body.registrationSecret")
    group = body.get("groupId")
    tags = body.get("tags")
    return (
        secret,
        str(group) if group else None,
        {str(k): str(v) for k, v in tags.items()} if isinstance(tags, dict) else None,
    )


@handler("registerSubscriber")
def register_subscriber(ctx: RequestContext) -> Result:
    secret, group, tags = _register_body(ctx)
    sim = register(ctx.state, str(ctx.params["imsi"]), secret=secret, group_id=group, tags=tags)
    return _ok(ctx, ctx.state.subscriber_view(sim))


@handler("registerSim")
def register_sim(ctx: RequestContext) -> Result:
    secret, group, tags = _register_body(ctx)
    sim_id = str(ctx.params["sim_id"])
    known = ctx.state.sims.get(sim_id)
    waiting = book(ctx.state).unregistered.values()
    imsi = next((ctx.state.primary_imsi(u.sim) for u in waiting if u.sim["simId"] == sim_id), None)
    if known is not None:  # registered already (400), or a sandbox SIM claimed with its secret
        imsi = ctx.state.primary_imsi(known)
    if imsi is None:
        raise ApiError(404, "SEM0001", resource="SIM", ident=sim_id)
    return _ok(ctx, register(ctx.state, imsi, secret=secret, group_id=group, tags=tags))


@handler("listProducts")
def list_products(ctx: RequestContext) -> Result:
    return _ok(
        ctx,
        {
            "productList": [_product(code) for code in PRODUCTS],
            "shippingCostList": [{"shippingCost": SHIPPING_COST, "currency": "JPY"}],
        },
    )


# -- the sandbox's ship and create-subscriber, on these books ----------------------------------


@handler("sandboxShipOrder")
def sandbox_ship_order(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    if body.get("operatorId") != ctx.state.operator_id:
        raise _bad("order does not exist", "body.operatorId")
    order_id = str(body.get("orderId"))
    _settle(ctx.state)
    order = book(ctx.state).orders.get(order_id)
    if order is None or _status(order) is None:
        raise _bad(f"no confirmed order {order_id}", "body.orderId")
    if _status(order) != "shipped":
        ship(ctx.state, order_id)
    return _ok(ctx)


@handler("sandboxCreateSubscriber")
def sandbox_create_subscriber(ctx: RequestContext) -> Result:
    """A new SIM in the fleet (as `sandbox.py` has it: the normal operations see it at once)
    whose registration secret is remembered, so `registerSubscriber` with it succeeds once."""
    body: dict[str, Any] = ctx.body if isinstance(ctx.body, dict) else {}
    sim = ctx.state.create_sim("uicc", str(body.get("subscription") or "plan01s"))
    view = ctx.state.subscriber_view(sim)
    keys = (
        *("apn", "createdAt", "imsi", "lastModifiedAt", "msisdn", "operatorId"),
        *("serialNumber", "speedClass", "status", "subscription", "tags"),
    )
    answer = {key: view[key] for key in keys if view.get(key) is not None}
    answer["registrationSecret"] = secret = registration_secret(ctx.state, sim["simId"])
    book(ctx.state).sandbox_secrets[view["imsi"]] = secret
    return _ok(ctx, answer)


REGISTERED = (
    *sorted(TRAFFIC_HANDLERS),
    *("cancelOrder", "confirmOrder", "createQuotation", "getOrder", "listOrderedSubscribers"),
    *("listOrders", "listProducts", "registerOrderedSim", "registerSim", "registerSubscriber"),
    *("sandboxCreateSubscriber", "sandboxShipOrder", "updateOrderedResourceInitialSetting"),
)
"""The operations this module registers (importing it, as core.py does, registers them, and
those of traffic.py, billing.py, soralets.py and sandbox.py, in that order)."""
