"""set_redirection_configuration: POST /virtual_private_gateways/{vpg_id}/junction/set_redirection"""

from typing import Any

from ....contracts import OperationSpec
from ...models.junction_redirection_configuration import JunctionRedirectionConfiguration
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="setRedirectionConfiguration",
    method="POST",
    path="/virtual_private_gateways/{vpg_id}/junction/set_redirection",
    group="VirtualPrivateGateway",
    auth=True,
    redirect=False,
    paginated=False,
)


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
    required(body, "body", "set_redirection_configuration")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/virtual_private_gateways/{vpg_id}/junction/set_redirection".format(
            vpg_id=path_segment(vpg_id, "vpg_id", "set_redirection_configuration"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
