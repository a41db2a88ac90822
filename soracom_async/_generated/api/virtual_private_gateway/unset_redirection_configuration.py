"""unset_redirection_configuration: POST /virtual_private_gateways/{vpg_id}/junction/unset_redirection"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="unsetRedirectionConfiguration",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/junction/unset_redirection",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
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
        "url": "/virtual_private_gateways/{vpg_id}/junction/unset_redirection".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "unset_redirection_configuration"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
