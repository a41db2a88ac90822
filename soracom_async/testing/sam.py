"""SAM (Soracom Access Management): users, roles, permissions, and the check on every call.

A SAM user's token is checked on every authenticated call: the API name of the operation is
`Service:operationId`, the service being the operation's first tag (the document cites its
operations that way: "the [Sim:listSims API](#/Sim/listSims)"). The user's permissions are the
operator's default permissions, the permissions of every attached role and the user's inline
permission. Each is the SAM permission JSON,
`{"statements": [{"effect": "allow" | "deny", "api": "Sim:*" | [...], "condition": ...}]}`,
where an `api` pattern matches names with `*` standing for any run of characters (`"*"`,
`"Sim:*"`, `"Subscriber:list*"`). A call is allowed when some allow statement matches and no
deny statement does; nothing matching is a deny. A denied call is a 403 with the unified error
body; the document names no code for it, so the emulator answers `COM0009` ("Forbidden").

Conditions: `pathVariable('name') == 'value'` (or `!=`, or `== samUserName`), joined with
`and`, are evaluated; any other condition cannot be evaluated here, so its allow statement does
not apply and its deny statement does (the check fails closed).

Users (with their MFA status and trust policy), their passwords and auth keys, roles and the
default permissions live in the operator's `Account` (state.py): a password or auth key set
through these operations signs in at `/auth`, and deleting it (or the user) stops that.
Permission documents (and trust policies) are checked when written: a string that is not
that JSON is a 400.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
from typing import Any

from .context import RequestContext, Result
from .errors import ApiError
from .handlers import handler
from .spec import Operation
from .state import EmulatorState, Role, SamUser

_CONDITION = re.compile(
    r"^\s*pathVariable\('(?P<name>[A-Za-z0-9_]+)'\)\s*(?P<op>==|!=)\s*"
    r"(?:'(?P<value>[^']*)'|(?P<user>samUserName))\s*$"
)
_EFFECTS = frozenset({"allow", "deny"})


def api_name(op: Operation) -> str:
    """The SAM API name of an operation: `Service:operationId`."""
    return f"{op.group}:{op.operation_id}"


@functools.lru_cache(maxsize=1024)
def _glob(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$")


def _statements(permission: str | None) -> list[dict[str, Any]]:
    if not permission:
        return []
    try:
        return parse_permission(permission)
    except ApiError:  # pragma: no cover - every stored permission was checked when written
        return []


def parse_permission(
    text: object, *, name: str = "permission", needs_api: bool = True
) -> list[dict[str, Any]]:
    """The statements of a permission JSON string, else an ApiError 400 naming what is wrong
    (a trust policy has the same shape, with a `principal` instead of an `api`)."""

    def bad(detail: str) -> ApiError:
        return ApiError(400, "COM0001", name=name, detail=detail)

    if not isinstance(text, str):
        raise bad("must be a JSON string")
    try:
        document = json.loads(text)
    except ValueError:
        raise bad("is not valid JSON") from None
    statements = document.get("statements") if isinstance(document, dict) else None
    if not isinstance(statements, list):
        raise bad('needs a "statements" list')
    for index, statement in enumerate(statements):
        where = f"statements[{index}]"
        if not isinstance(statement, dict) or statement.get("effect") not in _EFFECTS:
            raise bad(f'{where} needs "effect": "allow" or "deny"')
        apis = statement.get("api")
        if not needs_api and apis is None:
            continue
        if isinstance(apis, str):
            apis = [apis]
        if not isinstance(apis, list) or not apis or not all(isinstance(a, str) for a in apis):
            raise bad(f'{where} needs "api": an API name pattern or a list of them')
        if "condition" in statement and not isinstance(statement["condition"], str):
            raise bad(f"{where}.condition must be a string")
    return statements


def _condition(text: str, path_values: dict[str, str], user_name: str) -> bool | None:
    """The value of a condition, or None when the emulator cannot evaluate it."""
    results = []
    for clause in text.split(" and "):
        match = _CONDITION.match(clause)
        if match is None:
            return None
        expected = user_name if match["user"] else match["value"]
        equal = path_values.get(match["name"]) == expected
        results.append(equal if match["op"] == "==" else not equal)
    return all(results)


def _applies(
    statement: dict[str, Any], name: str, path_values: dict[str, str], user_name: str
) -> bool:
    apis = statement["api"]
    if not any(_glob(p).match(name) for p in ([apis] if isinstance(apis, str) else apis)):
        return False
    condition = statement.get("condition")
    if condition is None:
        return True
    value = _condition(condition, path_values, user_name)
    if value is None:
        return bool(statement["effect"] == "deny")  # fail closed
    return value


def permissions_of(state: EmulatorState, user: SamUser) -> list[str]:
    """Every permission document that applies to `user`: default, roles', inline."""
    account = state.account
    documents = [account.default_permissions]
    documents += [account.roles[r].permission for r in user.roles if r in account.roles]
    documents.append(user.permission)
    return [d for d in documents if d]


