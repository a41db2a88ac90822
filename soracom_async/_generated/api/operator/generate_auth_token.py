"""generate_auth_token: POST /operators/{operator_id}/token"""

from typing import Any

from ....contracts import OperationSpec
from ...models.generate_token_request import GenerateTokenRequest
from ...models.generate_token_response import GenerateTokenResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="generateAuthToken",
    method="POST",
    path="/operators/{operator_id}/token",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "generate_auth_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/token".format(
            operator_id=path_segment(operator_id, "operator_id", "generate_auth_token"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> GenerateTokenResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GenerateTokenResponse), got an empty one")
    response_200 = _from_dict_GenerateTokenResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GenerateTokenResponse = GenerateTokenResponse.from_dict
