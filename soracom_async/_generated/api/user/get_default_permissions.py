"""get_default_permissions: GET /operators/{operator_id}/users/default_permissions"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_default_permissions_response import GetDefaultPermissionsResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getDefaultPermissions",
    method="GET",
    path="/operators/{operator_id}/users/default_permissions",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Get the default permissions

    Get the default permissions rule that is applied to all of the SAM users

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/default_permissions".format(
            operator_id=path_segment(operator_id, "operator_id", "get_default_permissions"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetDefaultPermissionsResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (GetDefaultPermissionsResponse), got an empty one"
        )
    response_200 = _from_dict_GetDefaultPermissionsResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetDefaultPermissionsResponse = GetDefaultPermissionsResponse.from_dict
