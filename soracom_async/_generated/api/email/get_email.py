"""get_email: GET /operators/{operator_id}/emails/{email_id}"""

from typing import Any
from urllib.parse import quote

from ...models.emails_model import EmailsModel
from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    email_id: str,
) -> dict[str, Any]:
    """Get email address
    Retrieves information for the email address corresponding to the specified email address
    ID.

    Args:
        operator_id (str):
        email_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/operators/{operator_id}/emails/{email_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            email_id=quote(str(email_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> EmailsModel:
    """The parsed body of a successful (2xx) response."""
    response_200 = EmailsModel.from_dict(response.json())

    return response_200
