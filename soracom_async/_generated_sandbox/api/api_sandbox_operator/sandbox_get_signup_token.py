"""sandbox_get_signup_token: POST /sandbox/operators/token/{email}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_get_signup_token_request import SandboxGetSignupTokenRequest
from ...models.sandbox_get_signup_token_response import SandboxGetSignupTokenResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxGetSignupToken",
    method="POST",
    path="/sandbox/operators/token/{email}",
    group="API Sandbox: Operator",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    email: str,
    body: SandboxGetSignupTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Gets a signup token

    Retrieves a 'signup token' for registration confirmation. Please specify a pair of
    AuthKeyId and AuthKey of a SAM user on the production environment to check if the caller
    has a valid account on it.

    Args:
        email (str):
        body: SandboxGetSignupTokenRequest | dict[str, Any]
    """
    required(body, "body", "sandbox_get_signup_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/operators/token/{email}".format(
            email=path_segment(email, "email", "sandbox_get_signup_token"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SandboxGetSignupTokenResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (SandboxGetSignupTokenResponse), got an empty one"
        )
    response_200 = _from_dict_SandboxGetSignupTokenResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_SandboxGetSignupTokenResponse = SandboxGetSignupTokenResponse.from_dict
