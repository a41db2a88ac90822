"""get_billing: GET /bills/{yyyy_mm}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.monthly_bill import MonthlyBill
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getBilling",
    method="GET",
    path="/bills/{yyyyMM}",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    yyyy_mm: str,
) -> dict[str, Any]:
    """Gets a finalized past billing history for the specified month

    Gets a finalized past billing history for the specified month. If you specify current
    month (the month in which the usage fee has not yet been finalized), you will get the
    preliminary value.

    **Warning**: The maximum information you can get is for the last 18 months. If you need
    the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        yyyy_mm (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/bills/{yyyy_mm}".format(
            yyyy_mm=path_segment(yyyy_mm, "yyyy_mm", "get_billing"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> MonthlyBill:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (MonthlyBill), got an empty one")
    response_200 = _from_dict_MonthlyBill(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_MonthlyBill = MonthlyBill.from_dict
