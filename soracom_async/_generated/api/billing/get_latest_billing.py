"""get_latest_billing: GET /bills/latest"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_latest_bill import GetLatestBill
from ...types import (
    EmptyBodyError,
    ResponseLike,
)

SPEC = OperationSpec(
    operation_id="getLatestBilling",
    method="GET",
    path="/bills/latest",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Get latest bill

    Retrieves the preliminary usage fee for the current month (the month in which the usage
    fee has not yet been finalized).

    """

    _kwargs: dict[str, Any] = {
        "url": "/bills/latest",
    }
    return _kwargs


def parse(response: ResponseLike) -> GetLatestBill:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetLatestBill), got an empty one")
    response_200 = _from_dict_GetLatestBill(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetLatestBill = GetLatestBill.from_dict
