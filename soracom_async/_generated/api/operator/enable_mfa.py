"""enable_mfa: POST /operators/{operator_id}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...models.enable_mfaotp_response import EnableMFAOTPResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="enableMFA",
    method="POST",
    path="/operators/{operator_id}/mfa",
    group="Operator",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """Enable Operator's MFA

    Enables operator's MFA. After calling this API, it should be verified by calling
    `Operator:verifyMFA` API.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "enable_mfa"),
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
