"""get_user_trust_policy: GET /operators/{operator_id}/users/{user_name}/trust_policy"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_user_trust_policy_response import GetUserTrustPolicyResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getUserTrustPolicy",
    method="GET",
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
) -> dict[str, Any]:
    """Gets user trust policy.

    Gets user trust policy for switching user.

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/trust_policy".format(
            operator_id=path_segment(operator_id, "operator_id", "get_user_trust_policy"),
            user_name=path_segment(user_name, "user_name", "get_user_trust_policy"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserTrustPolicyResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetUserTrustPolicyResponse), got an empty one")
    response_200 = _from_dict_GetUserTrustPolicyResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetUserTrustPolicyResponse = GetUserTrustPolicyResponse.from_dict
