"""unset_inspection_configuration: POST /virtual_private_gateways/{vpg_id}/junction/unset_inspection"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Unset configuration for Junction inspection feature
    Unset configuration for Junction inspection feature.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/junction/unset_inspection".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "unset_inspection_configuration"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
