"""set_redirection_configuration: POST /virtual_private_gateways/{vpg_id}/junction/set_redirection"""

from typing import Any
from urllib.parse import quote

from ...models.junction_redirection_configuration import JunctionRedirectionConfiguration
from ...types import ResponseLike, to_jsonable


def build(
    *,
    vpg_id: str,
    body: JunctionRedirectionConfiguration | dict[str, Any],
) -> dict[str, Any]:
    """Sets configuration for Junction redirection feature
    Sets configuration for Junction redirection feature.

    Args:
        vpg_id (str):
        body: JunctionRedirectionConfiguration | dict[str, Any]
    """
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/junction/set_redirection".format(
            vpg_id=quote(str(vpg_id), safe=""),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
