"""What a handler sees of one request, and what it answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .auth import TokenRecord
from .spec import Operation

if TYPE_CHECKING:
    from .core import EmulatorCore
    from .state import EmulatorState


@dataclass
class Result:
    """A handler's answer: JSON-able `body` (or raw bytes, or None for no body)."""

    status: int
    body: Any = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str | None = "application/json"


@dataclass
class RequestContext:
    core: EmulatorCore
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
        return self.core.state
