"""get_user_mfa_status: GET /operators/{operator_id}/users/{user_name}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_status_of_use_response import MFAStatusOfUseResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getUserMFAStatus",
    method="GET",
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
    """Get SAM user's MFA status

    Args:
        operator_id (str):
        user_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/users/{user_name}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "get_user_mfa_status"),
            user_name=path_segment(user_name, "user_name", "get_user_mfa_status"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> MFAStatusOfUseResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (MFAStatusOfUseResponse), got an empty one")
    response_200 = _from_dict_MFAStatusOfUseResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_MFAStatusOfUseResponse = MFAStatusOfUseResponse.from_dict
