"""get_diagnostic: GET /diagnostics/{diagnostic_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.diagnostic_response import DiagnosticResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getDiagnostic",
    method="GET",
    path="/diagnostics/{diagnostic_id}",
    group="Diagnostic",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    diagnostic_id: str,
) -> dict[str, Any]:
    """Get diagnostic

    Returns a diagnostic.

    Args:
        diagnostic_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/diagnostics/{diagnostic_id}".format(
            diagnostic_id=path_segment(diagnostic_id, "diagnostic_id", "get_diagnostic"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DiagnosticResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DiagnosticResponse), got an empty one")
    response_200 = _from_dict_DiagnosticResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DiagnosticResponse = DiagnosticResponse.from_dict
