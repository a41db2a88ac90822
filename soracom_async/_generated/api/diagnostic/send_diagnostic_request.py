"""send_diagnostic_request: POST /diagnostics"""

from typing import Any

from ....contracts import OperationSpec
from ...models.diagnostic_request import DiagnosticRequest
from ...models.diagnostic_response import DiagnosticResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sendDiagnosticRequest",
    method="POST",
    path="/diagnostics",
    group="Diagnostic",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: DiagnosticRequest | dict[str, Any],
) -> dict[str, Any]:
    """Send diagnostic request

    Send a diagnostic request.

    Args:
        body: DiagnosticRequest | dict[str, Any]
    """
    required(body, "body", "send_diagnostic_request")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/diagnostics",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> DiagnosticResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DiagnosticResponse), got an empty one")
    response_201 = _from_dict_DiagnosticResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_DiagnosticResponse = DiagnosticResponse.from_dict
