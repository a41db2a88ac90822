"""The API Sandbox: `client.sandbox.<operation>` and `SoracomClient.sandbox_session(...)`.

Soracom's API Sandbox (`https://api-sandbox.soracom.io/v1`, `https://g.api-sandbox.soracom.io/v1`)
serves the whole API for throwaway operators, plus eight operations of its own (a separate
vendor document, generated into `soracom_async._generated_sandbox`): creating an operator,
fake subscribers, Air/Beam stats, shipping an order, a coupon, a signup token, deleting the
operator. They are `client.sandbox.initialize_operator(...)`, ... (the operationId without its
`sandbox` prefix), typed like every other operation.

They are sent only to a sandbox-capable endpoint (`endpoints.is_sandbox_endpoint`: the sandbox
hosts, or loopback, where the emulator listens); elsewhere every call raises
`ConfigurationError` before anything is sent: on production they would touch a real account.

`sandbox_session()` is the one-call setup for tests and demos: it creates a sandbox operator
with `/sandbox/init` (the sandbox demands a production AuthKey for that, taken from the
arguments or the usual credential resolution), authenticates as it (its email and password,
through `/auth` like any operator: tokens are renewed), and deletes it on exit unless
`keep=True`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, NoReturn, Protocol, TypeVar

import anyio

from .credentials import AuthKeyCredentials, EmailCredentials
from .endpoints import ENV_ENDPOINT, is_sandbox_endpoint, select_base_url
from .errors import ConfigurationError, SoracomError
from .operation import Declaration, TagApi
from .profiles import resolve as resolve_credentials

if TYPE_CHECKING:
    from ._generated_sandbox.facade.sandbox import SandboxApi
    from .pipeline import Pipeline

__all__ = ["DELETE_TIMEOUT", "SandboxFacade", "open_session"]

logger = logging.getLogger("soracom_async.sandbox")

DELETE_TIMEOUT = 30.0
"""Seconds the session's exit gives `deleteOperator` (shielded from cancellation)."""


class SandboxClient(Protocol):
    """What a session needs of its client (SoracomClient, without importing it here)."""

    @property
    def sandbox(self) -> SandboxApi: ...

    async def aclose(self) -> None: ...


C = TypeVar("C", bound=SandboxClient)


class _Refusing:
    """Stands in for the pipeline of a sandbox facade on a non-sandbox endpoint: every way an
    operation sends (`send`, `call`, `stream_opener`) raises before any I/O."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise ConfigurationError(
            f"client.sandbox operations are sent only to an API sandbox (or a local "
            f"emulator), not to {self.base_url}: use SoracomClient(sandbox=True) or "
            f"SoracomClient.sandbox_session(...); nothing was sent"
        )

    send = call = stream_opener = _refuse


class SandboxFacade(TagApi):
    """Base of the generated `client.sandbox` facade: the operations of several tags (each
    keeps its own rate-limit group), refused on a non-sandbox endpoint."""

    groups: ClassVar[frozenset[str]] = frozenset()
    """The tags (rate-limit groups) its operations may be in."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # One namespace, several groups: TagApi's one-group rule is replaced by this one.
        super(TagApi, cls).__init_subclass__(**kwargs)
        for name, member in vars(cls).items():
            if isinstance(member, Declaration) and member.group not in cls.groups:
                raise TypeError(
                    f"{cls.__name__}.{name}: {member.label} is in group"
                    f" {member.group!r}, not one of {sorted(cls.groups)}"
                )

    def __init__(self, pipeline: Pipeline) -> None:
        base_url = getattr(pipeline, "base_url", None)
        if isinstance(base_url, str) and not is_sandbox_endpoint(base_url):
            pipeline = _Refusing(base_url)  # type: ignore[assignment]
        super().__init__(pipeline)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} groups={sorted(self.groups)}>"


