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
    response_200 = []
    for response_200_item_data in _response_200:
        response_200_item = LagoonUser.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
