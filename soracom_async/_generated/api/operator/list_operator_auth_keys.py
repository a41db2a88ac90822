"""list_operator_auth_keys: GET /operators/{operator_id}/auth_keys"""

from typing import Any
from urllib.parse import quote

from ...models.auth_key_response import AuthKeyResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List Operator AuthKeys
    Returns the operator's AuthKey list.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/auth_keys".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[AuthKeyResponse]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = AuthKeyResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
