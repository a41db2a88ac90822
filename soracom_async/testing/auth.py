"""API keys and tokens: HS256 JWTs built with the standard library, and their lifecycle.

A token's payload carries `iat`, `exp` (by the emulator clock) and
`operator: {"operatorId", "coverageTypes"}` as the usage guide describes, plus `userName` for
SAM users. The store maps each API key to its token; a pair is valid until it expires, is
revoked by `/auth/logout`, or is revoked in bulk (`revokeOperatorAuthTokens`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .clock import Clock
from .errors import ApiError

TOKEN_TTL_MIN = 180
TOKEN_TTL_MAX = 172_800
TOKEN_TTL_DEFAULT = 86_400
ISSUER = "soracom-async-emulator"


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_jwt(payload: dict[str, Any], secret: bytes) -> str:
    """An HS256 JWT for `payload`."""
    header = _b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64encode(json.dumps(payload, separators=(",", ":")).encode())
    signing_input = f"{header}.{body}".encode("ascii")
    signature = _b64encode(hmac.new(secret, signing_input, hashlib.sha256).digest())
    return f"{header}.{body}.{signature}"


def decode_jwt(token: str, secret: bytes | None = None) -> dict[str, Any]:
    """The payload of `token`; verifies the HS256 signature when `secret` is given."""
    try:
        header, body, signature = token.split(".")
        if secret is not None:
            expected = hmac.new(secret, f"{header}.{body}".encode("ascii"), hashlib.sha256)
            if not hmac.compare_digest(_b64encode(expected.digest()), signature):
                raise ValueError("bad signature")
        payload: dict[str, Any] = json.loads(_b64decode(body))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"not a valid emulator token: {exc}") from None
    return payload


def check_ttl(ttl: object) -> int:
    """`tokenTimeoutSeconds` as an int in 180..172800, else an ApiError 400."""
    if ttl is None:
        return TOKEN_TTL_DEFAULT
    if (
        not isinstance(ttl, int)
        or isinstance(ttl, bool)
        or not (TOKEN_TTL_MIN <= ttl <= TOKEN_TTL_MAX)
    ):
        raise ApiError(400, "AUM0006", low=TOKEN_TTL_MIN, high=TOKEN_TTL_MAX)
    return ttl


@dataclass
class TokenRecord:
    api_key: str = field(repr=False)
    token: str = field(repr=False)
    operator_id: str
    user_name: str | None
    issued_at: float
    expires_at: float
    revoked: bool = False


class TokenStore:
    """Issues, verifies and revokes API key/token pairs. Thread-safe."""

    def __init__(
        self, *, secret: bytes, clock: Clock, seed: int, coverage_types: Sequence[str]
    ) -> None:
        self.secret = secret
        self._clock = clock
        self._rng = random.Random(f"tokens:{seed}")  # noqa: S311 - emulator IDs, not secrets
        self._coverage_types = list(coverage_types)
        self._by_api_key: dict[str, TokenRecord] = {}
        self._lock = threading.Lock()
        self.issued = 0

    def _new_api_key(self) -> str:
        h = f"{self._rng.getrandbits(128):032x}"
        return f"api-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def _token(self, api_key: str, operator_id: str, user_name: str | None, ttl: int) -> str:
        now = self._clock.now()
        payload: dict[str, Any] = {
            "iss": ISSUER,
            "jti": f"{self._rng.getrandbits(64):016x}",
            "iat": int(now),
            "exp": int(now + ttl),
            "sub": user_name or operator_id,
            "apiKey": api_key,
            "operator": {"operatorId": operator_id, "coverageTypes": self._coverage_types},
        }
        if user_name is not None:
            payload["userName"] = user_name
        return encode_jwt(payload, self.secret)

    def issue(self, operator_id: str, user_name: str | None, ttl: int) -> TokenRecord:
        with self._lock:
            api_key = self._new_api_key()
            now = self._clock.now()
            record = TokenRecord(
                api_key=api_key,
                token=self._token(api_key, operator_id, user_name, ttl),
                operator_id=operator_id,
                user_name=user_name,
                issued_at=now,
                expires_at=now + ttl,
            )
            self._by_api_key[api_key] = record
            self.issued += 1
            return record

    def renew(self, record: TokenRecord, ttl: int) -> TokenRecord:
        """A new token for the same API key (`generateAuthToken`)."""
        with self._lock:
            now = self._clock.now()
            record.token = self._token(record.api_key, record.operator_id, record.user_name, ttl)
            record.issued_at = now
            record.expires_at = now + ttl
            return record

    def verify(self, api_key: str | None, token: str | None) -> TokenRecord:
        """The record of a valid pair, else ApiError 401."""
        if not api_key or not token:
            raise ApiError(401, "AUM0001")
        record = self._by_api_key.get(api_key)
        if record is None or not hmac.compare_digest(record.token, token):
            raise ApiError(401, "AUM0002")
        if record.revoked:
            raise ApiError(401, "AUM0004")
        if self._clock.now() >= record.expires_at:
            raise ApiError(401, "AUM0003")
        return record

    def revoke(self, api_key: str) -> bool:
        with self._lock:
            record = self._by_api_key.get(api_key)
            if record is None or record.revoked:
                return False
            record.revoked = True
            return True

    def revoke_all(
        self, operator_id: str, *, user_name: str | None = None, keep: str | None = None
    ) -> int:
        """Revoke every pair of the operator (or of one SAM user), except the API key `keep`."""
        count = 0
        with self._lock:
            for record in self._by_api_key.values():
                if record.operator_id != operator_id or record.api_key == keep or record.revoked:
                    continue
                if user_name is not None and record.user_name != user_name:
                    continue
                record.revoked = True
                count += 1
        return count

    def active_count(self) -> int:
        now = self._clock.now()
        with self._lock:
            return sum(1 for r in self._by_api_key.values() if not r.revoked and now < r.expires_at)
