"""update_user_trust_policy: PUT /operators/{operator_id}/users/{user_name}/trust_policy"""

from typing import Any
from urllib.parse import quote

from ...models.set_user_trust_policy_request import SetUserTrustPolicyRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    user_name: str,
    body: SetUserTrustPolicyRequest | dict[str, Any],
) -> dict[str, Any]:
    """Updates user trust policy
    Updates the trust policy of the user specified by `operator_id` and `user_name`
    parameters.

    **Warning**: Setting a trust policy will allow the operator(s) or user(s) specified in the
    request body to switch to this SAM user. When switching, the trusted operator(s) or
    user(s) will be granted the same permissions as this SAM user, and may be able to see
    session history, traffic history, and other account information.

    Args:
        operator_id (str):
        user_name (str):
        body: SetUserTrustPolicyRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": "/operators/{operator_id}/users/{user_name}/trust_policy".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
