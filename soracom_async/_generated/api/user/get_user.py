"""get_user: GET /operators/{operator_id}/users/{user_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.user_detail_response import UserDetailResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getUser",
    method="GET",
    path="/operators/{operator_id}/users/{user_name}",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
    user_name: str,
) -> dict[str, Any]:
    """Get User.

    Returns a SAM user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}".format(
            operator_id=path_segment(operator_id, "operator_id", "get_user"),
            user_name=path_segment(user_name, "user_name", "get_user"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> UserDetailResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (UserDetailResponse), got an empty one")
    response_200 = _from_dict_UserDetailResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_UserDetailResponse = UserDetailResponse.from_dict
