"""get_default_permissions: GET /operators/{operator_id}/users/default_permissions"""

from typing import Any
from urllib.parse import quote

from ...models.get_default_permissions_response import GetDefaultPermissionsResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/users/default_permissions".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetDefaultPermissionsResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetDefaultPermissionsResponse.from_dict(response.json())

    return response_200
