"""switch_user: POST /auth/switch_user"""

from typing import Any

from ....contracts import OperationSpec
from ...models.auth_response import AuthResponse
from ...models.switch_user_request import SwitchUserRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="switchUser",
    method="POST",
    path="/auth/switch_user",
    group="Auth",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: SwitchUserRequest | dict[str, Any],
) -> dict[str, Any]:
    """Generates an API key and an API token to call APIs as a different user.

    Using the API key and API token of the original user, call this API to issue an API key
    and API token of the target user that you are switching to. The original user should
    already be registered in the target user's trust policy. See
    [User:updateUserTrustPolicy](#!/User/updateUserTrustPolicy) for information on updating
    the trust policy.

    Args:
        body: SwitchUserRequest | dict[str, Any]
    """
    required(body, "body", "switch_user")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth/switch_user",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> AuthResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (AuthResponse), got an empty one")
    response_200 = _from_dict_AuthResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_AuthResponse = AuthResponse.from_dict
