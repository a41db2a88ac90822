"""sandbox_initialize_operator: POST /sandbox/init"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_auth_response import SandboxAuthResponse
from ...models.sandbox_init_request import SandboxInitRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxInitializeOperator",
    method="POST",
    path="/sandbox/init",
    group="API Sandbox: Operator",
    auth=False,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: SandboxInitRequest | dict[str, Any],
) -> dict[str, Any]:
    """Creates an operator account

    Performs complex signup process at once, including registering dummy payment method.
    Specify `email` and `password` for an operator which will be created on sandbox,
    `authKeyId` and `authKey` for a real operator on the production environment. An API Key
    and an API Token will be included in the response if successful. Use the API Key and the
    API Token to requests afterwards.

    Args:
        body: SandboxInitRequest | dict[str, Any]
    """
    required(body, "body", "sandbox_initialize_operator")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/init",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> SandboxAuthResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (SandboxAuthResponse), got an empty one")
    response_201 = _from_dict_SandboxAuthResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_SandboxAuthResponse = SandboxAuthResponse.from_dict
