"""get_role: GET /operators/{operator_id}/roles/{role_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.role_response import RoleResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getRole",
    method="GET",
    path="/operators/{operator_id}/roles/{role_id}",
    group="Role",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    role_id: str,
) -> dict[str, Any]:
    """Get Role

    Retrieves a role.

    Args:
        operator_id (str):
        role_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_role"),
            role_id=path_segment(role_id, "role_id", "get_role"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> RoleResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (RoleResponse), got an empty one")
    response_200 = _from_dict_RoleResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_RoleResponse = RoleResponse.from_dict
