"""generate_auth_token: POST /operators/{operator_id}/token"""

from typing import Any
from urllib.parse import quote

from ...models.generate_token_request import GenerateTokenRequest
from ...models.generate_token_response import GenerateTokenResponse
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: GenerateTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Generate API Token
    Generates a new API token. If you insert the current API token into the header and make a
    request, a response is returned containing the new API token. You can then use the new API
    token in future requests.

    Args:
        operator_id (str):
        body: GenerateTokenRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/token".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GenerateTokenResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GenerateTokenResponse.from_dict(response.json())

    return response_200