def _production_key(
    credentials: AuthKeyCredentials | None, profile: str | None
) -> AuthKeyCredentials:
    if credentials is not None:
        if not isinstance(credentials, AuthKeyCredentials):
            raise TypeError(
                "sandbox_session(credentials=...) takes the production AuthKeyCredentials the "
                f"sandbox demands, got {type(credentials).__name__}"
            )
        return credentials
    found = resolve_credentials(None, profile).credentials
    if not isinstance(found, AuthKeyCredentials):
        raise ConfigurationError(
            "the API sandbox demands a production AuthKey to create an operator: pass "
            "sandbox_session(credentials=AuthKeyCredentials(...)), or set SORACOM_AUTH_KEY_ID "
            "and SORACOM_AUTH_KEY, or use a profile holding an authKeyId and authKey (found: "
            f"{type(found).__name__ if found is not None else 'no credentials'})"
        )
    return found


def _sandbox_url(base_url: str | None, coverage: Literal["jp", "g"]) -> str:
    env = os.environ.get(ENV_ENDPOINT)
    url = select_base_url(env_endpoint=env, base_url=base_url, coverage=coverage, sandbox=True).url
    if not is_sandbox_endpoint(url):
        raise ConfigurationError(
            f"sandbox_session() needs an API sandbox (or a local emulator) endpoint, got {url}"
        )
    return url


@contextlib.asynccontextmanager
async def open_session(
    client_type: Callable[..., C],
    *,
    coverage: Literal["jp", "g"],
    base_url: str | None,
    credentials: AuthKeyCredentials | None,
    profile: str | None,
    email: str | None,
    password: str | None,
    keep: bool,
    client_options: Mapping[str, Any],
) -> AsyncIterator[C]:
    """`SoracomClient.sandbox_session`'s body (see there)."""
    production = _production_key(credentials, profile)
    url = _sandbox_url(base_url, coverage)
    email = email or f"soracom-async+{secrets.token_hex(8)}@example.com"
    password = password or f"Sa1-{secrets.token_urlsafe(18)}"
    client = client_type(
        credentials=EmailCredentials(email=email, password=password),
        base_url=url,
        **client_options,
    )
    try:
        operator_id = await _create(client, production, email, password, coverage)
        logger.info("sandbox operator %s created at %s", operator_id, url)
        try:
            yield client
        finally:
            if keep:
                logger.info("sandbox operator %s kept (keep=True)", operator_id)
            else:
                await _delete(client, operator_id)
    finally:
        await client.aclose()


async def _create(
    client: SandboxClient,
    production: AuthKeyCredentials,
    email: str,
    password: str,
    coverage: str,
) -> str:
    """/sandbox/init; the new operator's ID. The body (it holds secrets) is cleared after."""
    body: dict[str, Any] = {
        "email": email,
        "password": password,
        "authKeyId": production.auth_key_id,
        "authKey": production.auth_key,
        "coverageTypes": [coverage],
    }
    try:
        created = await client.sandbox.initialize_operator(body=body)
    finally:
        body.clear()  # the secrets leave this frame (reporters capture locals)
    operator_id = created.operator_id
    if not isinstance(operator_id, str) or not operator_id:
        raise ConfigurationError("the sandbox created an operator without an operatorId")
    return operator_id


async def _delete(client: SandboxClient, operator_id: str) -> None:
    """deleteOperator, shielded and time-boxed; a failure is logged, never raised over the
    block's own outcome."""
    with anyio.CancelScope(shield=True) as scope:
        scope.deadline = anyio.current_time() + DELETE_TIMEOUT
        try:
            await client.sandbox.delete_operator(operator_id=operator_id)
        except SoracomError as exc:
            logger.warning(
                "could not delete sandbox operator %s (%s)", operator_id, type(exc).__name__
            )
            return
    if scope.cancelled_caught:
        logger.warning("could not delete sandbox operator %s (timed out)", operator_id)
    else:
        logger.info("sandbox operator %s deleted", operator_id)
