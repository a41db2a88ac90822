"""list_role_versions: GET /operators/{operator_id}/roles/{role_id}/versions"""

from typing import Any
from urllib.parse import quote

from ...models.role_version_response import RoleVersionResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/roles/{role_id}/versions".format(
            operator_id=quote(str(operator_id), safe=""),
            role_id=quote(str(role_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[RoleVersionResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = RoleVersionResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
