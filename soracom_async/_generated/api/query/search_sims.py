"""search_sims: GET /query/sims"""

from typing import Any

from ...models.search_sims_search_type import SearchSimsSearchType
from ...models.search_sims_session_status import SearchSimsSessionStatus
from ...models.sim import Sim
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    name: list[str] | Unset = UNSET,
    group: list[str] | Unset = UNSET,
    group_id: list[str] | Unset = UNSET,
    sim_id: list[str] | Unset = UNSET,
    imsi: list[str] | Unset = UNSET,
    msisdn: list[str] | Unset = UNSET,
    iccid: list[str] | Unset = UNSET,
    serial_number: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    bundles: list[str] | Unset = UNSET,
    status: list[str] | Unset = UNSET,
    session_status: SearchSimsSessionStatus | Unset = SearchSimsSessionStatus.NA,
    subscription: list[str] | Unset = UNSET,
    module_type: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSimsSearchType | Unset = SearchSimsSearchType.AND,
) -> dict[str, Any]:
    """Search SIMs by query terms
    Searches for SIMs using specified query parameters.

    - Supports partial matching.
    - Case-insensitive.
    - Multiple search values can be specified for the following parameters by separating each
    value with a comma `,` (or `%2C` when URL-encoded). Note that the literal character `,`
    itself cannot be used as part of a search value.
        - `name`
        - `group`
        - `sim_id`
        - `imsi`
        - `msisdn`
        - `iccid`
        - `serial_number`
        - `tag`
        - `status`
        - `subscription`
        - `module_type`
    - Each search value must be at least 2 characters long. When using a comma `,` to specify
    multiple search values, each value must also be at least 2 characters long (e.g., `ab,c`
    is invalid because `c` is only 1 character long).
    - When multiple query parameters are specified, the search type (AND search or OR search)
    can be specified using `search_type`.

    **Warning**: When this API permission is allowed, it grants the authority to search and
    retrieve all SIMs that include their group information.

    **Warning**: Use this API when the SIM ID of the target IoT SIM is unknown, or when you
    want to retrieve a list of SIMs that match certain conditions. If you know the SIM ID,
    please use the [Sim:getSim API](#/Sim/getSim) instead.

    Args:
        name (list[str] | Unset):
        group (list[str] | Unset):
        group_id (list[str] | Unset):
        sim_id (list[str] | Unset):
        imsi (list[str] | Unset):
        msisdn (list[str] | Unset):
        iccid (list[str] | Unset):
        serial_number (list[str] | Unset):
        tag (list[str] | Unset):
        bundles (list[str] | Unset):
        status (list[str] | Unset):
        session_status (SearchSimsSessionStatus | Unset):  Default:
            SearchSimsSessionStatus.NA.
        subscription (list[str] | Unset):
        module_type (list[str] | Unset):
        limit (int | Unset):  Default: 10.
        last_evaluated_key (str | Unset):
        search_type (SearchSimsSearchType | Unset):  Default: SearchSimsSearchType.AND.
    """
    params: dict[str, Any] = {}

    json_name: list[str] | Unset = UNSET
    if not isinstance(name, Unset):
        json_name = name

    params["name"] = json_name

    json_group: list[str] | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = group

    params["group"] = json_group

    json_group_id: list[str] | Unset = UNSET
    if not isinstance(group_id, Unset):
        json_group_id = group_id

    params["group_id"] = json_group_id

    json_sim_id: list[str] | Unset = UNSET
    if not isinstance(sim_id, Unset):
        json_sim_id = sim_id

    params["sim_id"] = json_sim_id

    json_imsi: list[str] | Unset = UNSET
    if not isinstance(imsi, Unset):
        json_imsi = imsi

    params["imsi"] = json_imsi

    json_msisdn: list[str] | Unset = UNSET
    if not isinstance(msisdn, Unset):
        json_msisdn = msisdn

    params["msisdn"] = json_msisdn

    json_iccid: list[str] | Unset = UNSET
    if not isinstance(iccid, Unset):
        json_iccid = iccid

    params["iccid"] = json_iccid

    json_serial_number: list[str] | Unset = UNSET
    if not isinstance(serial_number, Unset):
        json_serial_number = serial_number

    params["serial_number"] = json_serial_number

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    json_bundles: list[str] | Unset = UNSET
    if not isinstance(bundles, Unset):
        json_bundles = bundles

    params["bundles"] = json_bundles

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_session_status: str | Unset = UNSET
    if not isinstance(session_status, Unset):
        json_session_status = session_status.value

    params["session_status"] = json_session_status

    json_subscription: list[str] | Unset = UNSET
    if not isinstance(subscription, Unset):
        json_subscription = subscription

    params["subscription"] = json_subscription

    json_module_type: list[str] | Unset = UNSET
    if not isinstance(module_type, Unset):
        json_module_type = module_type

    params["module_type"] = json_module_type

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    json_search_type: str | Unset = UNSET
    if not isinstance(search_type, Unset):
        json_search_type = search_type.value

    params["search_type"] = json_search_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/query/sims",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Sim]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = Sim.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
