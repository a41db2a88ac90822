"""get_cell_location: GET /cell_locations"""

from typing import Any

from ....contracts import OperationSpec
from ...models.cell_location import CellLocation
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    required,
)

SPEC = OperationSpec(
    operation_id="getCellLocation",
    method="GET",
    path="/cell_locations",
    group="CellLocation",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    mcc: str,
    mnc: str,
    lac: str | Unset = UNSET,
    cid: str | Unset = UNSET,
    tac: str | Unset = UNSET,
    ecid: str | Unset = UNSET,
    eci: str | Unset = UNSET,
) -> dict[str, Any]:
    """Get location information for a cell tower

    Retrieves location information (latitude/longitude) for a cell tower based on cell
    information such as Cell ID.

    - For 3G, please specify MCC, MNC, LAC, and CID. It is possible to retrieve approximate
    location information without CID, but the accuracy will be low.

        3G example
        ```
        $ curl -X GET "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&lac=196" \\
        -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
        -H "X-Soracom-Token: $X_SORACOM_TOKEN"
        ```

    - For LTE (4G), please specify MCC, MNC, TAC, and ECID.

        4G example
        ```
        $ curl -X GET
    "https://api.soracom.io/v1/cell_locations?mcc=440&mnc=10&tac=5680&ecid=48872466" \\
        -H "X-Soracom-API-Key: $X_SORACOM_API_KEY" \\
        -H "X-Soracom-Token: $X_SORACOM_TOKEN"
        ```

    The conversion of cell tower information to location information uses the OpenCelliD
    Project database. The specified cell tower information is used to extract the
    corresponding location information from the OpenCelliD Project database, but it is
    possible that the location information may not exist or may be different from the actual
    location.

    [![Creative Commons
    License](/assets/images/ccbysa_4.0_80x15.png)](https://creativecommons.org/licenses/by-
    sa/4.0/ "no-icon-external-link") <span xmlns:dct="http://purl.org/dc/terms/"
    property="dct:title"><a xmlns:cc="https://creativecommons.org/ns#"
    href="https://opencellid.org" property="cc:attributionName" rel="cc:attributionURL"
    target="_blank">OpenCelliD Project</a></span> is licensed under a <a rel="license"
    href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank">Creative Commons
    Attribution-ShareAlike 4.0 International License</a>

    Args:
        mcc (str):
        mnc (str):
        lac (str | Unset):
        cid (str | Unset):
        tac (str | Unset):
        ecid (str | Unset):
        eci (str | Unset):
    """
    required(mcc, "mcc", "get_cell_location")
    required(mnc, "mnc", "get_cell_location")
    params: dict[str, Any] = {}

    params["mcc"] = mcc

    params["mnc"] = mnc

    params["lac"] = lac

    params["cid"] = cid

    params["tac"] = tac

    params["ecid"] = ecid

    params["eci"] = eci

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/cell_locations",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> CellLocation:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CellLocation), got an empty one")
    response_200 = _from_dict_CellLocation(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CellLocation = CellLocation.from_dict
