"""list_lagoon_users: GET /lagoon/users"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lagoon_user import LagoonUser
from ...types import (
    EmptyBodyError,
    ResponseLike,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listLagoonUsers",
    method="GET",
    path="/lagoon/users",
    group="Lagoon",
    auth=True,
    redirect=False,
    paginated=False,
)


def build() -> dict[str, Any]:
    """List Soracom Lagoon users that belong to operator

    List Soracom Lagoon users that belong to operator.

    """

    _kwargs: dict[str, Any] = {
        "url": "/lagoon/users",
    }
    return _kwargs


def parse(response: ResponseLike) -> list[LagoonUser]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[LagoonUser]), got an empty one")
    _response_200 = response.json()
    response_200: list[LagoonUser]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_LagoonUser(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LagoonUser = LagoonUser.from_dict
