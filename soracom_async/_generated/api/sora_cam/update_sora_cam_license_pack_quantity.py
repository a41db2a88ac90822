"""update_sora_cam_license_pack_quantity: PUT /sora_cam/license_packs/{license_pack_id}/quantity"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.sora_cam_license_pack_quantity_updating_request import (
    SoraCamLicensePackQuantityUpdatingRequest,
)
from ...models.update_sora_cam_license_pack_quantity_license_pack_id import (
    UpdateSoraCamLicensePackQuantityLicensePackId,
)
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateSoraCamLicensePackQuantity",
    method="PUT",
    path="/sora_cam/license_packs/{license_pack_id}/quantity",
    group="SoraCam",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    license_pack_id: UpdateSoraCamLicensePackQuantityLicensePackId
    | Literal[
        "CR7-SC",
        "CR14-SC",
        "CR30-SC",
        "CR60-SC",
        "CR90-SC",
        "MR7-SC",
        "MR14-SC",
        "MR30-SC",
        "MR60-SC",
        "MR90-SC",
    ],
    body: SoraCamLicensePackQuantityUpdatingRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update the license quantity of Soracom Cloud Camera Services

    Updates the license quantity for the license pack identified by license_pack_id. This
    operation will cost you monthly fee based on number of licenses. Currently, this API is
    only available for Japan coverage.

    Args:
        license_pack_id (UpdateSoraCamLicensePackQuantityLicensePackId):  Example: CR30-SC.
        body: SoraCamLicensePackQuantityUpdatingRequest | dict[str, Any]
    """
    required(body, "body", "update_sora_cam_license_pack_quantity")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sora_cam/license_packs/{license_pack_id}/quantity".format(
            license_pack_id=path_segment(
                license_pack_id, "license_pack_id", "update_sora_cam_license_pack_quantity", "enum"
            ),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