def is_allowed(state: EmulatorState, user: SamUser, name: str, path_values: dict[str, str]) -> bool:
    allowed = False
    for document in permissions_of(state, user):
        for statement in _statements(document):
            if _applies(statement, name, path_values, user.user_name):
                if statement["effect"] == "deny":
                    return False
                allowed = True
    return allowed


def check_permission(
    state: EmulatorState, user_name: str, op: Operation, path_values: dict[str, str]
) -> None:
    """Raise the 403 of a SAM user whose permissions do not allow `op`."""
    with state.lock:
        user = state.account.sam_users.get(user_name)
        name = api_name(op)
        if user is None or not is_allowed(state, user, name, path_values):
            raise ApiError(
                403, "COM0009", detail=f"SAM user {user_name!r} is not allowed to call {name}"
            )


# -- handlers ----------------------------------------------------------------------------------


def _answer(ctx: RequestContext, body: Any = None) -> Result:
    """The documented success status, with `body` only where the document gives one."""
    success = ctx.op.success
    if success.content_type is None:
        return Result(success.status, None, [], None)
    return Result(success.status, body)


def _own_operator(ctx: RequestContext) -> None:
    if ctx.params.get("operator_id") != ctx.state.operator_id:
        raise ApiError(ctx.op.fallback_status(403, 400), "COM0009", detail="not your operator ID")


def _missing(resource: str, ident: str) -> ApiError:
    return ApiError(404, "SEM0001", resource=resource, ident=ident)


def _user(ctx: RequestContext) -> SamUser:
    _own_operator(ctx)
    name = str(ctx.params["user_name"])
    user = ctx.state.account.sam_users.get(name)
    if user is None:
        raise _missing("User", name)
    return user


def _role(ctx: RequestContext, role_id: str) -> Role:
    role = ctx.state.account.roles.get(role_id)
    if role is None:
        raise _missing("Role", role_id)
    return role


def _now_s(ctx: RequestContext) -> int:
    return int(ctx.services.clock.now())


