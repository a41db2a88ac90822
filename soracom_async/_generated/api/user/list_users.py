"""list_users: GET /operators/{operator_id}/users"""

from typing import Any

from ....contracts import OperationSpec
from ...models.user_detail_response import UserDetailResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    wrong_shape,
)

SPEC = OperationSpec(
    operation_id="listUsers",
    method="GET",
    path="/operators/{operator_id}/users",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Retrieve a list of SAM users

    Retrieves a list of SAM users.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users".format(
            operator_id=path_segment(operator_id, "operator_id", "list_users"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[UserDetailResponse]:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (list[UserDetailResponse]), got an empty one")
    _response_200 = response.json()
    response_200: list[UserDetailResponse]
    if not isinstance(_response_200, list):
        raise wrong_shape("response body", "a JSON array", _response_200)
    response_200 = [_from_dict_UserDetailResponse(v) for v in _response_200]

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_UserDetailResponse = UserDetailResponse.from_dict
