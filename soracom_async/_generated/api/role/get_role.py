"""get_role: GET /operators/{operator_id}/roles/{role_id}"""

from typing import Any
from urllib.parse import quote

from ...models.role_response import RoleResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/roles/{role_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            role_id=quote(str(role_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> RoleResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = RoleResponse.from_dict(response.json())

    return response_200
