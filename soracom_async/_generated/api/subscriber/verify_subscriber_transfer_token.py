"""verify_subscriber_transfer_token: POST /subscribers/transfer_token/verify"""

from typing import Any

from ....contracts import OperationSpec
from ...models.verify_subscriber_transfer_token_request import VerifySubscriberTransferTokenRequest
from ...models.verify_subscriber_transfer_token_response import (
    VerifySubscriberTransferTokenResponse,
)
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="verifySubscriberTransferToken",
    method="POST",
    path="/subscribers/transfer_token/verify",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: VerifySubscriberTransferTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Accept the transfer of Ready status SIMs (Verify the transfer token)

    Verifies the transfer token for SIMs and accepts the transfer. To use this API, you need
    an API key and token issued with the destination operator.

    Args:
        body: VerifySubscriberTransferTokenRequest | dict[str, Any]
    """
    required(body, "body", "verify_subscriber_transfer_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/transfer_token/verify",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> VerifySubscriberTransferTokenResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (VerifySubscriberTransferTokenResponse), got an empty one"
        )
    response_200 = _from_dict_VerifySubscriberTransferTokenResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_VerifySubscriberTransferTokenResponse = VerifySubscriberTransferTokenResponse.from_dict
