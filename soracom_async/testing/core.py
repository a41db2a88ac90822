"""The request pipeline, independent of HTTP: rate limit, auth, validation, handler, counters.

`EmulatorCore.handle` turns one routed request into an `Answer`. The HTTP layer (`app.py`)
does routing, fault injection (latency, 5xx, drops, malformed bodies) and transport.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .audit import record as record_audit
from .auth import TokenRecord, TokenStore
from .batch import run_due as run_due_batch_tasks  # (importing it registers its handlers)
from .clock import Clock
from .context import RequestContext, Result, Services
from .counters import Counters
from .errors import ApiError, error_body
from .families import catalogue
from .faults import FaultInjector, Faults
from .handlers import HANDLERS, Handler
from .jobs import REGISTERED as _JOB_HANDLERS  # noqa: F401 (registers them)
from .nulls import DEFAULT_NULL_SHARE, NullSprinkler, check_share, documented_nulls
from .orders import REGISTERED as _ORDER_HANDLERS  # noqa: F401 (registers them and the stats)
from .pagination import DEFAULT_PAGE_SIZE
from .ratelimit import (
    DEFAULT_LIMIT,
    DEFAULT_WINDOW_SECONDS,
    RateLimiter,
    RateLimitPolicy,
)
from .resources import FamilyService
from .responses import SyntheticResponses, synthesized
from .sam import check_permission
from .sandbox import REGISTERED as _SANDBOX_HANDLERS  # noqa: F401 (registers them)
from .spec import Operation, Spec, get_spec
from .state import EmulatorState, Operators
from .storage import Presigner, RequestLog, StorageApp
from .validation import parse_body, validate_params

logger = logging.getLogger("soracom_async.testing")

JSON_TYPE = "application/json"


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything an emulator is built from (see `SoracomEmulator` for the meaning)."""

    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 0
    sim_count: int = 1000
    group_count: int = 3
    coverage_types: tuple[str, ...] = ("jp", "g")
    rate_limit: int = DEFAULT_LIMIT
    rate_limit_window: float = DEFAULT_WINDOW_SECONDS
    rate_limits: Mapping[str, int] = field(default_factory=dict)
    page_size: int = DEFAULT_PAGE_SIZE
    synthetic_list_size: int = 25
    null_share: float = DEFAULT_NULL_SHARE
    faults: Faults = field(default_factory=Faults)
    operators: int = 1

    def __post_init__(self) -> None:
        if self.operators < 1:
            raise ValueError("operators must be >= 1")
        if self.sim_count < 0 or self.group_count < 0:
            raise ValueError("sim_count and group_count must be >= 0")
        if not 0 <= self.port <= 65535:
            raise ValueError("port must be in 0..65535")
        if not self.coverage_types or set(self.coverage_types) - {"jp", "g"}:
            raise ValueError("coverage_types must be a non-empty subset of ('jp', 'g')")
        if self.page_size < 1 or self.synthetic_list_size < 0:
            raise ValueError("page_size must be >= 1 and synthetic_list_size >= 0")
        check_share(self.null_share)


@dataclass
class Answer:
    status: int
    body: bytes
    headers: list[tuple[str, str]]
    content_type: str | None


