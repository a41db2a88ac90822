"""disable_gate_privacy_separator: POST /virtual_private_gateways/{vpg_id}/gate/disable_privacy_separator"""

from typing import Any

from ....contracts import OperationSpec
from ...models.virtual_private_gateway import VirtualPrivateGateway
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="disableGatePrivacySeparator",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/gate/disable_privacy_separator",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    vpg_id: str,
) -> dict[str, Any]:
    """Disables Soracom Gate's privacy separator feature on the specified VPG

    Disables Soracom Gate's privacy separator feature on the specified VPG and enables the
    Gate D2D feature.

    Args:
        vpg_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/gate/disable_privacy_separator".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "disable_gate_privacy_separator"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> VirtualPrivateGateway:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (VirtualPrivateGateway), got an empty one")
    response_200 = _from_dict_VirtualPrivateGateway(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_VirtualPrivateGateway = VirtualPrivateGateway.from_dict
