"""list_sora_cam_license_packs: GET /sora_cam/license_packs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sora_cam_license_pack_response import SoraCamLicensePackResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listSoraCamLicensePacks",
    method="GET",
    path="/sora_cam/license_packs",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List license packs of Soracom Cloud Camera Services

    Returns the list of license packs which you can use. Currently, this API is only available
    for Japan coverage.

    """

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/license_packs",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[SoraCamLicensePackResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[SoraCamLicensePackResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[SoraCamLicensePackResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_SoraCamLicensePackResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SoraCamLicensePackResponse = SoraCamLicensePackResponse.from_dict
