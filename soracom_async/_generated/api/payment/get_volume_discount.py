"""get_volume_discount: GET /volume_discounts/{contract_id}"""

from typing import Any
from urllib.parse import quote

from ...models.get_volume_discount_response import GetVolumeDiscountResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/volume_discounts/{contract_id}".format(
            contract_id=quote(str(contract_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetVolumeDiscountResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetVolumeDiscountResponse.from_dict(response.json())

    return response_200
