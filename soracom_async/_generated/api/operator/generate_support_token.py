"""generate_support_token: POST /operators/{operator_id}/support/token"""

from typing import Any

from ....contracts import OperationSpec
from ...models.support_token_response import SupportTokenResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="generateSupportToken",
    method="POST",
    path="/operators/{operator_id}/support/token",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Generate Token for Support Console

    Returns a token for accessing the support console.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/support/token".format(
            operator_id=path_segment(operator_id, "operator_id", "generate_support_token"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> SupportTokenResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SupportTokenResponse), got an empty one")
    response_200 = _from_dict_SupportTokenResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SupportTokenResponse = SupportTokenResponse.from_dict
