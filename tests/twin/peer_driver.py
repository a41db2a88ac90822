"""Drive the published sync client `soracom-api` (0.0.2) against an emulator.

Run by tests/twin/test_peer_client.py with the Python of a venv that has soracom-api
installed (never imported by the test suite itself). It reads the emulator's base URL and
credentials as JSON on stdin (secrets stay off the command line), runs every step below (or
the `steps` the input names) in order as a user of that client would, and prints one JSON
line per step:
`{"step": ..., "ok": true}` or `{"step": ..., "ok": false, "detail": "<error class>: ..."}`.
Details never carry a secret: an API error is reduced to its status and the body's code.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable
from typing import Any

import soracom_api  # type: ignore[import-not-found,unused-ignore]

Step = Callable[[dict[str, Any]], None]
STEPS: list[tuple[str, Step]] = []
PERMISSION = '{"statements":[{"api":["Sim:*","Subscriber:list*"],"effect":"allow"}]}'


def step(fn: Step) -> Step:
    STEPS.append((fn.__name__, fn))
    return fn


def model(kind: str, /, **fields: Any) -> Any:
    """A request model of the client: `model("AuthRequest", auth_key_id=...)`."""
    module = importlib.import_module(f"soracom_api.model.{_snake(kind)}")
    return getattr(module, kind)(**fields)


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def api(ctx: dict[str, Any], name: str) -> Any:
    module = importlib.import_module(f"soracom_api.api.{_snake(name)}")
    return getattr(module, name)(ctx["client"])


def client_for(base_url: str, api_key: str | None = None, token: str | None = None) -> Any:
    configuration = soracom_api.Configuration(host=base_url)
    if api_key is not None and token is not None:
        configuration.api_key["api_key"] = api_key
        configuration.api_key["api_token"] = token
    return soracom_api.ApiClient(configuration)


def sign_in(ctx: dict[str, Any], request: Any) -> Any:
    anonymous = {"client": client_for(ctx["base_url"])}
    answer = api(anonymous, "AuthApi").auth(request)
    return client_for(ctx["base_url"], answer.api_key, answer.token), answer


# -- auth and operator -------------------------------------------------------------------------


@step
def auth_with_auth_key(ctx: dict[str, Any]) -> None:
    request = model("AuthRequest", auth_key_id=ctx["auth_key_id"], auth_key=ctx["auth_key"])
    ctx["client"], answer = sign_in(ctx, request)
    assert answer.operator_id == ctx["operator_id"], answer.operator_id


@step
def auth_with_email(ctx: dict[str, Any]) -> None:
    _, answer = sign_in(ctx, model("AuthRequest", email=ctx["email"], password=ctx["password"]))
    assert answer.operator_id == ctx["operator_id"]


@step
def get_operator(ctx: dict[str, Any]) -> None:
    operator = api(ctx, "OperatorApi").get_operator(ctx["operator_id"])
    assert operator.operator_id == ctx["operator_id"]


@step
def generate_auth_token(ctx: dict[str, Any]) -> None:
    request = model("GenerateTokenRequest", token_timeout_seconds=3600)
    answer = api(ctx, "OperatorApi").generate_auth_token(ctx["operator_id"], request)
    assert answer.token
    ctx["client"].configuration.api_key["api_token"] = answer.token  # the new one counts now


@step
def operator_auth_key_lifecycle(ctx: dict[str, Any]) -> None:
    operators = api(ctx, "OperatorApi")
    key = operators.generate_operator_auth_key(ctx["operator_id"])
    listed = [k.auth_key_id for k in operators.list_operator_auth_keys(ctx["operator_id"])]
    assert key.auth_key_id in listed
    sign_in(ctx, model("AuthRequest", auth_key_id=key.auth_key_id, auth_key=key.auth_key))
    operators.delete_operator_auth_key(ctx["operator_id"], key.auth_key_id)


# -- SIMs and subscribers ----------------------------------------------------------------------


@step
def list_sims(ctx: dict[str, Any]) -> None:
    sims = api(ctx, "SimApi").list_sims(limit=50)
    assert sims, "no SIMs"
    ctx["sim_id"] = sims[0].sim_id


@step
def get_sim(ctx: dict[str, Any]) -> None:
    sim = api(ctx, "SimApi").get_sim(ctx["sim_id"])
    assert sim.sim_id == ctx["sim_id"]


@step
def sim_tags(ctx: dict[str, Any]) -> None:
    sims = api(ctx, "SimApi")
    tags = [model("TagUpdateRequest", tag_name="peer", tag_value="soracom-api")]
    sim = sims.put_sim_tags(ctx["sim_id"], tags)
    assert sim.tags["peer"] == "soracom-api"
    sims.delete_sim_tag(ctx["sim_id"], "peer")


@step
def update_sim_speed_class(ctx: dict[str, Any]) -> None:
    request = model("UpdateSpeedClassRequest", speed_class="s1.fast")
    sim = api(ctx, "SimApi").update_sim_speed_class(ctx["sim_id"], request)
    assert sim.speed_class == "s1.fast"


@step
def sim_deactivate_activate(ctx: dict[str, Any]) -> None:
    sims = api(ctx, "SimApi")
    assert sims.deactivate_sim(ctx["sim_id"]).status == "inactive"
    assert sims.activate_sim(ctx["sim_id"]).status == "active"


@step
def list_subscribers(ctx: dict[str, Any]) -> None:
    subscribers = api(ctx, "SubscriberApi").list_subscribers(limit=50)
    assert subscribers
    ctx["imsi"] = subscribers[0].imsi


@step
def get_subscriber(ctx: dict[str, Any]) -> None:
    assert api(ctx, "SubscriberApi").get_subscriber(ctx["imsi"]).imsi == ctx["imsi"]


@step
def subscriber_speed_class_and_tags(ctx: dict[str, Any]) -> None:
    subscribers = api(ctx, "SubscriberApi")
    request = model("UpdateSpeedClassRequest", speed_class="s1.slow")
    assert subscribers.update_speed_class(ctx["imsi"], request).speed_class == "s1.slow"
    tags = [model("TagUpdateRequest", tag_name="peer", tag_value="x")]
    assert subscribers.put_subscriber_tags(ctx["imsi"], tags).tags["peer"] == "x"


@step
def subscriber_expiry_time(ctx: dict[str, Any]) -> None:
    subscribers = api(ctx, "SubscriberApi")
    expiry = int(time.time() * 1000) + 86_400_000
    request = model("ExpiryTime", expiry_time=expiry, expiry_action="doNothing")
    assert subscribers.set_expiry_time(ctx["imsi"], request).expired_at == expiry
    subscribers.unset_expiry_time(ctx["imsi"])


# -- groups and search -------------------------------------------------------------------------


@step
def create_group(ctx: dict[str, Any]) -> None:
    request = model("CreateGroupRequest", tags=model("TagSet", name="peer-group"))
    group = api(ctx, "GroupApi").create_group(request)
    assert group.tags["name"] == "peer-group"
    ctx["group_id"] = group.group_id


@step
def get_and_list_groups(ctx: dict[str, Any]) -> None:
    groups = api(ctx, "GroupApi")
    assert groups.get_group(ctx["group_id"]).group_id == ctx["group_id"]
    assert ctx["group_id"] in [g.group_id for g in groups.list_groups(limit=100)]


@step
def group_configuration_and_tags(ctx: dict[str, Any]) -> None:
    groups = api(ctx, "GroupApi")
    note = model("GroupConfigurationUpdateRequest", key="peerNote", value="set-by-soracom-api")
    group = groups.put_configuration_parameters(ctx["group_id"], "SoracomAir", [note])
    assert group.configuration["SoracomAir"]["peerNote"] == "set-by-soracom-api"
    tags = [model("TagUpdateRequest", tag_name="env", tag_value="test")]
    assert groups.put_group_tags(ctx["group_id"], tags).tags["env"] == "test"


@step
def set_sim_group(ctx: dict[str, Any]) -> None:
    request = model("SetGroupRequest", group_id=ctx["group_id"])
    assert api(ctx, "SimApi").set_sim_group(ctx["sim_id"], request).group_id == ctx["group_id"]


@step
def search_sims_by_group(ctx: dict[str, Any]) -> None:
    found = api(ctx, "QueryApi").search_sims(group=["peer-group"], limit=50)
    assert [s.sim_id for s in found] == [ctx["sim_id"]]


@step
def search_subscribers_by_imsi(ctx: dict[str, Any]) -> None:
    found = api(ctx, "QueryApi").search_subscribers(imsi=[ctx["imsi"][:10]], limit=50)
    assert ctx["imsi"] in [s.imsi for s in found]


@step
def list_subscribers_in_group(ctx: dict[str, Any]) -> None:
    listed = api(ctx, "GroupApi").list_subscribers_in_group(ctx["group_id"])
    assert [s.sim_id for s in listed] == [ctx["sim_id"]]


@step
def unset_sim_group(ctx: dict[str, Any]) -> None:
    sim = api(ctx, "SimApi").unset_sim_group(ctx["sim_id"])
    assert "group_id" not in sim


@step
def delete_group(ctx: dict[str, Any]) -> None:
    api(ctx, "GroupApi").delete_group(ctx["group_id"])


# -- SAM ---------------------------------------------------------------------------------------


@step
def sam_user_and_role(ctx: dict[str, Any]) -> None:
    users, roles, op = api(ctx, "UserApi"), api(ctx, "RoleApi"), ctx["operator_id"]
    users.create_user(op, "peer-user", model("CreateUserRequest", description="peer"))
    users.update_user_permission(
        op, "peer-user", model("SetUserPermissionRequest", permission=PERMISSION)
    )
    users.create_user_password(
        op, "peer-user", model("CreateUserPasswordRequest", password="Peer-pass-123")
    )
    roles.create_role(op, "peer-role", model("CreateOrUpdateRoleRequest", permission=PERMISSION))
    roles.attach_role(op, "peer-user", model("AttachRoleRequest", role_id="peer-role"))
    assert [r.role_id for r in roles.list_user_roles(op, "peer-user")] == ["peer-role"]


@step
def get_and_list_users(ctx: dict[str, Any]) -> None:
    users = api(ctx, "UserApi")
    user = users.get_user(ctx["operator_id"], "peer-user")
    assert user.user_name == "peer-user" and user.has_password
    assert "peer-user" in [u.user_name for u in users.list_users(ctx["operator_id"])]


@step
def sam_user_signs_in_and_is_checked(ctx: dict[str, Any]) -> None:
    request = model(
        "AuthRequest",
        operator_id=ctx["operator_id"],
        user_name="peer-user",
        password="Peer-pass-123",
    )
    sam_client, _ = sign_in(ctx, request)
    sam = {"client": sam_client}
    assert api(sam, "SimApi").list_sims(limit=1)
    try:
        api(sam, "GroupApi").list_groups()
    except soracom_api.ApiException as exc:
        assert exc.status == 403, exc.status
    else:
        raise AssertionError("a SAM user without Group:* listed the groups")


@step
def sam_user_auth_key(ctx: dict[str, Any]) -> None:
    users, op = api(ctx, "UserApi"), ctx["operator_id"]
    key = users.generate_user_auth_key(op, "peer-user")
    sign_in(ctx, model("AuthRequest", auth_key_id=key.auth_key_id, auth_key=key.auth_key))
    users.delete_user_auth_key(op, "peer-user", key.auth_key_id)


@step
def delete_sam_user_and_role(ctx: dict[str, Any]) -> None:
    op = ctx["operator_id"]
    api(ctx, "UserApi").delete_user(op, "peer-user")
    api(ctx, "RoleApi").delete_role(op, "peer-role")


# -- the rest ----------------------------------------------------------------------------------


@step
def event_handler_lifecycle(ctx: dict[str, Any]) -> None:
    handlers = api(ctx, "EventHandlerApi")
    request = model(
        "CreateEventHandlerRequest",
        name="peer-handler",
        status="active",
        target_imsi=ctx["imsi"],
        rule_config=model(
            "RuleConfig",
            type="SubscriberDailyTrafficRule",
            properties=model(
                "RuleConfigProperty",
                inactive_timeout_date_const="BEGINNING_OF_NEXT_DAY",
                limit_total_traffic_mega_byte="100",
            ),
        ),
        action_config_list=[
            model(
                "ActionConfig",
                type="ChangeSpeedClassAction",
                properties=model(
                    "ActionConfigProperty",
                    execution_date_time_const="IMMEDIATELY",
                    speed_class="s1.minimum",
                ),
            )
        ],
    )
    created = handlers.create_event_handler(request)
    handler_id = created.handler_id
    assert handlers.get_event_handler(handler_id).name == "peer-handler"
    assert handler_id in [h.handler_id for h in handlers.list_event_handlers()]
    handlers.delete_event_handler(handler_id)


@step
def get_air_stats(ctx: dict[str, Any]) -> None:
    now = int(time.time())
    api(ctx, "StatsApi").get_air_stats(ctx["imsi"], now - 86_400, now, "day")


@step
def get_latest_billing(ctx: dict[str, Any]) -> None:
    api(ctx, "BillingApi").get_latest_billing()


def _describe(exc: BaseException) -> str:
    if isinstance(exc, soracom_api.ApiException):
        try:
            code = json.loads(exc.body or "{}").get("code")
        except ValueError:
            code = None
        return f"ApiException: {exc.status} {code}"
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def _redacted(text: str, ctx: dict[str, Any]) -> str:
    for name in ("auth_key", "password"):
        text = text.replace(str(ctx[name]), "***")
    return text


def main() -> int:
    ctx: dict[str, Any] = json.loads(sys.stdin.read())
    wanted = ctx.get("steps")
    for name, fn in STEPS:
        if wanted is not None and name not in wanted:
            continue
        try:
            fn(ctx)
        except Exception as exc:
            result = {"step": name, "ok": False, "detail": _redacted(_describe(exc), ctx)}
        else:
            result = {"step": name, "ok": True}
        sys.stdout.write(json.dumps(result) + "\n")  # the driver's output is its protocol
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
