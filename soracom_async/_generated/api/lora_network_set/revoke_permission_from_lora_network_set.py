"""revoke_permission_from_lora_network_set: POST /lora_network_sets/{ns_id}/revoke_permission"""

from typing import Any

from ....contracts import OperationSpec
from ...models.lora_network_set import LoraNetworkSet
from ...models.update_permission_request import UpdatePermissionRequest
from ...types import (
    EmptyBodyError,
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="revokePermissionFromLoraNetworkSet",
    method="POST",
    path="/lora_network_sets/{ns_id}/revoke_permission",
    group="LoraNetworkSet",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    ns_id: str,
    body: UpdatePermissionRequest | dict[str, Any],
) -> dict[str, Any]:
    """Revokes a permission from a LoRaWAN network set

    Revokes a permission and removes an operator from the list of allowed operators in the
    network set.

    Args:
        ns_id (str):
        body: UpdatePermissionRequest | dict[str, Any]
    """
    required(body, "body", "revoke_permission_from_lora_network_set")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/lora_network_sets/{ns_id}/revoke_permission".format(
            ns_id=path_segment(ns_id, "ns_id", "revoke_permission_from_lora_network_set"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> LoraNetworkSet:
    """The parsed body of a successful (2xx) response."""
    if not response.content:
        raise EmptyBodyError("expected a JSON body (LoraNetworkSet), got an empty one")
    response_200 = _from_dict_LoraNetworkSet(response.json())

    return response_200


# Parsers called per object, bound once (after every import).
_from_dict_LoraNetworkSet = LoraNetworkSet.from_dict
