"""update_operator_password: POST /operators/{operator_id}/password"""

from typing import Any
from urllib.parse import quote

from ...models.update_password_request import UpdatePasswordRequest
from ...types import ResponseLike, to_jsonable


def build(
    *,
    operator_id: str,
    body: UpdatePasswordRequest | dict[str, Any],
) -> dict[str, Any]:
    """Update Operator Password
    Updates the operator's password.

    Args:
        operator_id (str):
        body: UpdatePasswordRequest | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/operators/{operator_id}/password".format(
            operator_id=quote(str(operator_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
