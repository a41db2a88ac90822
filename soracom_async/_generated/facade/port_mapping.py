"""The `PortMapping` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.port_mapping import create_port_mapping as _create_port_mapping
    from ..api.port_mapping import create_port_mapping_for_sim as _create_port_mapping_for_sim
    from ..api.port_mapping import delete_port_mapping as _delete_port_mapping
    from ..api.port_mapping import list_port_mappings as _list_port_mappings
    from ..api.port_mapping import list_port_mappings_for_sim as _list_port_mappings_for_sim
    from ..api.port_mapping import (
        list_port_mappings_for_subscriber as _list_port_mappings_for_subscriber,
    )


class PortMappingApi(TagApi):
    """Operations of the `PortMapping` group, as `client.port_mapping.<operation>`.

    One rate-limit group. `help(client.port_mapping.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_port_mapping: Create Napter On-Demand Remote Access entry
        create_port_mapping_for_sim: Create Napter On-Demand Remote Access entry with specified
            SIM ID
        delete_port_mapping: Delete Napter On-Demand Remote Access entry
        list_port_mappings: Retrieve a list of Napter On-Demand Remote Access entries
            (paginated)
        list_port_mappings_for_sim: Retrieve a list of Napter On-Demand Remote Access entries
            created with specified SIM ID
        list_port_mappings_for_subscriber: Retrieve a list of Napter On-Demand Remote Access
            entries created with specified IMSI
    """

    group = "PortMapping"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_port_mapping = operation(
            _create_port_mapping.SPEC, _create_port_mapping.build, _create_port_mapping.parse
        )
        create_port_mapping_for_sim = operation(
            _create_port_mapping_for_sim.SPEC,
            _create_port_mapping_for_sim.build,
            _create_port_mapping_for_sim.parse,
        )
        delete_port_mapping = operation(
            _delete_port_mapping.SPEC, _delete_port_mapping.build, _delete_port_mapping.parse
        )
        list_port_mappings = paginated_operation(
            _list_port_mappings.SPEC,
            _list_port_mappings.build,
            _list_port_mappings.parse,
            items=_list_port_mappings.items,
            paging=_list_port_mappings.paging,
        )
        list_port_mappings_for_sim = operation(
            _list_port_mappings_for_sim.SPEC,
            _list_port_mappings_for_sim.build,
            _list_port_mappings_for_sim.parse,
        )
        list_port_mappings_for_subscriber = operation(
            _list_port_mappings_for_subscriber.SPEC,
            _list_port_mappings_for_subscriber.build,
            _list_port_mappings_for_subscriber.parse,
        )
    else:
        create_port_mapping = lazy_operation(
            "..api.port_mapping.create_port_mapping", __package__, group=group
        )
        create_port_mapping_for_sim = lazy_operation(
            "..api.port_mapping.create_port_mapping_for_sim", __package__, group=group
        )
        delete_port_mapping = lazy_operation(
            "..api.port_mapping.delete_port_mapping", __package__, group=group
        )
        list_port_mappings = lazy_paginated_operation(
            "..api.port_mapping.list_port_mappings", __package__, group=group
        )
        list_port_mappings_for_sim = lazy_operation(
            "..api.port_mapping.list_port_mappings_for_sim", __package__, group=group
        )
        list_port_mappings_for_subscriber = lazy_operation(
            "..api.port_mapping.list_port_mappings_for_subscriber", __package__, group=group
        )
