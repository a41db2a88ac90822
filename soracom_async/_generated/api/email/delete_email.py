"""delete_email: DELETE /operators/{operator_id}/emails/{email_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    email_id: str,
) -> dict[str, Any]:
    """Delete email address
    Deletes the email address corresponding to the specified email address ID from the
    operator.

    Args:
        operator_id (str):
        email_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/emails/{email_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            email_id=quote(str(email_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
