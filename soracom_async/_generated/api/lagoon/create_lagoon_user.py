"""create_lagoon_user: POST /lagoon/users"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_user_creation_request import LagoonUserCreationRequest
from ...models.lagoon_user_creation_response import LagoonUserCreationResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="createLagoonUser",
    method="POST",
    path="/lagoon/users",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: LagoonUserCreationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Create a Soracom Lagoon user

    Create a Soracom Lagoon user.

    Args:
        body: LagoonUserCreationRequest | dict[str, Any]
    """
    required(body, "body", "create_lagoon_user")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/users",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LagoonUserCreationResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LagoonUserCreationResponse), got an empty one")
    response_201 = _from_dict_LagoonUserCreationResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_LagoonUserCreationResponse = LagoonUserCreationResponse.from_dict
