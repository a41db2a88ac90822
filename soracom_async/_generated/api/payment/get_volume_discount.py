"""get_volume_discount: GET /volume_discounts/{contract_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_volume_discount_response import GetVolumeDiscountResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getVolumeDiscount",
    method="GET",
    path="/volume_discounts/{contract_id}",
    group="Payment",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    contract_id: str,
) -> dict[str, Any]:
    """Get long term discount

    Returns contracted long term discount.

    **Warning**: Information can be obtained up to 18 months in the past or 6 months after the
    contract ends. If you need the information before that time, please contact [Soracom
    Support](https://support.soracom.io).

    Args:
        contract_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/volume_discounts/{contract_id}".format(
            contract_id=path_segment(contract_id, "contract_id", "get_volume_discount"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetVolumeDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetVolumeDiscountResponse), got an empty one")
    response_200 = _from_dict_GetVolumeDiscountResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetVolumeDiscountResponse = GetVolumeDiscountResponse.from_dict
