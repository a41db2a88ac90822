"""get_exported_file: GET /files/exported/{exported_file_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.get_exported_file_response import GetExportedFileResponse
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="getExportedFile",
    method="GET",
    path="/files/exported/{exported_file_id}",
    group="Files",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    exported_file_id: str,
) -> dict[str, Any]:
    """Get the progress of the process when the file is exported asynchronously.

    Get the progress of the process when the file is exported asynchronously. If the export is
    complete, you will get the URL to download the file. You can download the file from the
    URL.

    The following APIs are available to export files asynchronously. The `exported_file_id` is
    the file output ID (the value of `exportedFileId`) obtained from the following API.

    - [Billing:exportBilling API](#!/Billing/exportBilling)
    - [Billing:exportLatestBilling API](#!/Billing/exportLatestBilling)
    - [Payment:exportPaymentStatement API](#!/Payment/exportPaymentStatement)
    - [Stats:exportAirStats API](#!/Stats/exportAirStats)
    - [Stats:exportBeamStats API](#!/Stats/exportBeamStats)
    - [Stats:exportFunkStats API](#!/Stats/exportFunkStats)
    - [Stats:exportFunnelStats API](#!/Stats/exportFunnelStats)
    - [Subscriber:exportSubscribers API](#!/Subscriber/exportSubscribers)

    Args:
        exported_file_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/files/exported/{exported_file_id}".format(
            exported_file_id=path_segment(
                exported_file_id, "exported_file_id", "get_exported_file"
            ),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> GetExportedFileResponse:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (GetExportedFileResponse), got an empty one")
    response_200 = _from_dict_GetExportedFileResponse(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_GetExportedFileResponse = GetExportedFileResponse.from_dict
