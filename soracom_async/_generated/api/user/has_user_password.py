"""has_user_password: GET /operators/{operator_id}/users/{user_name}/password"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_user_password_response import GetUserPasswordResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="hasUserPassword",
    method="GET",
    path="/operators/{operator_id}/users/{user_name}/password",
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
    """Has User Password.

    Retrieves whether the SAM user has a password or not.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/password".format(
            operator_id=path_segment(operator_id, "operator_id", "has_user_password"),
            user_name=path_segment(user_name, "user_name", "has_user_password"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserPasswordResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetUserPasswordResponse), got an empty one")
    response_200 = _from_dict_GetUserPasswordResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetUserPasswordResponse = GetUserPasswordResponse.from_dict
