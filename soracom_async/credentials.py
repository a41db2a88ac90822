"""Credentials: what a client signs in with, as immutable values that never show a secret.

Five kinds, as the API and soracom-cli know them: an AuthKey (the one for programs), the root
user's email and password, a SAM user's name and password, a switch to another SAM user from
any of those (`/auth/switch_user`), and a pre-issued API key + token pair. A
`CredentialSource` resolves credentials when a token is needed (a soracom-cli `profileCommand`).

Secrets are excluded from every `repr`, and the validators never echo a value. Turning
credentials into tokens (and keeping them fresh) is the session's job: auth.py.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import attrs

from .errors import ConfigurationError

__all__ = [
    "AuthKeyCredentials",
    "CredentialSource",
    "Credentials",
    "EmailCredentials",
    "LoginCredentials",
    "SamUserCredentials",
    "SwitchUserCredentials",
    "TokenCredentials",
    "credentials_kind",
]


def _required_str(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    # Our own validator: attrs' instance_of() would put the (possibly secret) value in the error.
    if not isinstance(value, str) or not value:
        raise ConfigurationError(
            f"{type(instance).__name__}.{attribute.name} must be a non-empty string"
        )


def _optional_str(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None:
        _required_str(instance, attribute, value)  # type: ignore[arg-type]


@attrs.frozen
class EmailCredentials:
    """The root user of an operator: email address and password (and a one-time code if the
    root user has MFA enabled; the code is sent on every token request, so MFA sessions cannot
    be renewed unattended: use an AuthKey for programs)."""

    email: str = attrs.field(validator=_required_str)
    password: str = attrs.field(validator=_required_str, repr=False)
    mfa_otp_code: str | None = attrs.field(default=None, validator=_optional_str, repr=False)

    def auth_request_body(self) -> dict[str, Any]:
        body = {"email": self.email, "password": self.password}
        if self.mfa_otp_code:
            body["mfaOTPCode"] = self.mfa_otp_code
        return body


@attrs.frozen
class AuthKeyCredentials:
    """An AuthKey (of the root user or a SAM user): the recommended credentials for programs."""

    auth_key_id: str = attrs.field(validator=_required_str)
    auth_key: str = attrs.field(validator=_required_str, repr=False)

    def auth_request_body(self) -> dict[str, Any]:
        return {"authKeyId": self.auth_key_id, "authKey": self.auth_key}


@attrs.frozen
class SamUserCredentials:
    """A SAM user: operator ID, user name and password (and a one-time code if MFA is on; see
    `EmailCredentials` about MFA and renewal)."""

    operator_id: str = attrs.field(validator=_required_str)
    user_name: str = attrs.field(validator=_required_str)
    password: str = attrs.field(validator=_required_str, repr=False)
    mfa_otp_code: str | None = attrs.field(default=None, validator=_optional_str, repr=False)

    def auth_request_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "operatorId": self.operator_id,
            "userName": self.user_name,
            "password": self.password,
        }
        if self.mfa_otp_code:
            body["mfaOTPCode"] = self.mfa_otp_code
        return body


LoginCredentials = EmailCredentials | AuthKeyCredentials | SamUserCredentials
"""Credentials that `/auth` accepts directly."""


def _login_credentials(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, (EmailCredentials, AuthKeyCredentials, SamUserCredentials)):
        raise ConfigurationError(
            "SwitchUserCredentials.source must be EmailCredentials, AuthKeyCredentials or "
            f"SamUserCredentials, got {type(value).__name__}"
        )


@attrs.frozen
class SwitchUserCredentials:
    """Sign in with `source`, then switch to the SAM user `user_name` of `operator_id`
    (`/auth/switch_user`), as a soracom-cli profile with `sourceProfile` does.

    The target user's trust policy must allow the source user. Switched tokens live at most one
    hour (`token_timeout` is capped to 3600); the source token is requested with the minimum
    TTL (180 s) and used for the switch only.
    """

    source: LoginCredentials = attrs.field(validator=_login_credentials)
    operator_id: str = attrs.field(validator=_required_str)
    user_name: str = attrs.field(validator=_required_str)


@attrs.frozen
class TokenCredentials:
    """A pre-issued API key and token. They cannot be renewed: once the API rejects them
    (expired or revoked), calls raise `AuthenticationError`."""

    api_key: str = attrs.field(validator=_required_str, repr=False)
    token: str = attrs.field(validator=_required_str, repr=False)


Credentials = (
    EmailCredentials
    | AuthKeyCredentials
    | SamUserCredentials
    | SwitchUserCredentials
    | TokenCredentials
)


@runtime_checkable
class CredentialSource(Protocol):
    """Credentials obtained when they are needed, e.g. from a soracom-cli `profileCommand`.

    `resolve()` is awaited before every token request, so rotated secrets and fresh one-time
    codes are picked up. Its errors propagate to the callers waiting for the token.
    """

    async def resolve(self) -> Credentials: ...


def credentials_kind(credentials: Credentials | CredentialSource | None) -> str:
    """A loggable description of credentials: their type, never their values."""
    return type(credentials).__name__ if credentials is not None else "no credentials"
