"""list_lagoon_license_pack_status: GET /lagoon/license_packs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_license_pack_status_response import LagoonLicensePackStatusResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listLagoonLicensePackStatus",
    method="GET",
    path="/lagoon/license_packs",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """Get the status of active Soracom Lagoon license packs

    Get the status of active Soracom Lagoon license packs.

    """

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/license_packs",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[LagoonLicensePackStatusResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (list[LagoonLicensePackStatusResponse]), got an empty one"
        )
    _response_200 = response.json()
    response_200: list[LagoonLicensePackStatusResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_LagoonLicensePackStatusResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LagoonLicensePackStatusResponse = LagoonLicensePackStatusResponse.from_dict
