"""generate_operator_auth_key: POST /operators/{operator_id}/auth_keys"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.generate_operators_auth_key_response import GenerateOperatorsAuthKeyResponse


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


def parse(response: httpx.Response) -> GenerateOperatorsAuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    response_201 = GenerateOperatorsAuthKeyResponse.from_dict(response.json())

    return response_201
