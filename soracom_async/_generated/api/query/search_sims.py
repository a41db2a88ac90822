"""search_sims: GET /query/sims"""

from collections.abc import Sequence
from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.search_sims_search_type import SearchSimsSearchType
from ...models.search_sims_session_status import SearchSimsSessionStatus
from ...models.sim import Sim
from ...types import (
    UNSET,
    EmptyBodyError,
    PageRequest,
    ResponseLike,
    Unset,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="searchSims",
    method="GET",
    path="/query/sims",
    group="Query",
    auth=True,
    redirect=False,
    paginated=True,
)


def build(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    group_id: Sequence[str] | Unset = UNSET,
    sim_id: Sequence[str] | Unset = UNSET,
    imsi: Sequence[str] | Unset = UNSET,
    msisdn: Sequence[str] | Unset = UNSET,
    iccid: Sequence[str] | Unset = UNSET,
    serial_number: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    bundles: Sequence[str] | Unset = UNSET,
    status: Sequence[str] | Unset = UNSET,
    session_status: SearchSimsSessionStatus
    | Literal["NA", "ONLINE", "OFFLINE"]
    | Unset = SearchSimsSessionStatus.NA,
    subscription: Sequence[str] | Unset = UNSET,
    module_type: Sequence[str] | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSimsSearchType | Literal["and", "or"] | Unset = SearchSimsSearchType.AND,
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

    json_name: list[str] | None | Unset
    if name is None or name is UNSET:
        json_name = name
    else:
        json_name = name

    params["name"] = json_name

    json_group: list[str] | None | Unset
    if group is None or group is UNSET:
        json_group = group
    else:
        json_group = group

    params["group"] = json_group

    json_group_id: list[str] | None | Unset
    if group_id is None or group_id is UNSET:
        json_group_id = group_id
    else:
        json_group_id = group_id

    params["group_id"] = json_group_id

    json_sim_id: list[str] | None | Unset
    if sim_id is None or sim_id is UNSET:
        json_sim_id = sim_id
    else:
        json_sim_id = sim_id

    params["sim_id"] = json_sim_id

    json_imsi: list[str] | None | Unset
    if imsi is None or imsi is UNSET:
        json_imsi = imsi
    else:
        json_imsi = imsi

    params["imsi"] = json_imsi

    json_msisdn: list[str] | None | Unset
    if msisdn is None or msisdn is UNSET:
        json_msisdn = msisdn
    else:
        json_msisdn = msisdn

    params["msisdn"] = json_msisdn

    json_iccid: list[str] | None | Unset
    if iccid is None or iccid is UNSET:
        json_iccid = iccid
    else:
        json_iccid = iccid

    params["iccid"] = json_iccid

    json_serial_number: list[str] | None | Unset
    if serial_number is None or serial_number is UNSET:
        json_serial_number = serial_number
    else:
        json_serial_number = serial_number

    params["serial_number"] = json_serial_number

    json_tag: list[str] | None | Unset
    if tag is None or tag is UNSET:
        json_tag = tag
    else:
        json_tag = tag

    params["tag"] = json_tag

    json_bundles: list[str] | None | Unset
    if bundles is None or bundles is UNSET:
        json_bundles = bundles
    else:
        json_bundles = bundles

    params["bundles"] = json_bundles

    json_status: list[str] | None | Unset
    if status is None or status is UNSET:
        json_status = status
    else:
        json_status = status

    params["status"] = json_status

    json_session_status: str | None | Unset
    if session_status is None or session_status is UNSET:
        json_session_status = session_status
    else:
        json_session_status = str(session_status)

    params["session_status"] = json_session_status

    json_subscription: list[str] | None | Unset
    if subscription is None or subscription is UNSET:
        json_subscription = subscription
    else:
        json_subscription = subscription

    params["subscription"] = json_subscription

    json_module_type: list[str] | None | Unset
    if module_type is None or module_type is UNSET:
        json_module_type = module_type
    else:
        json_module_type = module_type

    params["module_type"] = json_module_type

    params["limit"] = limit

    params["last_evaluated_key"] = last_evaluated_key

    json_search_type: str | None | Unset
    if search_type is None or search_type is UNSET:
        json_search_type = search_type
    else:
        json_search_type = str(search_type)

    params["search_type"] = json_search_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/query/sims",
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[Sim]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[Sim]), got an empty one")
    _response_200 = response.json()
    response_200: list[Sim]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_Sim(v) for v in _response_200]

    return response_200


def items(page: list[Sim]) -> list[Sim]:
    """The items of one page: the page is the JSON array of them."""
    return page


def paging(
    *,
    name: Sequence[str] | Unset = UNSET,
    group: Sequence[str] | Unset = UNSET,
    group_id: Sequence[str] | Unset = UNSET,
    sim_id: Sequence[str] | Unset = UNSET,
    imsi: Sequence[str] | Unset = UNSET,
    msisdn: Sequence[str] | Unset = UNSET,
    iccid: Sequence[str] | Unset = UNSET,
    serial_number: Sequence[str] | Unset = UNSET,
    tag: Sequence[str] | Unset = UNSET,
    bundles: Sequence[str] | Unset = UNSET,
    status: Sequence[str] | Unset = UNSET,
    session_status: SearchSimsSessionStatus
    | Literal["NA", "ONLINE", "OFFLINE"]
    | Unset = SearchSimsSessionStatus.NA,
    subscription: Sequence[str] | Unset = UNSET,
    module_type: Sequence[str] | Unset = UNSET,
    limit: int | Unset = 10,
    last_evaluated_key: str | Unset = UNSET,
    search_type: SearchSimsSearchType | Literal["and", "or"] | Unset = SearchSimsSearchType.AND,
    start_key: str | None = None,
    prefetch: int = 1,
) -> PageRequest:
    """The arguments of `pages()` and `paginate()`: this operation's own (those of build()),
    then `start_key` (resume after the page whose `next_key` it is) and `prefetch` (pages
    fetched ahead while the caller works; 0: none)."""
    given = {
        "name": name,
        "group": group,
        "group_id": group_id,
        "sim_id": sim_id,
        "imsi": imsi,
        "msisdn": msisdn,
        "iccid": iccid,
        "serial_number": serial_number,
        "tag": tag,
        "bundles": bundles,
        "status": status,
        "session_status": session_status,
        "subscription": subscription,
        "module_type": module_type,
        "limit": limit,
        "last_evaluated_key": last_evaluated_key,
        "search_type": search_type,
    }
    return PageRequest(
        {k: v for k, v in given.items() if v is not UNSET},
        start_key,
        prefetch,
        Sim.from_dict,
    )


# Parsers called per object, bound once (after every import).
_from_dict_Sim = Sim.from_dict
