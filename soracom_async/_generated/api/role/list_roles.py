"""list_roles: GET /operators/{operator_id}/roles"""

from typing import Any
from urllib.parse import quote

from ...models.list_roles_owner import ListRolesOwner
from ...models.list_roles_response import ListRolesResponse
from ...types import UNSET, ResponseLike, Unset


def build(
    *,
    operator_id: str,
    owner: ListRolesOwner | Unset = UNSET,
) -> dict[str, Any]:
    """List Roles
    Returns a list of roles.

    Args:
        operator_id (str):
        owner (ListRolesOwner | Unset):
    """
    params: dict[str, Any] = {}

    json_owner: str | Unset = UNSET
    if not isinstance(owner, Unset):
        json_owner = owner.value

    params["owner"] = json_owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/roles".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[ListRolesResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = ListRolesResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
