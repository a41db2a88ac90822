"""update_lagoon_license_pack: PUT /lagoon/license_packs"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_license_packs_updating_request import LagoonLicensePacksUpdatingRequest
from ...types import (
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateLagoonLicensePack",
    method="PUT",
    path="/lagoon/license_packs",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: LagoonLicensePacksUpdatingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update the quantities for license packs of Soracom Lagoon

    Update the quantities for license packs of Soracom Lagoon.

    **Warning**: This API must be called with the root user credentials. The quantities for
    license packs of Soracom Lagoon cannot be updated with SAM user credentials.

    Args:
        body: LagoonLicensePacksUpdatingRequest | dict[str, Any]
    """
    required(body, "body", "update_lagoon_license_pack")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/license_packs",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
