"""update_user_trust_policy: PUT /operators/{operator_id}/users/{user_name}/trust_policy"""

from typing import Any

from ....contracts import OperationSpec
from ...models.set_user_trust_policy_request import SetUserTrustPolicyRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="updateUserTrustPolicy",
    method="PUT",
    path="/operators/{operator_id}/users/{user_name}/trust_policy",
    group="User",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "update_user_trust_policy")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/trust_policy".format(
            operator_id=path_segment(operator_id, "operator_id", "update_user_trust_policy"),
            user_name=path_segment(user_name, "user_name", "update_user_trust_policy"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
