"""get_billing_summary_of_bill_items: GET /bills/summaries/bill_items"""

from typing import Any

from ....contracts import OperationSpec
from ...models.billing_summary_response_of_bill_items import BillingSummaryResponseOfBillItems
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getBillingSummaryOfBillItems",
    method="GET",
    path="/bills/summaries/bill_items",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Gets a billing summary of bill items.

    Get a billing summary of bill items for the last 4 months (this month to 3 months ago).
    Sorted by date from newest to oldest.

    The summary you can get from this API is equivalent to the usage fees displayed in the
    [COSTS BY SERVICE] panel of the Billing Dashboard. For more information, please refer to
    [Billing Information](/en/docs/account/billing/).

    """

    _kwargs: dict[str, Any] = {
        "url": "/bills/summaries/bill_items",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BillingSummaryResponseOfBillItems]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[BillingSummaryResponseOfBillItems]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[BillingSummaryResponseOfBillItems]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_BillingSummaryResponseOfBillItems(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BillingSummaryResponseOfBillItems = BillingSummaryResponseOfBillItems.from_dict
