"""issue_subscriber_transfer_token: POST /subscribers/transfer_token/issue"""

from typing import Any

from ....contracts import OperationSpec
from ...models.issue_subscriber_transfer_token_request import IssueSubscriberTransferTokenRequest
from ...models.issue_subscriber_transfer_token_response import IssueSubscriberTransferTokenResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="issueSubscriberTransferToken",
    method="POST",
    path="/subscribers/transfer_token/issue",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    body: IssueSubscriberTransferTokenRequest | dict[str, Any],
) -> dict[str, Any]:
    """Initiate the transfer of Ready status SIMs (Issue a transfer token)

    Initiates the transfer of Ready status SIMs. To use this API, you need an API key and
    token issued with the source operator. When this API is executed, a transfer token is
    issued and sent to the destination operator via email. For more information about SIM
    transfers, please refer to [Transferring Ready Status
    SIMs](/en/docs/air/transfer/#transferring-ready-status-sims).

    - To cancel a transfer, cancel each transfer token individually. If there is a possibility
    of canceling SIMs one by one, specify only one IMSI. To cancel, use the
    [Subscriber:deleteSubscriberTransferToken
    API](#!/Subscriber/deleteSubscriberTransferToken).
    - When this API is executed, the status of the SIMs will change to "Transferring".

    **Warning**: Do not change the status of SIMs that are in the "Transferring" status. If
    the status is changed, the SIMs can no longer be transferred using this procedure. For the
    procedure to transfer SIMs whose status has been changed, refer to [Transferring Other
    Status SIMs](/en/docs/air/transfer/#transferring-other-status-sims).

    **Info**: The information of the destination operator can be confirmed by logging in to
    the Soracom User Console with the destination operator.

    Args:
        body: IssueSubscriberTransferTokenRequest | dict[str, Any]
    """
    required(body, "body", "issue_subscriber_transfer_token")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/transfer_token/issue",
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> IssueSubscriberTransferTokenResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError(
            "expected a JSON body (IssueSubscriberTransferTokenResponse), got an empty one"
        )
    response_200 = _from_dict_IssueSubscriberTransferTokenResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_IssueSubscriberTransferTokenResponse = IssueSubscriberTransferTokenResponse.from_dict
