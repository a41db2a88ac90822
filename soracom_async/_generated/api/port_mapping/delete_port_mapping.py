"""delete_port_mapping: DELETE /port_mappings/{ip_address}/{port}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deletePortMapping",
    method="DELETE",
    path="/port_mappings/{ip_address}/{port}",
    group="PortMapping",
    auth=True,
    redirect=False,
    paginated=False,
)


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
        "url": "/port_mappings/{ip_address}/{port}".format(
            ip_address=path_segment(ip_address, "ip_address", "delete_port_mapping"),
            port=path_segment(port, "port", "delete_port_mapping"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
