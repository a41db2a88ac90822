"""get_user_trust_policy: GET /operators/{operator_id}/users/{user_name}/trust_policy"""

from typing import Any
from urllib.parse import quote

from ...models.get_user_trust_policy_response import GetUserTrustPolicyResponse
from ...types import ResponseLike


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
        "method": "GET",
        "url": "/operators/{operator_id}/users/{user_name}/trust_policy".format(
            operator_id=quote(str(operator_id), safe=""),
            user_name=quote(str(user_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetUserTrustPolicyResponse:
    """The parsed body of a successful (2xx) response."""
    response_200 = GetUserTrustPolicyResponse.from_dict(response.json())

    return response_200
