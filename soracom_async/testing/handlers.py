"""Handlers of the stateful operations: auth, operator, SIMs, subscribers, groups, search,
Harvest Files.

Each handler takes a validated `RequestContext` and returns a `Result`; it runs with the state
lock held, on the state of the caller's operator (`ctx.state`). `/auth` looks across every
operator of the emulator: an auth key, an e-mail and password, or an operator ID, SAM user
name and password sign in as the operator (and user) they belong to. SAM users, roles and
permissions are in sam.py. Operations without a handler get a derived family's answer
(`resources.py`) or a synthesized one (`responses.py`).
"""

from __future__ import annotations

import email.utils
import hmac
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

from .auth import TOKEN_TTL_DEFAULT, check_ttl
from .context import RequestContext, Result
from .errors import ApiError
from .files import DEFAULT_CONTENT_TYPE, dir_key, file_key
from .pagination import next_headers, page, page_size
from .state import EmulatorState

Handler = Callable[[RequestContext], Result]
HANDLERS: dict[str, Handler] = {}


def handler(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = fn
        return fn

    return register


def _ok(
    ctx: RequestContext, body: Any = None, headers: list[tuple[str, str]] | None = None
) -> Result:
    return Result(ctx.op.success.status, body, headers or [])


def _own_operator(ctx: RequestContext) -> None:
    if ctx.params.get("operator_id") != ctx.state.operator_id:
        raise ApiError(ctx.op.fallback_status(403, 400), "COM0009", detail="not your operator ID")


def _paged(
    ctx: RequestContext,
    keys: list[str],
    items: Callable[[list[str]], list[Any]],
    *,
    ascending: bool,
) -> Result:
    limit = page_size(ctx.op, ctx.params.get("limit"), ctx.services.page_size)
    pg = page(keys, ctx.params.get("last_evaluated_key"), limit, ascending=ascending)
    headers = next_headers(ctx.path, ctx.query, "last_evaluated_key", pg.next_key)
    return _ok(ctx, items(keys[pg.start : pg.end]), headers)


# -- auth --------------------------------------------------------------------------------------


def _signed_in(ctx: RequestContext, body: dict[str, Any]) -> tuple[EmulatorState, str | None]:
    """The operator (and SAM user) that the /auth body's credentials name, else 401."""
    now = int(ctx.services.clock.now())
    if "authKeyId" in body or "authKey" in body:
        for state in ctx.services.all_operators():
            key = state.account.auth_keys.get(str(body.get("authKeyId")))
            if key is not None and key.auth_key == body.get("authKey"):
                key.last_used_s = now
                return state, key.user_name
    elif "email" in body:
        for state in ctx.services.all_operators():
            account = state.account
            if body.get("email") == account.email and body.get("password") == account.password:
                return state, None
    elif "userName" in body:
        for state in ctx.services.all_operators():
            if body.get("operatorId") != state.operator_id:
                continue
            user = state.account.sam_users.get(str(body.get("userName")))
            if user is not None and user.password is not None:
                given = str(body.get("password")).encode()
                if hmac.compare_digest(user.password.encode(), given):
                    return state, user.user_name
    raise ApiError(401, "AUM0005")


@handler("auth")
def auth(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    ttl = check_ttl(body.get("tokenTimeoutSeconds", TOKEN_TTL_DEFAULT))
    state, user_name = _signed_in(ctx, body)
    record = ctx.services.tokens.issue(state.operator_id, user_name, ttl)
    answer = {"apiKey": record.api_key, "token": record.token, "operatorId": record.operator_id}
    if user_name is not None:
        answer["userName"] = user_name
    return _ok(ctx, answer)


@handler("logout")
def logout(ctx: RequestContext) -> Result:
    assert ctx.principal is not None
    ctx.services.tokens.revoke(ctx.principal.api_key)
    return _ok(ctx)


@handler("switchUser")
def switch_user(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    account = ctx.state.account
    user = account.sam_users.get(str(body.get("userName")))
    if body.get("operatorId", account.operator_id) != account.operator_id or user is None:
        raise ApiError(400, "COM0001", name="body.userName", detail="no such user to switch to")
    ttl = body.get("tokenTimeoutSeconds", 3600)
    record = ctx.services.tokens.issue(account.operator_id, user.user_name, int(ttl))
    return _ok(
        ctx,
        {
            "apiKey": record.api_key,
            "token": record.token,
            "operatorId": record.operator_id,
            "userName": user.user_name,
        },
    )


@handler("generateAuthToken")
def generate_auth_token(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    assert ctx.principal is not None
    ttl = check_ttl((ctx.body or {}).get("tokenTimeoutSeconds", TOKEN_TTL_DEFAULT))
    record = ctx.services.tokens.renew(ctx.principal, ttl)
    return _ok(ctx, {"token": record.token})


@handler("revokeOperatorAuthTokens")
def revoke_operator_tokens(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    assert ctx.principal is not None
    ctx.services.tokens.revoke_all(ctx.state.operator_id, keep=ctx.principal.api_key)
    return _ok(ctx)


# -- operator ----------------------------------------------------------------------------------


def _iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ms / 1000))


@handler("getOperator")
def get_operator(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    account = ctx.state.account
    return _ok(
        ctx,
        {
            "operatorId": account.operator_id,
            "rootOperatorId": account.operator_id,
            "email": account.email,
            "description": "Soracom emulator operator",
            "createDate": _iso(account.created_ms),
            "updateDate": _iso(account.created_ms),
        },
    )


@handler("listOperatorAuthKeys")
def list_operator_auth_keys(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    out = []
    for key in ctx.state.account.auth_keys.values():
        if key.user_name is None:
            item: dict[str, Any] = {"authKeyId": key.auth_key_id, "createDateTime": key.created_s}
            if key.last_used_s is not None:
                item["lastUsedDateTime"] = key.last_used_s
            out.append(item)
    return _ok(ctx, out)


@handler("generateOperatorAuthKey")
def generate_operator_auth_key(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    key = ctx.state.new_auth_key()
    return _ok(ctx, {"authKeyId": key.auth_key_id, "authKey": key.auth_key})


@handler("deleteOperatorAuthKey")
def delete_operator_auth_key(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    key_id = ctx.params["auth_key_id"]
    keys = ctx.state.account.auth_keys
    if key_id not in keys or keys[key_id].user_name is not None:
        raise ApiError(404, "SEM0001", resource="AuthKey", ident=key_id)
    del keys[key_id]
    return _ok(ctx)


# -- SIMs and subscribers ----------------------------------------------------------------------


def _target(ctx: RequestContext) -> dict[str, Any]:
    if "sim_id" in ctx.op.param_by_name:
        return ctx.state.sim(ctx.params["sim_id"])
    return ctx.state.sim_by_imsi(ctx.params["imsi"])


def _view(ctx: RequestContext, sim: dict[str, Any]) -> Any:
    if "sim_id" in ctx.op.param_by_name:
        return sim
    return ctx.state.subscriber_view(sim)


@handler("getSim", "getSubscriber")
def get_sim(ctx: RequestContext) -> Result:
    return _ok(ctx, _view(ctx, _target(ctx)))


_TRANSITION_OPS = {
    "activateSim": "activate",
    "deactivateSim": "deactivate",
    "suspendSim": "suspend",
    "terminateSim": "terminate",
    "setSimToStandby": "standby",
    "activateSubscriber": "activate",
    "deactivateSubscriber": "deactivate",
    "suspendSubscriber": "suspend",
    "terminateSubscriber": "terminate",
    "setSubscriberToStandby": "standby",
}


@handler(*_TRANSITION_OPS)
def transition(ctx: RequestContext) -> Result:
    sim = ctx.state.transition(_target(ctx), _TRANSITION_OPS[ctx.op.operation_id])
    return _ok(ctx, _view(ctx, sim))


@handler("updateSimSpeedClass", "updateSpeedClass")
def update_speed_class(ctx: RequestContext) -> Result:
    sim = ctx.state.set_speed_class(_target(ctx), ctx.body["speedClass"])
    return _ok(ctx, _view(ctx, sim))


@handler("enableSimTermination", "enableTermination", "disableSimTermination", "disableTermination")
def set_termination(ctx: RequestContext) -> Result:
    enabled = ctx.op.operation_id.startswith("enable")
    return _ok(ctx, _view(ctx, ctx.state.set_termination(_target(ctx), enabled)))


@handler("setSimGroup", "setGroup")
def set_group(ctx: RequestContext) -> Result:
    group_id = (ctx.body or {}).get("groupId")
    if not group_id:
        raise ApiError(400, "COM0003", name="body.groupId", detail="groupId is required")
    sim = _target(ctx)
    return _ok(ctx, _view(ctx, ctx.state.set_group(sim, str(group_id))))


@handler("unsetSimGroup", "unsetGroup")
def unset_group(ctx: RequestContext) -> Result:
    return _ok(ctx, _view(ctx, ctx.state.set_group(_target(ctx), None)))


@handler("putSimTags", "putSubscriberTags")
def put_tags(ctx: RequestContext) -> Result:
    sim = _target(ctx)
    return _ok(ctx, _view(ctx, ctx.state.put_tags(sim, ctx.body)))


@handler("deleteSimTag", "deleteSubscriberTag")
def delete_tag(ctx: RequestContext) -> Result:
    ctx.state.delete_tag(_target(ctx), ctx.params["tag_name"])
    return _ok(ctx)


@handler("setSimExpiryTime", "setExpiryTime")
def set_expiry(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body
    action = body.get("expiryAction")
    action = None if action in (None, "(null value)") else str(action)
    sim = ctx.state.set_expiry(_target(ctx), int(body["expiryTime"]), action)
    return _ok(ctx, _view(ctx, sim))


@handler("unsetSimExpiryTime", "unsetExpiryTime")
def unset_expiry(ctx: RequestContext) -> Result:
    return _ok(ctx, _view(ctx, ctx.state.set_expiry(_target(ctx), None, None)))


@handler("setSimImeiLock", "setImeiLock")
def set_imei_lock(ctx: RequestContext) -> Result:
    imei = (ctx.body or {}).get("imei")
    sim = _target(ctx)  # an absent IMEI locks to the one of the current session
    imei = imei or sim["sessionStatus"].get("imei") or "350000000000000"
    return _ok(ctx, _view(ctx, ctx.state.set_imei_lock(sim, str(imei))))


@handler("unsetSimImeiLock", "unsetImeiLock")
def unset_imei_lock(ctx: RequestContext) -> Result:
    return _ok(ctx, _view(ctx, ctx.state.set_imei_lock(_target(ctx), None)))


@handler("createSim")
def create_sim(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body
    return _ok(ctx, ctx.state.create_sim(body["type"], body["subscription"]))


@handler("listSims")
def list_sims(ctx: RequestContext) -> Result:
    state = ctx.state
    return _paged(ctx, state.sim_order, lambda ks: [state.sims[k] for k in ks], ascending=True)


def _tag_matches(tags: dict[str, str], ctx: RequestContext) -> bool:
    name = ctx.params.get("tag_name")
    if not name:
        return True
    value = ctx.params.get("tag_value")
    if name not in tags:
        return False
    if value is None:
        return True
    if ctx.params.get("tag_value_match_mode") == "prefix":
        return tags[name].startswith(str(value))
    return tags[name] == str(value)


def _split(raw: Any) -> set[str] | None:
    if not raw:
        return None
    return {part for part in str(raw).split("|") if part}


@handler("listSubscribers")
def list_subscribers(ctx: RequestContext) -> Result:
    state = ctx.state
    statuses = _split(ctx.params.get("status_filter"))
    speeds = _split(ctx.params.get("speed_class_filter"))
    serials = _split(ctx.params.get("serial_number_filter"))
    keys = []
    for imsi in state.imsi_order:
        sim = state.sims[state.imsi_to_sim[imsi]]
        if statuses is not None and sim["status"] not in statuses:
            continue
        if speeds is not None and sim["speedClass"] not in speeds:
            continue
        if serials is not None and sim.get("serialNumber") not in serials:
            continue
        if not _tag_matches(sim["tags"], ctx):
            continue
        keys.append(imsi)
    return _paged(
        ctx,
        keys,
        lambda ks: [state.subscriber_view(state.sim_by_imsi(k)) for k in ks],
        ascending=True,
    )


@handler("listSimStatusHistory")
def list_sim_status_history(ctx: RequestContext) -> Result:
    sim = _target(ctx)
    entries = ctx.state.history[sim["simId"]]

    def seconds(value: Any) -> int | None:
        if value is None:
            return None
        return int(value) // 1000 if int(value) > 10**11 else int(value)

    low, high = seconds(ctx.params.get("from")), seconds(ctx.params.get("to"))
    indexes = [
        i
        for i, e in enumerate(entries)
        if (low is None or e["applyDateTimeEpochSec"] >= low)
        and (high is None or e["applyDateTimeEpochSec"] <= high)
    ]
    if ctx.params.get("sort", "desc") == "desc":
        indexes.reverse()
    keys = [f"{i:08d}" for i in indexes]
    return _paged(ctx, keys, lambda ks: [entries[int(k)] for k in ks], ascending=False)


def _matches_any(value: str | None, wanted: Iterable[str]) -> bool:
    if value is None:
        return False
    lowered = value.lower()
    return any(w.lower() in lowered for w in wanted)


def _search_keep(ctx: RequestContext, sim: dict[str, Any]) -> bool:
    state = ctx.state
    imsi = state.primary_imsi(sim)
    subscriber = sim["profiles"][sim["activeProfileId"]]["subscribers"][imsi]
    group = state.groups.get(sim.get("groupId") or "") or {}
    group_name = (group.get("tags") or {}).get("name")
    fields: dict[str, Callable[[list[str]], bool]] = {
        "name": lambda w: _matches_any(sim["tags"].get("name"), w),
        "group": lambda w: _matches_any(group_name, w),
        "group_id": lambda w: sim.get("groupId") in w,
        "sim_id": lambda w: _matches_any(sim["simId"], w),
        "imsi": lambda w: _matches_any(imsi, w),
        "msisdn": lambda w: _matches_any(subscriber["msisdn"], w),
        "iccid": lambda w: _matches_any(sim["activeProfileId"], w),
        "serial_number": lambda w: _matches_any(sim.get("serialNumber"), w),
        "tag": lambda w: any(_matches_any(v, w) for v in sim["tags"].values()),
        "status": lambda w: sim["status"] in w,
        "subscription": lambda w: subscriber["subscription"] in w,
        "module_type": lambda w: sim["moduleType"] in w,
        "bundles": lambda w: any(b in w for b in subscriber["bundles"]),
    }
    checks = [fn(ctx.params[name]) for name, fn in fields.items() if ctx.params.get(name)]
    session = ctx.params.get("session_status")
    if session in ("ONLINE", "OFFLINE"):
        checks.append(("ONLINE" if sim["sessionStatus"]["online"] else "OFFLINE") == session)
    if not checks:
        return True
    return any(checks) if ctx.params.get("search_type") == "or" else all(checks)


@handler("searchSims")
def search_sims(ctx: RequestContext) -> Result:
    state = ctx.state
    keys = [k for k in state.sim_order if _search_keep(ctx, state.sims[k])]
    return _paged(ctx, keys, lambda ks: [state.sims[k] for k in ks], ascending=True)


@handler("searchSubscribers")
def search_subscribers(ctx: RequestContext) -> Result:
    state = ctx.state
    keys = [i for i in state.imsi_order if _search_keep(ctx, state.sim_by_imsi(i))]
    return _paged(
        ctx,
        keys,
        lambda ks: [state.subscriber_view(state.sim_by_imsi(k)) for k in ks],
        ascending=True,
    )


# -- groups ------------------------------------------------------------------------------------


@handler("listGroups")
def list_groups(ctx: RequestContext) -> Result:
    state = ctx.state
    keys = [g for g in state.group_order if _tag_matches(state.groups[g].get("tags") or {}, ctx)]
    return _paged(ctx, keys, lambda ks: [state.groups[k] for k in ks], ascending=False)


@handler("createGroup")
def create_group(ctx: RequestContext) -> Result:
    body: dict[str, Any] = ctx.body or {}
    return _ok(ctx, ctx.state.create_group(body.get("tags"), body.get("configuration")))


@handler("getGroup")
def get_group(ctx: RequestContext) -> Result:
    return _ok(ctx, ctx.state.group(ctx.params["group_id"]))


@handler("deleteGroup")
def delete_group(ctx: RequestContext) -> Result:
    ctx.state.delete_group(ctx.params["group_id"])
    return _ok(ctx)


@handler("putGroupTags")
def put_group_tags(ctx: RequestContext) -> Result:
    group = ctx.state.group(ctx.params["group_id"])
    return _ok(ctx, ctx.state.put_tags(group, ctx.body))


@handler("deleteGroupTag")
def delete_group_tag(ctx: RequestContext) -> Result:
    ctx.state.delete_tag(ctx.state.group(ctx.params["group_id"]), ctx.params["tag_name"])
    return _ok(ctx)


@handler("putConfigurationParameters")
def put_configuration(ctx: RequestContext) -> Result:
    group = ctx.state.group(ctx.params["group_id"])
    return _ok(ctx, ctx.state.put_group_configuration(group, ctx.params["namespace"], ctx.body))


@handler("deleteConfigurationNamespace", "deleteConfigurationParameter")
def delete_configuration(ctx: RequestContext) -> Result:
    group = ctx.state.group(ctx.params["group_id"])
    ctx.state.delete_group_configuration(group, ctx.params["namespace"], ctx.params.get("name"))
    return _ok(ctx)


@handler("listSubscribersInGroup")
def list_subscribers_in_group(ctx: RequestContext) -> Result:
    state = ctx.state
    group_id = ctx.params["group_id"]
    state.group(group_id)
    keys = [sim["simId"] for sim in state.sims_in_group(group_id)]
    return _paged(ctx, keys, lambda ks: [state.sims[k] for k in ks], ascending=True)


# -- Harvest Files -----------------------------------------------------------------------------


def _file_missing(path: str) -> ApiError:
    return ApiError(404, "SEM0001", resource="File", ident="/" + path.lstrip("/"))


@handler("putFile")
def put_file(ctx: RequestContext) -> Result:
    key = file_key(ctx.params["path"])
    content_type = str(ctx.params.get("content-type") or DEFAULT_CONTENT_TYPE)
    now = ctx.services.clock.now_ms()
    created = ctx.state.files.put(ctx.params["scope"], key, ctx.raw_body, content_type, now)
    return Result(201 if created else 200, None, [], None)


@handler("getFileMetadata")
def get_file_metadata(ctx: RequestContext) -> Result:
    key = file_key(ctx.params["path"])
    obj = ctx.state.files.get(ctx.params["scope"], key)
    if obj is None:
        raise _file_missing(key)
    headers = [
        ("content-type", obj.content_type),
        ("content-length", str(obj.size)),
        ("etag", obj.etag),
        ("last-modified", email.utils.formatdate(obj.modified_ms / 1000, usegmt=True)),
    ]
    return Result(200, None, headers, None)


@handler("getFile")
def get_file(ctx: RequestContext) -> Result:
    """302 to a presigned URL on the storage origin; a directory redirects to its listing."""
    scope, files = ctx.params["scope"], ctx.state.files
    key = ctx.params["path"].lstrip("/")
    directory = dir_key(key)
    if not key.endswith("/") and files.get(scope, key) is not None:
        base = ctx.services.storage_url or f"http://{ctx.host}"
        location = ctx.services.presigner.url(base, ctx.state.operator_id, scope, key)
    elif directory and files.is_dir(scope, directory):
        location = f"http://{ctx.host}/v1/files/{scope}/{quote(directory, safe='/')}"
    else:
        raise _file_missing(key)
    return Result(302, None, [("location", location)], None)


@handler("deleteFile")
def delete_file(ctx: RequestContext) -> Result:
    key = file_key(ctx.params["path"])
    if not ctx.state.files.delete(ctx.params["scope"], key):
        raise _file_missing(key)
    return Result(204, None, [], None)


@handler("deleteDirectory")
def delete_directory(ctx: RequestContext) -> Result:
    ctx.state.files.delete_dir(ctx.params["scope"], dir_key(ctx.params["path"]))
    return Result(204, None, [], None)


@handler("listFiles")
def list_files(ctx: RequestContext) -> Result:
    listing = ctx.state.files.listing(ctx.params["scope"], dir_key(ctx.params["path"]))
    entries = dict(listing)
    return _paged(ctx, list(entries), lambda ks: [entries[k] for k in ks], ascending=True)


@handler("findFiles")
def find_files(ctx: RequestContext) -> Result:
    found = dict(ctx.state.files.find(ctx.params["scope"], str(ctx.params["prefix"])))
    return _paged(ctx, list(found), lambda ks: [found[k] for k in ks], ascending=True)
