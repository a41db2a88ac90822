"""enable_user_mfa: POST /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...models.enable_mfaotp_response import EnableMFAOTPResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableUserMFA",
    method="POST",
    path="/operators/{operator_id}/users/{user_name}/mfa",
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
    """Enable SAM user's MFA

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "enable_user_mfa"),
            user_name=path_segment(user_name, "user_name", "enable_user_mfa"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EnableMFAOTPResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (EnableMFAOTPResponse), got an empty one")
    response_200 = _from_dict_EnableMFAOTPResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_EnableMFAOTPResponse = EnableMFAOTPResponse.from_dict
