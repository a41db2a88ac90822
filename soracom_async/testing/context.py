"""What a handler sees of one request, and what it answers.

A handler gets the request and the emulator's `Services` it may use (the caller's operator
state, clock, tokens, synthesized bodies, the storage presigner, the page size), never the whole
core: the core calls the handlers, and nothing a handler uses points back at it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .auth import TokenRecord, TokenStore
from .clock import Clock
from .spec import Operation
from .state import EmulatorState, Operators
from .storage import Presigner


class BodySource(Protocol):
    """Synthesized answer bodies (responses.py's `SyntheticResponses`)."""

    def body(self, op: Operation) -> Any: ...


@dataclass
class Services:
    """The parts of one emulator that handlers use."""

    state: EmulatorState
    """The caller's operator (the primary one for a request without a token)."""
    clock: Clock
    tokens: TokenStore
    responses: BodySource
    presigner: Presigner
    page_size: int
    """Page size of lists when neither the request nor the document gives a `limit`."""
    operators: Operators
    """Every operator of the emulator (signing in looks across them)."""
    storage_url: str | None = None
    """The storage origin of Harvest Files downloads, set by the server once it is bound."""

    def all_operators(self) -> list[EmulatorState]:
        return list(self.operators)


@dataclass
class Result:
    """A handler's answer: JSON-able `body` (or raw bytes, or None for no body)."""

    status: int
    body: Any = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str | None = "application/json"


@dataclass
class RequestContext:
    services: Services
    op: Operation
    params: dict[str, Any]
    body: Any
    path: str  # the request path, /v1 included
    query: Sequence[tuple[str, str]]
    principal: TokenRecord | None
    client_ip: str
    host: str
    raw_body: bytes = b""  # the body as received (putFile stores it whatever its content type)

    @property
    def state(self) -> EmulatorState:
        return self.services.state
