"""list_roles: GET /operators/{operator_id}/roles"""

from typing import Any, Literal

from ....contracts import OperationSpec
from ...models.list_roles_owner import ListRolesOwner
from ...models.list_roles_response import ListRolesResponse
from ...types import (
    UNSET,
    EmptyBodyError,
    ResponseLike,
    Unset,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listRoles",
    method="GET",
    path="/operators/{operator_id}/roles",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    owner: ListRolesOwner | Literal["operator", "soracom", "all"] | Unset = UNSET,
) -> dict[str, Any]:
    """List Roles

    Returns a list of roles.

    Args:
        operator_id (str):
        owner (ListRolesOwner | Unset):
    """
    params: dict[str, Any] = {}

    json_owner: str | None | Unset
    if owner is None or owner is UNSET:
        json_owner = owner
    else:
        json_owner = str(owner)

    params["owner"] = json_owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles".format(
            operator_id=path_segment(operator_id, "operator_id", "list_roles"),
        ),
        "params": params,
    }
    return _kwargs


def parse(response: ResponseLike) -> list[ListRolesResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[ListRolesResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[ListRolesResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_ListRolesResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_ListRolesResponse = ListRolesResponse.from_dict
