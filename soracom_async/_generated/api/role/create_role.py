"""create_role: POST /operators/{operator_id}/roles/{role_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.create_or_update_role_request import CreateOrUpdateRoleRequest
from ...models.create_role_response import CreateRoleResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createRole",
    method="POST",
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
    body: CreateOrUpdateRoleRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create Operator Managed Role

    Adds a new operator managed role.

    Args:
        operator_id (str):
        role_id (str):
        body: CreateOrUpdateRoleRequest | dict[str, Any]
    """
    required(body, "body", "create_role")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=path_segment(operator_id, "operator_id", "create_role"),
            role_id=path_segment(role_id, "role_id", "create_role"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> CreateRoleResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (CreateRoleResponse), got an empty one")
    response_200 = _from_dict_CreateRoleResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_CreateRoleResponse = CreateRoleResponse.from_dict
