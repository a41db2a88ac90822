"""list_role_versions: GET /operators/{operator_id}/roles/{role_id}/versions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.role_version_response import RoleVersionResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listRoleVersions",
    method="GET",
    path="/operators/{operator_id}/roles/{role_id}/versions",
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
    """Get Soracom Managed Role Versions

    Retrieves a list of versions for a Soracom managed role.

    Args:
        operator_id (str):
        role_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/roles/{role_id}/versions".format(
            operator_id=path_segment(operator_id, "operator_id", "list_role_versions"),
            role_id=path_segment(role_id, "role_id", "list_role_versions"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[RoleVersionResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[RoleVersionResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[RoleVersionResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_RoleVersionResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_RoleVersionResponse = RoleVersionResponse.from_dict
