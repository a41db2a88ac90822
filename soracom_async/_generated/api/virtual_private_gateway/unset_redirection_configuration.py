"""unset_redirection_configuration: POST /virtual_private_gateways/{vpg_id}/junction/unset_redirection"""

from typing import Any

from ...types import (
    ResponseLike,
    path_segment,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Unset configuration for Junction redirection feature
    Unset configuration for Junction redirection feature.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/virtual_private_gateways/{vpg_id}/junction/unset_redirection".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "unset_redirection_configuration"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
