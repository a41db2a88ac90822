"""list_user_roles: GET /operators/{operator_id}/users/{user_name}/roles"""

from typing import Any

from ....contracts import OperationSpec
from ...models.role_response import RoleResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listUserRoles",
    method="GET",
    path="/operators/{operator_id}/users/{user_name}/roles",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """List User Roles

    Retrieves a list of the user's roles.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/roles".format(
            operator_id=path_segment(operator_id, "operator_id", "list_user_roles"),
            user_name=path_segment(user_name, "user_name", "list_user_roles"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[RoleResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[RoleResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[RoleResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_RoleResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_RoleResponse = RoleResponse.from_dict
