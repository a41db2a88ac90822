"""Credentials and the token session that keeps them valid.

A session turns credentials into an API key + token pair (`POST /auth`) and keeps it fresh:
- proactively, inside an advisory window before expiry (from the JWT's `exp`, else the
  requested TTL), so a long-running bot never sends an expired token;
- single-flight: however many callers need a new token at once, exactly one `/auth` is made;
  inside the advisory window, callers that find a refresh already running keep using the
  still-valid token instead of waiting for it;
- on a 401 for a token the server revoked or expired early, the pipeline asks the session to
  forget that token and replays the request once.
Secrets live in memory only and never appear in a repr, log line or error message.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio
import attrs

from .errors import AuthenticationError

logger = logging.getLogger("soracom_async.auth")

API_KEY_HEADER = "X-Soracom-API-Key"
TOKEN_HEADER = "X-Soracom-Token"  # noqa: S105 (a header name)
MIN_TOKEN_TIMEOUT = 180
MAX_TOKEN_TIMEOUT = 172_800
DEFAULT_TOKEN_TIMEOUT = 86_400


@attrs.frozen
class EmailCredentials:
    """The root user of an operator: email address and password."""

    email: str
    password: str = attrs.field(repr=False)

    def auth_body(self) -> dict[str, Any]:
        return {"email": self.email, "password": self.password}


@attrs.frozen
class AuthKeyCredentials:
    """An AuthKey (of the root user or a SAM user): the recommended credentials for programs."""

    auth_key_id: str
    auth_key: str = attrs.field(repr=False)

    def auth_body(self) -> dict[str, Any]:
        return {"authKeyId": self.auth_key_id, "authKey": self.auth_key}


@attrs.frozen
class SamUserCredentials:
    """A SAM user: operator ID, user name and password (and a one-time code if MFA is on)."""

    operator_id: str
    user_name: str
    password: str = attrs.field(repr=False)
    mfa_otp_code: str | None = attrs.field(default=None, repr=False)

    def auth_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "operatorId": self.operator_id,
            "userName": self.user_name,
            "password": self.password,
        }
        if self.mfa_otp_code:
            body["mfaOTPCode"] = self.mfa_otp_code
        return body


@attrs.frozen
class TokenCredentials:
    """A pre-issued API key and token. They cannot be renewed: once expired, calls raise
    `AuthenticationError`."""

    api_key: str = attrs.field(repr=False)
    token: str = attrs.field(repr=False)


Credentials = EmailCredentials | AuthKeyCredentials | SamUserCredentials | TokenCredentials


def validate_token_timeout(seconds: int) -> int:
    """The token TTL the API accepts (180..172800 s), checked before anything is sent."""
    if isinstance(seconds, bool) or not isinstance(seconds, int):
        raise TypeError(f"token_timeout must be an int number of seconds, got {seconds!r}")
    if not MIN_TOKEN_TIMEOUT <= seconds <= MAX_TOKEN_TIMEOUT:
        raise ValueError(
            f"token_timeout must be between {MIN_TOKEN_TIMEOUT} and {MAX_TOKEN_TIMEOUT} "
            f"seconds, got {seconds}"
        )
    return seconds


def decode_jwt_payload(token: str) -> dict[str, Any] | None:
    """The claims of a JWT, or None if it is not one.

    The signature is not verified, on purpose: the token came straight from the API over TLS
    and is only read for scheduling hints (`exp`) and for `coverage_types`. Nothing here grants
    access on the strength of a claim; the API checks the token on every call.
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error):
        return None
    return claims if isinstance(claims, dict) else None


@attrs.frozen
class _Token:
    api_key: str = attrs.field(repr=False)
    token: str = attrs.field(repr=False)
    operator_id: str | None
    expires_at: float | None
    """Unix time, from the JWT `exp` or the requested TTL; None when unknown."""
    coverage_types: tuple[str, ...] | None

    @property
    def headers(self) -> dict[str, str]:
        return {API_KEY_HEADER: self.api_key, TOKEN_HEADER: self.token}

    @classmethod
    def issued(
        cls, api_key: str, token: str, operator_id: str | None, *, ttl: float | None, now: float
    ) -> _Token:
        claims = decode_jwt_payload(token) or {}
        exp = claims.get("exp")
        expires_at: float | None = float(exp) if isinstance(exp, (int, float)) else None
        if expires_at is None and ttl is not None:
            expires_at = now + ttl
        operator = claims.get("operator")
        coverage = operator.get("coverageTypes") if isinstance(operator, dict) else None
        return cls(
            api_key,
            token,
            operator_id,
            expires_at,
            tuple(coverage) if isinstance(coverage, list) else None,
        )