def _body(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body
    return body if isinstance(body, dict) else {}


def _auth_key_view(state: EmulatorState, key_id: str) -> dict[str, Any]:
    key = state.account.auth_keys[key_id]
    view: dict[str, Any] = {"authKeyId": key.auth_key_id, "createDateTime": key.created_s}
    if key.last_used_s is not None:
        view["lastUsedDateTime"] = key.last_used_s
    return view


def _role_summary(role: Role) -> dict[str, Any]:
    return {
        "roleId": role.role_id,
        "roleName": role.role_id,
        "owner": "operator",
        "description": role.description,
        "createDateTime": role.created_s,
        "updateDateTime": role.updated_s,
    }


def _role_view(role: Role) -> dict[str, Any]:
    return {**_role_summary(role), "permission": role.permission}


def _user_view(state: EmulatorState, user: SamUser) -> dict[str, Any]:
    account = state.account
    keys = [k for k, v in account.auth_keys.items() if v.user_name == user.user_name]
    view: dict[str, Any] = {
        "userName": user.user_name,
        "description": user.description,
        "hasPassword": user.password is not None,
        "authKeyList": [_auth_key_view(state, k) for k in keys],
        "roleList": [_role_summary(account.roles[r]) for r in user.roles if r in account.roles],
        "createDateTime": user.created_s,
        "updateDateTime": user.updated_s,
    }
    if user.permission is not None:
        view["permission"] = user.permission
    return view


def _touch(ctx: RequestContext, user: SamUser) -> None:
    user.updated_s = _now_s(ctx)


@handler("createUser")
def create_user(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    name = str(ctx.params["user_name"])
    users = ctx.state.account.sam_users
    if name in users:
        raise ApiError(400, "SEM0005", resource="User", ident=name)
    now = _now_s(ctx)
    description = str(_body(ctx).get("description") or "")
    users[name] = SamUser(name, None, description=description, created_s=now, updated_s=now)
    return _answer(ctx, _user_view(ctx.state, users[name]))


@handler("getUser")
def get_user(ctx: RequestContext) -> Result:
    return _answer(ctx, _user_view(ctx.state, _user(ctx)))


@handler("listUsers")
def list_users(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    users = ctx.state.account.sam_users.values()
    return _answer(ctx, [_user_view(ctx.state, u) for u in users])


@handler("updateUser")
def update_user(ctx: RequestContext) -> Result:
    user = _user(ctx)
    if "description" in _body(ctx):
        user.description = str(_body(ctx)["description"] or "")
    _touch(ctx, user)
    return _answer(ctx, _user_view(ctx.state, user))


@handler("deleteUser")
def delete_user(ctx: RequestContext) -> Result:
    user = _user(ctx)
    account = ctx.state.account
    del account.sam_users[user.user_name]
    for key_id in [k for k, v in account.auth_keys.items() if v.user_name == user.user_name]:
        del account.auth_keys[key_id]
    ctx.services.tokens.revoke_all(account.operator_id, user_name=user.user_name)
    return _answer(ctx)


# -- passwords ---------------------------------------------------------------------------------


def _password(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ApiError(400, "COM0001", name=name, detail="a non-empty password is required")
    return value


@handler("createUserPassword")
def create_user_password(ctx: RequestContext) -> Result:
    user = _user(ctx)
    if user.password is not None:
        raise ApiError(400, "SEM0005", resource="Password of user", ident=user.user_name)
    user.password = _password(_body(ctx).get("password"), "body.password")
    _touch(ctx, user)
    return _answer(ctx)


@handler("updateUserPassword")
def update_user_password(ctx: RequestContext) -> Result:
    user = _user(ctx)
    body = _body(ctx)
    if user.password is None or body.get("currentPassword") != user.password:
        raise ApiError(
            400, "COM0001", name="body.currentPassword", detail="not the current password"
        )
    user.password = _password(body.get("newPassword"), "body.newPassword")
    _touch(ctx, user)
    return _answer(ctx)


@handler("deleteUserPassword")
def delete_user_password(ctx: RequestContext) -> Result:
    user = _user(ctx)
    if user.password is None:
        raise _missing("Password of user", user.user_name)
    user.password = None
    _touch(ctx, user)
    return _answer(ctx)


@handler("hasUserPassword")
def has_user_password(ctx: RequestContext) -> Result:
    return _answer(ctx, {"hasPassword": _user(ctx).password is not None})


# -- permissions -------------------------------------------------------------------------------


@handler("getUserPermission")
def get_user_permission(ctx: RequestContext) -> Result:
    return _answer(ctx, {"permission": _user(ctx).permission or ""})


@handler("updateUserPermission")
def update_user_permission(ctx: RequestContext) -> Result:
    user = _user(ctx)
    body = _body(ctx)
    permission = body.get("permission")
    parse_permission(permission, name="body.permission")
    user.permission = str(permission)
    if "description" in body:
        user.description = str(body["description"] or "")
    _touch(ctx, user)
    return _answer(ctx)


@handler("deleteUserPermission")
def delete_user_permission(ctx: RequestContext) -> Result:
    user = _user(ctx)
    user.permission = None
    _touch(ctx, user)
    return _answer(ctx)


@handler("getDefaultPermissions")
def get_default_permissions(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    current = ctx.state.account.default_permissions
    if current is None:
        raise _missing("Default permissions", ctx.state.operator_id)
    return _answer(ctx, {"defaultPermissions": current})


@handler("updateDefaultPermissions")
def update_default_permissions(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    permissions = _body(ctx).get("permissions")
    parse_permission(permissions, name="body.permissions")
    ctx.state.account.default_permissions = str(permissions)
    return _answer(ctx)


@handler("deleteDefaultPermissions")
def delete_default_permissions(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    if ctx.state.account.default_permissions is None:
        raise _missing("Default permissions", ctx.state.operator_id)
    ctx.state.account.default_permissions = None
    return _answer(ctx)


# -- a SAM user's auth keys and tokens ---------------------------------------------------------


def _user_key(ctx: RequestContext, user: SamUser) -> str:
    key_id = str(ctx.params["auth_key_id"])
    key = ctx.state.account.auth_keys.get(key_id)
    if key is None or key.user_name != user.user_name:
        raise _missing("AuthKey", key_id)
    return key_id


@handler("listUserAuthKeys")
def list_user_auth_keys(ctx: RequestContext) -> Result:
    user = _user(ctx)
    keys = ctx.state.account.auth_keys
    mine = [k for k, v in keys.items() if v.user_name == user.user_name]
    return _answer(ctx, [_auth_key_view(ctx.state, k) for k in mine])


@handler("generateUserAuthKey")
def generate_user_auth_key(ctx: RequestContext) -> Result:
    user = _user(ctx)
    key = ctx.state.new_auth_key(user.user_name)
    return _answer(ctx, {"authKeyId": key.auth_key_id, "authKey": key.auth_key})


@handler("getUserAuthKey")
def get_user_auth_key(ctx: RequestContext) -> Result:
    user = _user(ctx)
    return _answer(ctx, _auth_key_view(ctx.state, _user_key(ctx, user)))


@handler("deleteUserAuthKey")
def delete_user_auth_key(ctx: RequestContext) -> Result:
    user = _user(ctx)
    del ctx.state.account.auth_keys[_user_key(ctx, user)]
    return _answer(ctx)


@handler("revokeUserAuthTokens")
def revoke_user_auth_tokens(ctx: RequestContext) -> Result:
    user = _user(ctx)
    keep = ctx.principal.api_key if ctx.principal is not None else None
    ctx.services.tokens.revoke_all(ctx.state.operator_id, user_name=user.user_name, keep=keep)
    return _answer(ctx)


# -- roles -------------------------------------------------------------------------------------


@handler("createRole")
def create_role(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    role_id = str(ctx.params["role_id"])
    roles = ctx.state.account.roles
    if role_id in roles:
        raise ApiError(400, "SEM0005", resource="Role", ident=role_id)
    body = _body(ctx)
    permission = body.get("permission")
    parse_permission(permission, name="body.permission")
    now = _now_s(ctx)
    description = str(body.get("description") or "")
    roles[role_id] = Role(role_id, str(permission), description, created_s=now, updated_s=now)
    return _answer(ctx, {"roleId": role_id})


@handler("getRole")
def get_role(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    return _answer(ctx, _role_view(_role(ctx, str(ctx.params["role_id"]))))


@handler("listRoles")
def list_roles(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    return _answer(ctx, [_role_summary(r) for r in ctx.state.account.roles.values()])


@handler("updateRole")
def update_role(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    role = _role(ctx, str(ctx.params["role_id"]))
    body = _body(ctx)
    permission = body.get("permission")
    parse_permission(permission, name="body.permission")
    role.permission = str(permission)
    if "description" in body:
        role.description = str(body["description"] or "")
    role.updated_s = _now_s(ctx)
    return _answer(ctx, _role_view(role))


@handler("deleteRole")
def delete_role(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    role = _role(ctx, str(ctx.params["role_id"]))
    account = ctx.state.account
    del account.roles[role.role_id]
    for user in account.sam_users.values():
        if role.role_id in user.roles:
            user.roles.remove(role.role_id)
    return _answer(ctx)


@handler("listRoleAttachedUsers")
def list_role_attached_users(ctx: RequestContext) -> Result:
    _own_operator(ctx)
    role = _role(ctx, str(ctx.params["role_id"]))
    users = [u for u in ctx.state.account.sam_users.values() if role.role_id in u.roles]
    return _answer(ctx, [_user_view(ctx.state, u) for u in users])


@handler("attachRole")
def attach_role(ctx: RequestContext) -> Result:
    user = _user(ctx)
    role_id = str(_body(ctx).get("roleId") or "")
    if role_id not in ctx.state.account.roles or role_id in user.roles:
        raise ApiError(
            400, "COM0001", name="body.roleId", detail="no such role, or already attached"
        )
    user.roles.append(role_id)
    _touch(ctx, user)
    return _answer(ctx)


@handler("detachRole")
def detach_role(ctx: RequestContext) -> Result:
    user = _user(ctx)
    role_id = str(ctx.params["role_id"])
    if role_id not in user.roles:
        raise _missing("Role of user", role_id)
    user.roles.remove(role_id)
    _touch(ctx, user)
    return _answer(ctx)


@handler("listUserRoles")
def list_user_roles(ctx: RequestContext) -> Result:
    user = _user(ctx)
    roles = ctx.state.account.roles
    return _answer(ctx, [_role_view(roles[r]) for r in user.roles if r in roles])


# -- a SAM user's MFA and trust policy ---------------------------------------------------------


@handler("getUserMFAStatus")
def get_user_mfa_status(ctx: RequestContext) -> Result:
    return _answer(ctx, {"status": _user(ctx).mfa})


@handler("enableUserMFA")
def enable_user_mfa(ctx: RequestContext) -> Result:
    """MFA waits for its first code (`verifyUserMFA`) before it is ACTIVE."""
    user = _user(ctx)
    if user.mfa == "ACTIVE":
        raise ApiError(400, "COM0001", name="user_name", detail="MFA is already enabled")
    user.mfa = "UNCONFIRMED"
    secret = base64.b32encode(os.urandom(20)).decode("ascii").rstrip("=")
    uri = f"otpauth://totp/SORACOM:{user.user_name}?secret={secret}&issuer=SORACOM"
    return _answer(ctx, {"totpUri": uri})


@handler("verifyUserMFA")
def verify_user_mfa(ctx: RequestContext) -> Result:
    """Any code confirms MFA (the emulator keeps no TOTP secret to check it against)."""
    user = _user(ctx)
    if user.mfa != "UNCONFIRMED":
        raise ApiError(400, "COM0001", name="user_name", detail="MFA is not being enabled")
    if not str(_body(ctx).get("mfaOTPCode") or ""):
        raise ApiError(400, "COM0001", name="body.mfaOTPCode", detail="a code is required")
    user.mfa = "ACTIVE"
    return _answer(ctx)


@handler("revokeUserMFA")
def revoke_user_mfa(ctx: RequestContext) -> Result:
    _user(ctx).mfa = "INACTIVE"
    return _answer(ctx)


@handler("getUserTrustPolicy")
def get_user_trust_policy(ctx: RequestContext) -> Result:
    policy = _user(ctx).trust_policy
    return _answer(ctx, {} if policy is None else {"trustPolicy": policy})


@handler("updateUserTrustPolicy")
def update_user_trust_policy(ctx: RequestContext) -> Result:
    user = _user(ctx)
    policy = _body(ctx).get("trustPolicy")
    parse_permission(policy, name="body.trustPolicy", needs_api=False)
    user.trust_policy = str(policy)
    return _answer(ctx)


@handler("deleteUserTrustPolicy")
def delete_user_trust_policy(ctx: RequestContext) -> Result:
    _user(ctx).trust_policy = None
    return _answer(ctx)
