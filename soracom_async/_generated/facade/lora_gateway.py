"""The `LoraGateway` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.lora_gateway import delete_lora_gateway_tag as _delete_lora_gateway_tag
from ..api.lora_gateway import (
    disable_termination_on_lora_gateway as _disable_termination_on_lora_gateway,
)
from ..api.lora_gateway import (
    enable_termination_on_lora_gateway as _enable_termination_on_lora_gateway,
)
from ..api.lora_gateway import get_lora_gateway as _get_lora_gateway
from ..api.lora_gateway import list_lora_gateways as _list_lora_gateways
from ..api.lora_gateway import put_lora_gateway_tags as _put_lora_gateway_tags
from ..api.lora_gateway import set_lora_network_set as _set_lora_network_set
from ..api.lora_gateway import terminate_lora_gateway as _terminate_lora_gateway
from ..api.lora_gateway import unset_lora_network_set as _unset_lora_network_set


class LoraGatewayApi(TagApi):
    """Operations of the `LoraGateway` group, as `client.lora_gateway.<operation>`."""

    group = "LoraGateway"

    delete_lora_gateway_tag = operation(
        _delete_lora_gateway_tag.build,
        _delete_lora_gateway_tag.parse,
        "deleteLoraGatewayTag",
        "DELETE",
        "/lora_gateways/{gateway_id}/tags/{tag_name}",
    )
    disable_termination_on_lora_gateway = operation(
        _disable_termination_on_lora_gateway.build,
        _disable_termination_on_lora_gateway.parse,
        "disableTerminationOnLoraGateway",
        "POST",
        "/lora_gateways/{gateway_id}/disable_termination",
    )
    enable_termination_on_lora_gateway = operation(
        _enable_termination_on_lora_gateway.build,
        _enable_termination_on_lora_gateway.parse,
        "enableTerminationOnLoraGateway",
        "POST",
        "/lora_gateways/{gateway_id}/enable_termination",
    )
    get_lora_gateway = operation(
        _get_lora_gateway.build,
        _get_lora_gateway.parse,
        "getLoraGateway",
        "GET",
        "/lora_gateways/{gateway_id}",
    )
    list_lora_gateways = paginated_operation(
        _list_lora_gateways.build,
        _list_lora_gateways.parse,
        "listLoraGateways",
        "GET",
        "/lora_gateways",
    )
    put_lora_gateway_tags = operation(
        _put_lora_gateway_tags.build,
        _put_lora_gateway_tags.parse,
        "putLoraGatewayTags",
        "PUT",
        "/lora_gateways/{gateway_id}/tags",
    )
    set_lora_network_set = operation(
        _set_lora_network_set.build,
        _set_lora_network_set.parse,
        "setLoraNetworkSet",
        "POST",
        "/lora_gateways/{gateway_id}/set_network_set",
    )
    terminate_lora_gateway = operation(
        _terminate_lora_gateway.build,
        _terminate_lora_gateway.parse,
        "terminateLoraGateway",
        "POST",
        "/lora_gateways/{gateway_id}/terminate",
    )
    unset_lora_network_set = operation(
        _unset_lora_network_set.build,
        _unset_lora_network_set.parse,
        "unsetLoraNetworkSet",
        "POST",
        "/lora_gateways/{gateway_id}/unset_network_set",
    )
