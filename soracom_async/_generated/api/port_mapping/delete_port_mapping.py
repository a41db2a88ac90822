"""delete_port_mapping: DELETE /port_mappings/{ip_address}/{port}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    ip_address: str,
    port: str,
) -> dict[str, Any]:
    """Delete Napter On-Demand Remote Access entry
    Deletes the specified Napter On-Demand Remote Access entry.

    Args:
        ip_address (str):
        port (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/port_mappings/{ip_address}/{port}".format(
            ip_address=quote(str(ip_address), safe=""),
            port=quote(str(port), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
