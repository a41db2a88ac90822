"""get_billing_per_day: GET /bills/{yyyy_mm}/daily"""

from typing import Any

from ....contracts import OperationSpec
from ...models.daily_bill_response import DailyBillResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getBillingPerDay",
    method="GET",
    path="/bills/{yyyyMM}/daily",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    yyyy_mm: str,
) -> dict[str, Any]:
    """Get a daily bill

    Gets a daily bill for the specified month. Fees charged on a monthly basis cannot be
    retrieved. If you specify current month (a month for which the fee has not yet been
    finalized), a preliminary value will be returned.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        yyyy_mm (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/bills/{yyyy_mm}/daily".format(
            yyyy_mm=path_segment(yyyy_mm, "yyyy_mm", "get_billing_per_day"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> DailyBillResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (DailyBillResponse), got an empty one")
    response_200 = _from_dict_DailyBillResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_DailyBillResponse = DailyBillResponse.from_dict