Authenticate = Callable[[dict[str, Any]], Awaitable[tuple[str, str, str | None]]]
"""Calls `/auth` with a request body; returns (api_key, token, operator_id)."""


class AuthSession:
    """Keeps a valid token for the pipeline. One per client."""

    def __init__(
        self,
        credentials: Credentials,
        authenticate: Authenticate,
        *,
        token_timeout: int = DEFAULT_TOKEN_TIMEOUT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._credentials = credentials
        self._authenticate = authenticate
        self._token_timeout = validate_token_timeout(token_timeout)
        self._clock = clock
        self._lock: anyio.Lock | None = None
        self._token: _Token | None = None
        self.auth_calls = 0
        if isinstance(credentials, TokenCredentials):
            self._token = _Token.issued(
                credentials.api_key, credentials.token, None, ttl=None, now=clock()
            )

    def __repr__(self) -> str:
        kind = type(self._credentials).__name__
        return f"<AuthSession {kind} token={'yes' if self._token else 'no'}>"

    @property
    def renewable(self) -> bool:
        return not isinstance(self._credentials, TokenCredentials)

    @property
    def coverage_types(self) -> tuple[str, ...] | None:
        return self._token.coverage_types if self._token else None

    @property
    def operator_id(self) -> str | None:
        return self._token.operator_id if self._token else None

    @property
    def current_headers(self) -> dict[str, str] | None:
        return self._token.headers if self._token else None

    def _windows(self, token: _Token) -> tuple[float, float]:
        """(advisory, mandatory) refresh times: refresh early, and must before expiry."""
        assert token.expires_at is not None
        ttl = self._token_timeout
        advisory = min(300.0, ttl * 0.2)
        mandatory = min(60.0, ttl * 0.1)
        return token.expires_at - advisory, token.expires_at - mandatory

    async def headers(self) -> Mapping[str, str]:
        token = self._token
        if token is not None:
            if token.expires_at is None or not self.renewable:
                return token.headers
            advisory, mandatory = self._windows(token)
            now = self._clock()
            if now < advisory:
                return token.headers
            if now < mandatory and self._lock is not None and self._lock.locked():
                return token.headers  # a refresh is under way; this token is still good
        return (await self._refresh(token)).headers

    async def _refresh(self, seen: _Token | None) -> _Token:
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            current = self._token
            if current is not None and current is not seen:
                return current  # someone else refreshed while we waited
            try:
                self._token = await self._login()
            except Exception:
                if current is not None and current.expires_at is not None:
                    _, mandatory = self._windows(current)
                    if self._clock() < mandatory:
                        logger.warning("advisory token refresh failed; keeping the current token")
                        return current
                raise
            return self._token

    async def _login(self) -> _Token:
        credentials = self._credentials
        if isinstance(credentials, TokenCredentials):
            raise AuthenticationError(
                401,
                message="the pre-issued token expired or was revoked and cannot be renewed",
            )
        body = credentials.auth_body()
        body["tokenTimeoutSeconds"] = self._token_timeout
        self.auth_calls += 1
        logger.debug("authenticating with %s", type(credentials).__name__)
        api_key, token, operator_id = await self._authenticate(body)
        return _Token.issued(
            api_key, token, operator_id, ttl=self._token_timeout, now=self._clock()
        )

    async def invalidate(self, rejected: Mapping[str, str]) -> bool:
        """The API refused `rejected` with 401: drop it. True if a fresh token may help."""
        if not self.renewable:
            return False
        current = self._token
        if current is not None and current.token == rejected.get(TOKEN_HEADER):
            self._token = None  # the next headers() call renews it, single-flight
        return True
