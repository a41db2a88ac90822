"""get_mfa_status: GET /operators/{operator_id}/mfa"""

from typing import Any

from ....contracts import OperationSpec
from ...models.mfa_status_of_use_response import MFAStatusOfUseResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getMFAStatus",
    method="GET",
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
    """Get Operator's MFA Status

    Gets operator's MFA status. The MFA status is one of `ACTIVE`, `INACTIVE` or
    `UNCONFIRMED`.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/operators/{operator_id}/mfa".format(
            operator_id=path_segment(operator_id, "operator_id", "get_mfa_status"),
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
