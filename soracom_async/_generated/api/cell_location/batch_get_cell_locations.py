"""batch_get_cell_locations: POST /cell_locations"""

from typing import Any

from ....contracts import OperationSpec
from ...models.cell_identifier import CellIdentifier
from ...models.cell_location import CellLocation
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="batchGetCellLocations",
    method="POST",
    path="/cell_locations",
    group="CellLocation",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: list[CellIdentifier] | list[Any],
) -> dict[str, Any]:
    """List location information for multiple cell towers.

    Retrieves a list of location information (latitude/longitude) for multiple cell towers
    based on cell information such as Cell ID. For 3G, please specify MCC, MNC, LAC, and CID.
    It is possible to retrieve approximate location information without CID, but the accuracy
    will be low. For LTE (4G), please specify MCC, MNC, TAC, and ECID. The conversion of cell
    tower information to location information uses the OpenCelliD Project database, so it is
    possible that the information may not exist or may be incorrect.

    [![Creative Commons
    License](/assets/images/ccbysa_4.0_80x15.png)](https://creativecommons.org/licenses/by-
    sa/4.0/ "no-icon-external-link") <span xmlns:dct="http://purl.org/dc/terms/"
    property="dct:title"><a xmlns:cc="https://creativecommons.org/ns#"
    href="https://opencellid.org" property="cc:attributionName" rel="cc:attributionURL"
    target="_blank">OpenCelliD Project</a></span> is licensed under a <a rel="license"
    href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank">Creative Commons
    Attribution-ShareAlike 4.0 International License</a>

    Args:
        body: list[CellIdentifier] | list[Any]
    """
    required(body, "body", "batch_get_cell_locations")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/cell_locations",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> list[CellLocation]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[CellLocation]), got an empty one")
    _response_200 = response.json()
    response_200: list[CellLocation]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_CellLocation(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CellLocation = CellLocation.from_dict
