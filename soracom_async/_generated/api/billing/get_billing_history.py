"""get_billing_history: GET /bills"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_billing_history_response import GetBillingHistoryResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="getBillingHistory",
    method="GET",
    path="/bills",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Gets a list of finalized past billing history

    Gets a list of finalized past billing history.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    """

    _kwargs: dict[str, Any] = {
        "url": "/bills",
    }
    return _kwargs


def parse(response: ResponseLike) -> GetBillingHistoryResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetBillingHistoryResponse), got an empty one")
    response_200 = _from_dict_GetBillingHistoryResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetBillingHistoryResponse = GetBillingHistoryResponse.from_dict
