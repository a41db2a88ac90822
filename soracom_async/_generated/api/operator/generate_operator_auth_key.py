"""generate_operator_auth_key: POST /operators/{operator_id}/auth_keys"""

from typing import Any
from urllib.parse import quote

from ...models.generate_operators_auth_key_response import GenerateOperatorsAuthKeyResponse
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Generate Operator AuthKey
    Generates an AuthKey for the operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/auth_keys".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GenerateOperatorsAuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    response_201 = GenerateOperatorsAuthKeyResponse.from_dict(response.json())

    return response_201
