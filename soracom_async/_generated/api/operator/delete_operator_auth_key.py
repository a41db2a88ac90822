"""delete_operator_auth_key: DELETE /operators/{operator_id}/auth_keys/{auth_key_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    operator_id: str,
    auth_key_id: str,
) -> dict[str, Any]:
    """Delete Operator AuthKey
    Deletes an AuthKey from the operator.

    Args:
        operator_id (str):
        auth_key_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/operators/{operator_id}/auth_keys/{auth_key_id}".format(
            operator_id=quote(str(operator_id), safe=""),
            auth_key_id=quote(str(auth_key_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
