"""get_diagnostic: GET /diagnostics/{diagnostic_id}"""

from typing import Any
from urllib.parse import quote

from ...models.diagnostic_response import DiagnosticResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/diagnostics/{diagnostic_id}".format(
            diagnostic_id=quote(str(diagnostic_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DiagnosticResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = DiagnosticResponse.from_dict(response.json())

    return response_200
