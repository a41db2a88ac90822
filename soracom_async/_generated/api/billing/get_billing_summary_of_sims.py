"""get_billing_summary_of_sims: GET /bills/summaries/sims"""

from typing import Any

from ....contracts import OperationSpec
from ...models.billing_summary_response_of_sims import BillingSummaryResponseOfSims
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="getBillingSummaryOfSims",
    method="GET",
    path="/bills/summaries/sims",
    group="Billing",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Gets a billing summary of SIMs

    Get a billing summary of SIMs for the last 4 months (current month to 3 months ago).
    Sorted by date from newest to oldest.

    The summary you get from this API is equivalent to the rates displayed in the [COSTS PER
    SIM (TOP 100)] panel of the Rates Dashboard. For more information, please refer to
    [Billing Information](/en/docs/account/billing/).

    """

    _kwargs: dict[str, Any] = {
        "url": "/bills/summaries/sims",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[BillingSummaryResponseOfSims]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[BillingSummaryResponseOfSims]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[BillingSummaryResponseOfSims]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_BillingSummaryResponseOfSims(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_BillingSummaryResponseOfSims = BillingSummaryResponseOfSims.from_dict