class EmulatorCore:
    """All state and policy of one emulator instance."""

    def __init__(self, config: EmulatorConfig, spec: Spec | None = None) -> None:
        self.config = config
        self.spec = spec or get_spec()
        self.clock = Clock()
        self.operators = Operators(seed=config.seed, make=self._new_operator)
        """Every operator (state.py); the first, `state`, is the one the emulator's
        credential attributes name."""
        for _ in range(config.operators - 1):
            self.operators.add()
        secret = hashlib.sha256(f"soracom-emulator-jwt:{config.seed}".encode()).digest()
        self.tokens = TokenStore(
            secret=secret, clock=self.clock, seed=config.seed, coverage_types=config.coverage_types
        )
        self.ratelimiter = RateLimiter(
            self.clock,
            default=RateLimitPolicy(config.rate_limit, config.rate_limit_window),
            groups={
                g: RateLimitPolicy(n, config.rate_limit_window)
                for g, n in config.rate_limits.items()
            },
        )
        self.faults = FaultInjector(seed=config.seed)
        if config.faults.active:
            self.faults.configure(config.faults)
        self.counters = Counters()
        self.storage_log = RequestLog()
        self.presigner = Presigner(
            secret=hashlib.sha256(f"soracom-emulator-storage:{config.seed}".encode()).digest(),
            clock=self.clock,
        )
        self.storage_app = StorageApp(
            presigner=self.presigner, log=self.storage_log, operators=self.operators.get
        )
        self._answers: dict[str, tuple[SyntheticResponses, FamilyService]] = {}
        self.responses, self.families = self._answers_for(self.state)
        """The primary operator's synthesized answers and derived resource families
        (families.py, resources.py); each other operator gets its own (`_answers_for`)."""
        self.services = Services(
            state=self.state,
            clock=self.clock,
            tokens=self.tokens,
            responses=self.responses,
            presigner=self.presigner,
            page_size=config.page_size,
            operators=self.operators,
        )
        """What handlers get (context.py); the server sets `services.storage_url` once bound.
        Each request gets a copy whose `state` is its caller's operator (`services_for`)."""

    @property
    def state(self) -> EmulatorState:
        """The primary operator's state."""
        return self.operators.primary

    def _new_operator(self, seed: int, lock: threading.RLock, fleet: bool) -> EmulatorState:
        config = self.config
        return EmulatorState(
            seed=seed,
            clock=self.clock,
            sim_count=config.sim_count if fleet else 0,
            group_count=config.group_count if fleet else 0,
            coverage_types=config.coverage_types,
            null_share=config.null_share,
            list_size=config.synthetic_list_size,
            lock=lock,
        )

    def _answers_for(self, state: EmulatorState) -> tuple[SyntheticResponses, FamilyService]:
        """The synthesized answers and the family service of one operator: what they make up
        carries that operator's ID (built on its first request)."""
        found = self._answers.get(state.operator_id)
        if found is None:
            config = self.config
            hints = {"operatorId": state.operator_id}
            nulls = documented_nulls(self.spec)
            found = (
                SyntheticResponses(
                    hints=hints,
                    list_size=config.synthetic_list_size,
                    null_share=config.null_share,
                    documented_nulls=nulls,
                ),
                FamilyService(
                    catalogue(self.spec),
                    hints=hints,
                    nulls=NullSprinkler(config.null_share, nulls),
                ),
            )
            found = self._answers.setdefault(state.operator_id, found)
        return found

    def services_for(self, state: EmulatorState) -> Services:
        """The services of a request whose caller is `state`'s operator."""
        if state is self.services.state:
            return self.services
        return dataclasses.replace(
            self.services, state=state, responses=self._answers_for(state)[0]
        )

    def caller_state(self, principal: TokenRecord | None) -> EmulatorState:
        """The operator a request acts on: its token's, else (no token) the primary one."""
        if principal is None:
            return self.operators.primary
        state = self.operators.get(principal.operator_id)
        if state is None:  # pragma: no cover - tokens are only issued to known operators
            raise ApiError(401, "AUM0002")
        return state

    # -- pipeline --------------------------------------------------------------------------------

    def error(
        self, exc: ApiError, lang: str, headers: list[tuple[str, str]] | None = None
    ) -> Answer:
        return Answer(exc.status, error_body(exc.code, exc.params, lang), headers or [], JSON_TYPE)

    def handle(
        self,
        op: Operation,
        path_values: dict[str, str],
        *,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        client_ip: str,
    ) -> Answer:
        lang = "ja" if headers.get("x-soracom-lang", "").lower().startswith("ja") else "en"
        rl_headers: list[tuple[str, str]] = []
        principal: TokenRecord | None = None
        audited: EmulatorState | None = None  # whose API audit log records this call
        try:
            if op.ip_limited:
                decision = self.ratelimiter.hit(op.group, f"ip:{client_ip}")
                rl_headers = decision.headers()
                if not decision.allowed:
                    raise ApiError(429, "COM0008", group=op.group)
            if op.auth_required:
                try:
                    principal = self.tokens.verify(
                        headers.get("x-soracom-api-key"), headers.get("x-soracom-token")
                    )
                except ApiError:
                    rl_headers = self.ratelimiter.hit(
                        op.group, "anonymous", consume=False
                    ).headers()
                    raise
            state = self.caller_state(principal)
            if principal is not None:
                audited = state
            if not op.ip_limited:
                decision = self.ratelimiter.hit(op.group, f"op:{state.operator_id}")
                rl_headers = decision.headers()
                if not decision.allowed:
                    raise ApiError(429, "COM0008", group=op.group)
            if principal is not None and principal.user_name is not None:
                check_permission(state, principal.user_name, op, path_values)
            query_map: dict[str, list[str]] = {}
            for key, value in query:
                query_map.setdefault(key, []).append(value)
            params = validate_params(op, path_values, query_map, dict(headers))
            parsed = parse_body(op, headers.get("content-type", ""), body)
            ctx = RequestContext(
                services=self.services_for(state),
                op=op,
                params=params,
                body=parsed,
                path=path,
                query=query,
                principal=principal,
                client_ip=client_ip,
                host=headers.get("host", f"{self.config.host}:{self.config.port}"),
                raw_body=body,
            )
            fn = HANDLERS.get(op.operation_id) or self._fallback(op.operation_id, state)
            with state.lock:
                run_due_batch_tasks(ctx)
                result = fn(ctx)
                encoded = _encode(result)
            if op.is_write and 200 <= result.status < 300:
                self.counters.apply(op.operation_id)
            answer = Answer(
                result.status, encoded, rl_headers + result.headers, result.content_type
            )
        except ApiError as exc:
            if exc.status == 404 and 404 not in op.documented_statuses:
                exc.status = 400  # an unknown ID in the request is the client's error
            answer = self.error(exc, lang, rl_headers)
        except Exception as exc:  # a bug: answer 500 and keep serving
            logger.exception("emulator handler failed for %s", op.operation_id)
            answer = self.error(
                ApiError(500, "EMU5001", detail=type(exc).__name__), lang, rl_headers
            )
        self.counters.status(op.operation_id, answer.status)
        self._audit(op, principal, audited, answer, path=path, client_ip=client_ip)
        return answer

    def _audit(
        self,
        op: Operation,
        principal: TokenRecord | None,
        state: EmulatorState | None,
        answer: Answer,
        *,
        path: str,
        client_ip: str,
    ) -> None:
        """Log the answered call in its operator's API audit log (`audit.py`); a sign-in is
        logged for the operator it signed in."""
        user_name = principal.user_name if principal is not None else None
        if op.operation_id == "auth" and answer.status == 200:
            signed_in = json.loads(answer.body)
            state = self.operators.get(str(signed_in.get("operatorId")))
            name = signed_in.get("userName")
            user_name = name if isinstance(name, str) else None
        if state is not None:
            record_audit(
                state, path=path, status=answer.status, client_ip=client_ip, user_name=user_name
            )

    def _fallback(self, operation_id: str, state: EmulatorState) -> Handler:
        families = self._answers_for(state)[1]
        return families if families.handles(operation_id) else synthesized

    def rate_limit_headers(
        self, op: Operation, client_ip: str, headers: Mapping[str, str] | None = None
    ) -> list[tuple[str, str]]:
        """The op's current rate-limit headers, without consuming budget: the caller's
        operator's budget when `headers` carry a valid token, else the primary operator's."""
        caller = f"ip:{client_ip}" if op.ip_limited else f"op:{self._operator_of(headers)}"
        return self.ratelimiter.hit(op.group, caller, consume=False).headers()

    def _operator_of(self, headers: Mapping[str, str] | None) -> str:
        if headers is not None:
            try:
                record = self.tokens.verify(
                    headers.get("x-soracom-api-key"), headers.get("x-soracom-token")
                )
            except ApiError:
                pass
            else:
                return record.operator_id
        return self.state.operator_id


def _encode(result: Result) -> bytes:
    body: Any = result.body
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
