"""generate_user_auth_key: POST /operators/{operator_id}/users/{user_name}/auth_keys"""

from typing import Any

from ....contracts import OperationSpec
from ...models.generate_user_auth_key_response import GenerateUserAuthKeyResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="generateUserAuthKey",
    method="POST",
    path="/operators/{operator_id}/users/{user_name}/auth_keys",
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
    """Generate AuthKey.

    Generates an AuthKey for the SAM user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/auth_keys".format(
            operator_id=path_segment(operator_id, "operator_id", "generate_user_auth_key"),
            user_name=path_segment(user_name, "user_name", "generate_user_auth_key"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GenerateUserAuthKeyResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GenerateUserAuthKeyResponse), got an empty one")
    response_200 = _from_dict_GenerateUserAuthKeyResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GenerateUserAuthKeyResponse = GenerateUserAuthKeyResponse.from_dict
