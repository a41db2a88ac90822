"""list_emails: GET /operators/{operator_id}/emails"""

from typing import Any
from urllib.parse import quote

from ...models.emails_model import EmailsModel
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
) -> dict[str, Any]:
    """List email addresses
    Retrieves a list of email addresses registered to the operator.

    Args:
        operator_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/emails".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[EmailsModel]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = EmailsModel.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
