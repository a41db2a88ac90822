"""delete_credential: DELETE /credentials/{credentials_id}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    credentials_id: str,
) -> dict[str, Any]:
    """Delete a credential set
    Deletes a credential set.

    Args:
        credentials_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/credentials/{credentials_id}".format(
            credentials_id=quote(str(credentials_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
