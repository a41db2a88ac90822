"""delete_subscriber_transfer_token: DELETE /subscribers/transfer_token/{token}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSubscriberTransferToken",
    method="DELETE",
    path="/subscribers/transfer_token/{token}",
    group="Subscriber",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    token: str,
) -> dict[str, Any]:
    """Cancel the transfer of Ready status SIMs (Invalidate the transfer token)

    Invalidate the transfer token for SIMs and cancels the transfer of all SIMs associated
    with the transfer token. To use this API, you need an API key and token issued with the
    source operator.

    Args:
        token (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/subscribers/transfer_token/{token}".format(
            token=path_segment(token, "token", "delete_subscriber_transfer_token"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
