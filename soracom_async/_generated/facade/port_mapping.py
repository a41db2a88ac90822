"""The `PortMapping` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
from ..api.port_mapping import create_port_mapping as _create_port_mapping
from ..api.port_mapping import create_port_mapping_for_sim as _create_port_mapping_for_sim
from ..api.port_mapping import delete_port_mapping as _delete_port_mapping
from ..api.port_mapping import list_port_mappings as _list_port_mappings
from ..api.port_mapping import list_port_mappings_for_sim as _list_port_mappings_for_sim
from ..api.port_mapping import (
    list_port_mappings_for_subscriber as _list_port_mappings_for_subscriber,
)


class PortMappingApi(TagApi):
    """Operations of the `PortMapping` group, as `client.port_mapping.<operation>`."""

    group = "PortMapping"

    create_port_mapping = operation(
        _create_port_mapping.build,
        _create_port_mapping.parse,
        "createPortMapping",
        "POST",
        "/port_mappings",
    )
    create_port_mapping_for_sim = operation(
        _create_port_mapping_for_sim.build,
        _create_port_mapping_for_sim.parse,
        "createPortMappingForSim",
        "POST",
        "/port_mappings/sims/{sim_id}",
    )
    delete_port_mapping = operation(
        _delete_port_mapping.build,
        _delete_port_mapping.parse,
        "deletePortMapping",
        "DELETE",
        "/port_mappings/{ip_address}/{port}",
    )
    list_port_mappings = paginated_operation(
        _list_port_mappings.build,
        _list_port_mappings.parse,
        "listPortMappings",
        "GET",
        "/port_mappings",
    )
    list_port_mappings_for_sim = operation(
        _list_port_mappings_for_sim.build,
        _list_port_mappings_for_sim.parse,
        "listPortMappingsForSim",
        "GET",
        "/port_mappings/sims/{sim_id}",
    )
    list_port_mappings_for_subscriber = operation(
        _list_port_mappings_for_subscriber.build,
        _list_port_mappings_for_subscriber.parse,
        "listPortMappingsForSubscriber",
        "GET",
        "/port_mappings/subscribers/{imsi}",
    )
