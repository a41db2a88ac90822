"""register_lagoon: POST /lagoon/register"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_registration_request import LagoonRegistrationRequest
from ...models.lagoon_registration_response import LagoonRegistrationResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="registerLagoon",
    method="POST",
    path="/lagoon/register",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: LagoonRegistrationRequest | dict[str, Any],
) -> dict[str, Any]:
    """Register (activate) Soracom Lagoon

    Register (activate) Soracom Lagoon.

    **Warning**: This API must be called with the root user credentials. Lagoon cannot be
    registered with SAM user credentials.

    Args:
        body: LagoonRegistrationRequest | dict[str, Any]
    """
    required(body, "body", "register_lagoon")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/register",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LagoonRegistrationResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LagoonRegistrationResponse), got an empty one")
    response_201 = _from_dict_LagoonRegistrationResponse(response.json())

    return response_201


# Parsers called per object, bound once (after every import).
_from_dict_LagoonRegistrationResponse = LagoonRegistrationResponse.from_dict
