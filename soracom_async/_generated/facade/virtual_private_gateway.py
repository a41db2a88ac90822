"""The `VirtualPrivateGateway` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.virtual_private_gateway import (
        accept_transit_gateway_vpc_attachment_from_customer as _accept_transit_gateway_vpc_attachment_from_customer,
    )
    from ..api.virtual_private_gateway import (
        assign_fixed_public_ip_addresses as _assign_fixed_public_ip_addresses,
    )
    from ..api.virtual_private_gateway import close_gate as _close_gate
    from ..api.virtual_private_gateway import create_customer_route as _create_customer_route
    from ..api.virtual_private_gateway import create_mirroring_peer as _create_mirroring_peer
    from ..api.virtual_private_gateway import (
        create_packet_capture_session as _create_packet_capture_session,
    )
    from ..api.virtual_private_gateway import (
        create_transit_gateway_peering_connection as _create_transit_gateway_peering_connection,
    )
    from ..api.virtual_private_gateway import (
        create_transit_gateway_vpc_attachment as _create_transit_gateway_vpc_attachment,
    )
    from ..api.virtual_private_gateway import (
        create_virtual_private_gateway as _create_virtual_private_gateway,
    )
    from ..api.virtual_private_gateway import (
        create_vpc_peering_connection as _create_vpc_peering_connection,
    )
    from ..api.virtual_private_gateway import delete_customer_route as _delete_customer_route
    from ..api.virtual_private_gateway import delete_mirroring_peer as _delete_mirroring_peer
    from ..api.virtual_private_gateway import (
        delete_packet_capture_session as _delete_packet_capture_session,
    )
    from ..api.virtual_private_gateway import (
        delete_transit_gateway_peering_connection as _delete_transit_gateway_peering_connection,
    )
    from ..api.virtual_private_gateway import (
        delete_transit_gateway_vpc_attachment as _delete_transit_gateway_vpc_attachment,
    )
    from ..api.virtual_private_gateway import (
        delete_virtual_private_gateway_ip_address_map_entry as _delete_virtual_private_gateway_ip_address_map_entry,
    )
    from ..api.virtual_private_gateway import (
        delete_virtual_private_gateway_tag as _delete_virtual_private_gateway_tag,
    )
    from ..api.virtual_private_gateway import (
        delete_vpc_peering_connection as _delete_vpc_peering_connection,
    )
    from ..api.virtual_private_gateway import (
        disable_gate_privacy_separator as _disable_gate_privacy_separator,
    )
    from ..api.virtual_private_gateway import (
        disable_sim_based_routing as _disable_sim_based_routing,
    )
    from ..api.virtual_private_gateway import (
        disable_traffic_filtering as _disable_traffic_filtering,
    )
    from ..api.virtual_private_gateway import (
        enable_gate_privacy_separator as _enable_gate_privacy_separator,
    )
    from ..api.virtual_private_gateway import enable_sim_based_routing as _enable_sim_based_routing
    from ..api.virtual_private_gateway import enable_traffic_filtering as _enable_traffic_filtering
    from ..api.virtual_private_gateway import (
        get_packet_capture_session as _get_packet_capture_session,
    )
    from ..api.virtual_private_gateway import (
        get_virtual_private_gateway as _get_virtual_private_gateway,
    )
    from ..api.virtual_private_gateway import list_gate_peers as _list_gate_peers
    from ..api.virtual_private_gateway import (
        list_packet_capture_sessions as _list_packet_capture_sessions,
    )
    from ..api.virtual_private_gateway import (
        list_virtual_private_gateway_ip_address_map_entries as _list_virtual_private_gateway_ip_address_map_entries,
    )
    from ..api.virtual_private_gateway import (
        list_virtual_private_gateways as _list_virtual_private_gateways,
    )
    from ..api.virtual_private_gateway import open_gate as _open_gate
    from ..api.virtual_private_gateway import put_fqdn_filter_rules as _put_fqdn_filter_rules
    from ..api.virtual_private_gateway import (
        put_sim_based_routing_routes as _put_sim_based_routing_routes,
    )
    from ..api.virtual_private_gateway import put_uplink_filter_rules as _put_uplink_filter_rules
    from ..api.virtual_private_gateway import (
        put_virtual_private_gateway_ip_address_map_entry as _put_virtual_private_gateway_ip_address_map_entry,
    )
    from ..api.virtual_private_gateway import register_gate_peer as _register_gate_peer
    from ..api.virtual_private_gateway import (
        release_fixed_public_ip_addresses as _release_fixed_public_ip_addresses,
    )
    from ..api.virtual_private_gateway import (
        set_inspection_configuration as _set_inspection_configuration,
    )
    from ..api.virtual_private_gateway import (
        set_redirection_configuration as _set_redirection_configuration,
    )
    from ..api.virtual_private_gateway import set_routing_filter as _set_routing_filter
    from ..api.virtual_private_gateway import (
        set_virtual_private_gateway_vx_lan_id as _set_virtual_private_gateway_vx_lan_id,
    )
    from ..api.virtual_private_gateway import (
        stop_packet_capture_session as _stop_packet_capture_session,
    )
    from ..api.virtual_private_gateway import (
        terminate_virtual_private_gateway as _terminate_virtual_private_gateway,
    )
    from ..api.virtual_private_gateway import unregister_gate_peer as _unregister_gate_peer
    from ..api.virtual_private_gateway import (
        unset_inspection_configuration as _unset_inspection_configuration,
    )
    from ..api.virtual_private_gateway import (
        unset_redirection_configuration as _unset_redirection_configuration,
    )
    from ..api.virtual_private_gateway import update_customer_route as _update_customer_route
    from ..api.virtual_private_gateway import update_mirroring_peer as _update_mirroring_peer
    from ..api.virtual_private_gateway import (
        update_virtual_private_gateway_tags as _update_virtual_private_gateway_tags,
    )


class VirtualPrivateGatewayApi(TagApi):
    """Operations of the `VirtualPrivateGateway` group, as `client.virtual_private_gateway.<operation>`.

    One rate-limit group. `help(client.virtual_private_gateway.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        accept_transit_gateway_vpc_attachment_from_customer: Accept transit gateway VPC
            attachment connection request
        assign_fixed_public_ip_addresses: Enable the fixed global IP address option for the VPG
        close_gate: Close SORACOM Gate.
        create_customer_route: Create routing table entry
        create_mirroring_peer: Adds node in the list of Junction mirroring peers
        create_packet_capture_session: Create a packet capture session associated with the VPG
        create_transit_gateway_peering_connection: Create transit gateway peering connection
        create_transit_gateway_vpc_attachment: Create transit gateway VPC attachment
        create_virtual_private_gateway: Create Virtual Private Gateway
        create_vpc_peering_connection: Create VPC Peering Connection
        delete_customer_route: Delete routing table entry
        delete_mirroring_peer: Remove peer from the list of Junction mirroring peers
        delete_packet_capture_session: Delete a packet capture session associated with the VPG
        delete_transit_gateway_peering_connection: Delete transit gateway peering connection
        delete_transit_gateway_vpc_attachment: Delete transit gateway VPC attachment
        delete_virtual_private_gateway_ip_address_map_entry: Delete VPG IP address map entry
        delete_virtual_private_gateway_tag: Delete a VPG Tag
        delete_vpc_peering_connection: Delete VPC Peering Connection
        disable_gate_privacy_separator: Disables Soracom Gate's privacy separator feature on the
            specified VPG
        disable_sim_based_routing: Disable SIM-Based Routing
        disable_traffic_filtering: Disable Traffic Filtering
        enable_gate_privacy_separator: Enables Soracom Gate privacy separator feature on the
            specified VPG
        enable_sim_based_routing: Enable SIM-Based Routing
        enable_traffic_filtering: Enable Traffic Filtering
        get_packet_capture_session: Get a packet capture session associated with the VPG
        get_virtual_private_gateway: Get Virtual Private Gateway
        list_gate_peers: List VPG Gate Peers
        list_packet_capture_sessions: List Packet Capture Sessions associated with the VPG
            (paginated)
        list_virtual_private_gateway_ip_address_map_entries: List VPG IP address map entries
            (paginated)
        list_virtual_private_gateways: List Virtual Private Gateways (paginated)
        open_gate: Open Soracom Gate
        put_fqdn_filter_rules: Update domain rules
        put_sim_based_routing_routes: Associate a router's LAN IP address range with its SIM ID
        put_uplink_filter_rules: Update IP rules
        put_virtual_private_gateway_ip_address_map_entry: Adds or updates an entry in VPG IP
            address map
        register_gate_peer: Register VPG Gate Peer
        release_fixed_public_ip_addresses: Disable the fixed global IP address option for the
            VPG
        set_inspection_configuration: Sets configuration for Junction inspection feature
        set_redirection_configuration: Sets configuration for Junction redirection feature
        set_routing_filter: Sets Virtual Private Gateway outbound routing filter
        set_virtual_private_gateway_vx_lan_id: Set VXLAN ID for Gate
        stop_packet_capture_session: Stop a packet capture session associated with the VPG
        terminate_virtual_private_gateway: Terminate Virtual Private Gateway
        unregister_gate_peer: Unregister VPG Gate Peer
        unset_inspection_configuration: Unset configuration for Junction inspection feature
        unset_redirection_configuration: Unset configuration for Junction redirection feature
        update_customer_route: Update routing table entry
        update_mirroring_peer: Updates a Junction mirroring peer
        update_virtual_private_gateway_tags: Update VPG tags
    """

    group = "VirtualPrivateGateway"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        accept_transit_gateway_vpc_attachment_from_customer = operation(
            _accept_transit_gateway_vpc_attachment_from_customer.SPEC,
            _accept_transit_gateway_vpc_attachment_from_customer.build,
            _accept_transit_gateway_vpc_attachment_from_customer.parse,
        )
        assign_fixed_public_ip_addresses = operation(
            _assign_fixed_public_ip_addresses.SPEC,
            _assign_fixed_public_ip_addresses.build,
            _assign_fixed_public_ip_addresses.parse,
        )
        close_gate = operation(_close_gate.SPEC, _close_gate.build, _close_gate.parse)
        create_customer_route = operation(
            _create_customer_route.SPEC, _create_customer_route.build, _create_customer_route.parse
        )
        create_mirroring_peer = operation(
            _create_mirroring_peer.SPEC, _create_mirroring_peer.build, _create_mirroring_peer.parse
        )
        create_packet_capture_session = operation(
            _create_packet_capture_session.SPEC,
            _create_packet_capture_session.build,
            _create_packet_capture_session.parse,
        )
        create_transit_gateway_peering_connection = operation(
            _create_transit_gateway_peering_connection.SPEC,
            _create_transit_gateway_peering_connection.build,
            _create_transit_gateway_peering_connection.parse,
        )
        create_transit_gateway_vpc_attachment = operation(
            _create_transit_gateway_vpc_attachment.SPEC,
            _create_transit_gateway_vpc_attachment.build,
            _create_transit_gateway_vpc_attachment.parse,
        )
        create_virtual_private_gateway = operation(
            _create_virtual_private_gateway.SPEC,
            _create_virtual_private_gateway.build,
            _create_virtual_private_gateway.parse,
        )
        create_vpc_peering_connection = operation(
            _create_vpc_peering_connection.SPEC,
            _create_vpc_peering_connection.build,
            _create_vpc_peering_connection.parse,
        )
        delete_customer_route = operation(
            _delete_customer_route.SPEC, _delete_customer_route.build, _delete_customer_route.parse
        )
        delete_mirroring_peer = operation(
            _delete_mirroring_peer.SPEC, _delete_mirroring_peer.build, _delete_mirroring_peer.parse
        )
        delete_packet_capture_session = operation(
            _delete_packet_capture_session.SPEC,
            _delete_packet_capture_session.build,
            _delete_packet_capture_session.parse,
        )
        delete_transit_gateway_peering_connection = operation(
            _delete_transit_gateway_peering_connection.SPEC,
            _delete_transit_gateway_peering_connection.build,
            _delete_transit_gateway_peering_connection.parse,
        )
        delete_transit_gateway_vpc_attachment = operation(
            _delete_transit_gateway_vpc_attachment.SPEC,
            _delete_transit_gateway_vpc_attachment.build,
            _delete_transit_gateway_vpc_attachment.parse,
        )
        delete_virtual_private_gateway_ip_address_map_entry = operation(
            _delete_virtual_private_gateway_ip_address_map_entry.SPEC,
            _delete_virtual_private_gateway_ip_address_map_entry.build,
            _delete_virtual_private_gateway_ip_address_map_entry.parse,
        )
        delete_virtual_private_gateway_tag = operation(
            _delete_virtual_private_gateway_tag.SPEC,
            _delete_virtual_private_gateway_tag.build,
            _delete_virtual_private_gateway_tag.parse,
        )
        delete_vpc_peering_connection = operation(
            _delete_vpc_peering_connection.SPEC,
            _delete_vpc_peering_connection.build,
            _delete_vpc_peering_connection.parse,
        )
        disable_gate_privacy_separator = operation(
            _disable_gate_privacy_separator.SPEC,
            _disable_gate_privacy_separator.build,
            _disable_gate_privacy_separator.parse,
        )
        disable_sim_based_routing = operation(
            _disable_sim_based_routing.SPEC,
            _disable_sim_based_routing.build,
            _disable_sim_based_routing.parse,
        )
        disable_traffic_filtering = operation(
            _disable_traffic_filtering.SPEC,
            _disable_traffic_filtering.build,
            _disable_traffic_filtering.parse,
        )
        enable_gate_privacy_separator = operation(
            _enable_gate_privacy_separator.SPEC,
            _enable_gate_privacy_separator.build,
            _enable_gate_privacy_separator.parse,
        )
        enable_sim_based_routing = operation(
            _enable_sim_based_routing.SPEC,
            _enable_sim_based_routing.build,
            _enable_sim_based_routing.parse,
        )
        enable_traffic_filtering = operation(
            _enable_traffic_filtering.SPEC,
            _enable_traffic_filtering.build,
            _enable_traffic_filtering.parse,
        )
        get_packet_capture_session = operation(
            _get_packet_capture_session.SPEC,
            _get_packet_capture_session.build,
            _get_packet_capture_session.parse,
        )
        get_virtual_private_gateway = operation(
            _get_virtual_private_gateway.SPEC,
            _get_virtual_private_gateway.build,
            _get_virtual_private_gateway.parse,
        )
        list_gate_peers = operation(
            _list_gate_peers.SPEC, _list_gate_peers.build, _list_gate_peers.parse
        )
        list_packet_capture_sessions = paginated_operation(
            _list_packet_capture_sessions.SPEC,
            _list_packet_capture_sessions.build,
            _list_packet_capture_sessions.parse,
            items=_list_packet_capture_sessions.items,
            paging=_list_packet_capture_sessions.paging,
        )
        list_virtual_private_gateway_ip_address_map_entries = paginated_operation(
            _list_virtual_private_gateway_ip_address_map_entries.SPEC,
            _list_virtual_private_gateway_ip_address_map_entries.build,
            _list_virtual_private_gateway_ip_address_map_entries.parse,
            items=_list_virtual_private_gateway_ip_address_map_entries.items,
            paging=_list_virtual_private_gateway_ip_address_map_entries.paging,
        )
        list_virtual_private_gateways = paginated_operation(
            _list_virtual_private_gateways.SPEC,
            _list_virtual_private_gateways.build,
            _list_virtual_private_gateways.parse,
            items=_list_virtual_private_gateways.items,
            paging=_list_virtual_private_gateways.paging,
        )
        open_gate = operation(_open_gate.SPEC, _open_gate.build, _open_gate.parse)
        put_fqdn_filter_rules = operation(
            _put_fqdn_filter_rules.SPEC, _put_fqdn_filter_rules.build, _put_fqdn_filter_rules.parse
        )
        put_sim_based_routing_routes = operation(
            _put_sim_based_routing_routes.SPEC,
            _put_sim_based_routing_routes.build,
            _put_sim_based_routing_routes.parse,
        )
        put_uplink_filter_rules = operation(
            _put_uplink_filter_rules.SPEC,
            _put_uplink_filter_rules.build,
            _put_uplink_filter_rules.parse,
        )
        put_virtual_private_gateway_ip_address_map_entry = operation(
            _put_virtual_private_gateway_ip_address_map_entry.SPEC,
            _put_virtual_private_gateway_ip_address_map_entry.build,
            _put_virtual_private_gateway_ip_address_map_entry.parse,
        )
        register_gate_peer = operation(
            _register_gate_peer.SPEC, _register_gate_peer.build, _register_gate_peer.parse
        )
        release_fixed_public_ip_addresses = operation(
            _release_fixed_public_ip_addresses.SPEC,
            _release_fixed_public_ip_addresses.build,
            _release_fixed_public_ip_addresses.parse,
        )
        set_inspection_configuration = operation(
            _set_inspection_configuration.SPEC,
            _set_inspection_configuration.build,
            _set_inspection_configuration.parse,
        )
        set_redirection_configuration = operation(
            _set_redirection_configuration.SPEC,
            _set_redirection_configuration.build,
            _set_redirection_configuration.parse,
        )
        set_routing_filter = operation(
            _set_routing_filter.SPEC, _set_routing_filter.build, _set_routing_filter.parse
        )
        set_virtual_private_gateway_vx_lan_id = operation(
            _set_virtual_private_gateway_vx_lan_id.SPEC,
            _set_virtual_private_gateway_vx_lan_id.build,
            _set_virtual_private_gateway_vx_lan_id.parse,
        )
        stop_packet_capture_session = operation(
            _stop_packet_capture_session.SPEC,
            _stop_packet_capture_session.build,
            _stop_packet_capture_session.parse,
        )
        terminate_virtual_private_gateway = operation(
            _terminate_virtual_private_gateway.SPEC,
            _terminate_virtual_private_gateway.build,
            _terminate_virtual_private_gateway.parse,
        )
        unregister_gate_peer = operation(
            _unregister_gate_peer.SPEC, _unregister_gate_peer.build, _unregister_gate_peer.parse
        )
        unset_inspection_configuration = operation(
            _unset_inspection_configuration.SPEC,
            _unset_inspection_configuration.build,
            _unset_inspection_configuration.parse,
        )
        unset_redirection_configuration = operation(
            _unset_redirection_configuration.SPEC,
            _unset_redirection_configuration.build,
            _unset_redirection_configuration.parse,
        )
        update_customer_route = operation(
            _update_customer_route.SPEC, _update_customer_route.build, _update_customer_route.parse
        )
        update_mirroring_peer = operation(
            _update_mirroring_peer.SPEC, _update_mirroring_peer.build, _update_mirroring_peer.parse
        )
        update_virtual_private_gateway_tags = operation(
            _update_virtual_private_gateway_tags.SPEC,
            _update_virtual_private_gateway_tags.build,
            _update_virtual_private_gateway_tags.parse,
        )
    else:
        accept_transit_gateway_vpc_attachment_from_customer = lazy_operation(
            "..api.virtual_private_gateway.accept_transit_gateway_vpc_attachment_from_customer",
            __package__,
            group=group,
        )
        assign_fixed_public_ip_addresses = lazy_operation(
            "..api.virtual_private_gateway.assign_fixed_public_ip_addresses",
            __package__,
            group=group,
        )
        close_gate = lazy_operation(
            "..api.virtual_private_gateway.close_gate", __package__, group=group
        )
        create_customer_route = lazy_operation(
            "..api.virtual_private_gateway.create_customer_route", __package__, group=group
        )
        create_mirroring_peer = lazy_operation(
            "..api.virtual_private_gateway.create_mirroring_peer", __package__, group=group
        )
        create_packet_capture_session = lazy_operation(
            "..api.virtual_private_gateway.create_packet_capture_session", __package__, group=group
        )
        create_transit_gateway_peering_connection = lazy_operation(
            "..api.virtual_private_gateway.create_transit_gateway_peering_connection",
            __package__,
            group=group,
        )
        create_transit_gateway_vpc_attachment = lazy_operation(
            "..api.virtual_private_gateway.create_transit_gateway_vpc_attachment",
            __package__,
            group=group,
        )
        create_virtual_private_gateway = lazy_operation(
            "..api.virtual_private_gateway.create_virtual_private_gateway", __package__, group=group
        )
        create_vpc_peering_connection = lazy_operation(
            "..api.virtual_private_gateway.create_vpc_peering_connection", __package__, group=group
        )
        delete_customer_route = lazy_operation(
            "..api.virtual_private_gateway.delete_customer_route", __package__, group=group
        )
        delete_mirroring_peer = lazy_operation(
            "..api.virtual_private_gateway.delete_mirroring_peer", __package__, group=group
        )
        delete_packet_capture_session = lazy_operation(
            "..api.virtual_private_gateway.delete_packet_capture_session", __package__, group=group
        )
        delete_transit_gateway_peering_connection = lazy_operation(
            "..api.virtual_private_gateway.delete_transit_gateway_peering_connection",
            __package__,
            group=group,
        )
        delete_transit_gateway_vpc_attachment = lazy_operation(
            "..api.virtual_private_gateway.delete_transit_gateway_vpc_attachment",
            __package__,
            group=group,
        )
        delete_virtual_private_gateway_ip_address_map_entry = lazy_operation(
            "..api.virtual_private_gateway.delete_virtual_private_gateway_ip_address_map_entry",
            __package__,
            group=group,
        )
        delete_virtual_private_gateway_tag = lazy_operation(
            "..api.virtual_private_gateway.delete_virtual_private_gateway_tag",
            __package__,
            group=group,
        )
        delete_vpc_peering_connection = lazy_operation(
            "..api.virtual_private_gateway.delete_vpc_peering_connection", __package__, group=group
        )
        disable_gate_privacy_separator = lazy_operation(
            "..api.virtual_private_gateway.disable_gate_privacy_separator", __package__, group=group
        )
        disable_sim_based_routing = lazy_operation(
            "..api.virtual_private_gateway.disable_sim_based_routing", __package__, group=group
        )
        disable_traffic_filtering = lazy_operation(
            "..api.virtual_private_gateway.disable_traffic_filtering", __package__, group=group
        )
        enable_gate_privacy_separator = lazy_operation(
            "..api.virtual_private_gateway.enable_gate_privacy_separator", __package__, group=group
        )
        enable_sim_based_routing = lazy_operation(
            "..api.virtual_private_gateway.enable_sim_based_routing", __package__, group=group
        )
        enable_traffic_filtering = lazy_operation(
            "..api.virtual_private_gateway.enable_traffic_filtering", __package__, group=group
        )
        get_packet_capture_session = lazy_operation(
            "..api.virtual_private_gateway.get_packet_capture_session", __package__, group=group
        )
        get_virtual_private_gateway = lazy_operation(
            "..api.virtual_private_gateway.get_virtual_private_gateway", __package__, group=group
        )
        list_gate_peers = lazy_operation(
            "..api.virtual_private_gateway.list_gate_peers", __package__, group=group
        )
        list_packet_capture_sessions = lazy_paginated_operation(
            "..api.virtual_private_gateway.list_packet_capture_sessions", __package__, group=group
        )
        list_virtual_private_gateway_ip_address_map_entries = lazy_paginated_operation(
            "..api.virtual_private_gateway.list_virtual_private_gateway_ip_address_map_entries",
            __package__,
            group=group,
        )
        list_virtual_private_gateways = lazy_paginated_operation(
            "..api.virtual_private_gateway.list_virtual_private_gateways", __package__, group=group
        )
        open_gate = lazy_operation(
            "..api.virtual_private_gateway.open_gate", __package__, group=group
        )
        put_fqdn_filter_rules = lazy_operation(
            "..api.virtual_private_gateway.put_fqdn_filter_rules", __package__, group=group
        )
        put_sim_based_routing_routes = lazy_operation(
            "..api.virtual_private_gateway.put_sim_based_routing_routes", __package__, group=group
        )
        put_uplink_filter_rules = lazy_operation(
            "..api.virtual_private_gateway.put_uplink_filter_rules", __package__, group=group
        )
        put_virtual_private_gateway_ip_address_map_entry = lazy_operation(
            "..api.virtual_private_gateway.put_virtual_private_gateway_ip_address_map_entry",
            __package__,
            group=group,
        )
        register_gate_peer = lazy_operation(
            "..api.virtual_private_gateway.register_gate_peer", __package__, group=group
        )
        release_fixed_public_ip_addresses = lazy_operation(
            "..api.virtual_private_gateway.release_fixed_public_ip_addresses",
            __package__,
            group=group,
        )
        set_inspection_configuration = lazy_operation(
            "..api.virtual_private_gateway.set_inspection_configuration", __package__, group=group
        )
        set_redirection_configuration = lazy_operation(
            "..api.virtual_private_gateway.set_redirection_configuration", __package__, group=group
        )
        set_routing_filter = lazy_operation(
            "..api.virtual_private_gateway.set_routing_filter", __package__, group=group
        )
        set_virtual_private_gateway_vx_lan_id = lazy_operation(
            "..api.virtual_private_gateway.set_virtual_private_gateway_vx_lan_id",
            __package__,
            group=group,
        )
        stop_packet_capture_session = lazy_operation(
            "..api.virtual_private_gateway.stop_packet_capture_session", __package__, group=group
        )
        terminate_virtual_private_gateway = lazy_operation(
            "..api.virtual_private_gateway.terminate_virtual_private_gateway",
            __package__,
            group=group,
        )
        unregister_gate_peer = lazy_operation(
            "..api.virtual_private_gateway.unregister_gate_peer", __package__, group=group
        )
        unset_inspection_configuration = lazy_operation(
            "..api.virtual_private_gateway.unset_inspection_configuration", __package__, group=group
        )
        unset_redirection_configuration = lazy_operation(
            "..api.virtual_private_gateway.unset_redirection_configuration",
            __package__,
            group=group,
        )
        update_customer_route = lazy_operation(
            "..api.virtual_private_gateway.update_customer_route", __package__, group=group
        )
        update_mirroring_peer = lazy_operation(
            "..api.virtual_private_gateway.update_mirroring_peer", __package__, group=group
        )
        update_virtual_private_gateway_tags = lazy_operation(
            "..api.virtual_private_gateway.update_virtual_private_gateway_tags",
            __package__,
            group=group,
        )
