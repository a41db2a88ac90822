"""auth: POST /auth"""

from typing import Any

from ....contracts import OperationSpec
from ...models.auth_request import AuthRequest
from ...models.auth_response import AuthResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="auth",
    method="POST",
    path="/auth",
    group="Auth",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: AuthRequest | dict[str, Any],
) -> dict[str, Any]:
    """Performs authentication to access to the Soracom API.

    Performs authentication to access to the Soracom API. Please include the following
    information in your request.

    - To perform authentication by a root account, specify `email` and `password`.
    - To perform authentication by an AuthKey, specify `authKeyId` and `authKey`.
    - To perform authentication by a SAM user, specify `operatorId`, `userName` and
    `password`.

    An API key and API token will be included in the response if successful. Use the API key
    and API token to perform subsequent requests.

    Args:
        body: AuthRequest | dict[str, Any]
    """
    required(body, "body", "auth")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> AuthResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (AuthResponse), got an empty one")
    response_200 = _from_dict_AuthResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AuthResponse = AuthResponse.from_dict
