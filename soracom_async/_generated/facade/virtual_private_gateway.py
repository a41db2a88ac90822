"""The `VirtualPrivateGateway` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation, paginated_operation
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
from ..api.virtual_private_gateway import disable_sim_based_routing as _disable_sim_based_routing
from ..api.virtual_private_gateway import disable_traffic_filtering as _disable_traffic_filtering
from ..api.virtual_private_gateway import (
    enable_gate_privacy_separator as _enable_gate_privacy_separator,
)
from ..api.virtual_private_gateway import enable_sim_based_routing as _enable_sim_based_routing
from ..api.virtual_private_gateway import enable_traffic_filtering as _enable_traffic_filtering
from ..api.virtual_private_gateway import get_packet_capture_session as _get_packet_capture_session
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
    """Operations of the `VirtualPrivateGateway` group, as `client.virtual_private_gateway.<operation>`."""

    group = "VirtualPrivateGateway"

    accept_transit_gateway_vpc_attachment_from_customer = operation(
        _accept_transit_gateway_vpc_attachment_from_customer.build,
        _accept_transit_gateway_vpc_attachment_from_customer.parse,
        "acceptTransitGatewayVpcAttachmentFromCustomer",
        "POST",
        "/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}/accept",
    )
    assign_fixed_public_ip_addresses = operation(
        _assign_fixed_public_ip_addresses.build,
        _assign_fixed_public_ip_addresses.parse,
        "assignFixedPublicIpAddresses",
        "POST",
        "/virtual_private_gateways/{vpg_id}/fixed_public_ip_addresses",
    )
    close_gate = operation(
        _close_gate.build,
        _close_gate.parse,
        "closeGate",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/close",
    )
    create_customer_route = operation(
        _create_customer_route.build,
        _create_customer_route.parse,
        "createCustomerRoute",
        "POST",
        "/virtual_private_gateways/{vpg_id}/customer_routes",
    )
    create_mirroring_peer = operation(
        _create_mirroring_peer.build,
        _create_mirroring_peer.parse,
        "createMirroringPeer",
        "POST",
        "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers",
    )
    create_packet_capture_session = operation(
        _create_packet_capture_session.build,
        _create_packet_capture_session.parse,
        "createPacketCaptureSession",
        "POST",
        "/virtual_private_gateways/{vpg_id}/packet_capture_sessions",
    )
    create_transit_gateway_peering_connection = operation(
        _create_transit_gateway_peering_connection.build,
        _create_transit_gateway_peering_connection.parse,
        "createTransitGatewayPeeringConnection",
        "POST",
        "/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections",
    )
    create_transit_gateway_vpc_attachment = operation(
        _create_transit_gateway_vpc_attachment.build,
        _create_transit_gateway_vpc_attachment.parse,
        "createTransitGatewayVpcAttachment",
        "POST",
        "/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments",
    )
    create_virtual_private_gateway = operation(
        _create_virtual_private_gateway.build,
        _create_virtual_private_gateway.parse,
        "createVirtualPrivateGateway",
        "POST",
        "/virtual_private_gateways",
    )
    create_vpc_peering_connection = operation(
        _create_vpc_peering_connection.build,
        _create_vpc_peering_connection.parse,
        "createVpcPeeringConnection",
        "POST",
        "/virtual_private_gateways/{vpg_id}/vpc_peering_connections",
    )
    delete_customer_route = operation(
        _delete_customer_route.build,
        _delete_customer_route.parse,
        "deleteCustomerRoute",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}",
    )
    delete_mirroring_peer = operation(
        _delete_mirroring_peer.build,
        _delete_mirroring_peer.parse,
        "deleteMirroringPeer",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}",
    )
    delete_packet_capture_session = operation(
        _delete_packet_capture_session.build,
        _delete_packet_capture_session.parse,
        "deletePacketCaptureSession",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}",
    )
    delete_transit_gateway_peering_connection = operation(
        _delete_transit_gateway_peering_connection.build,
        _delete_transit_gateway_peering_connection.parse,
        "deleteTransitGatewayPeeringConnection",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/transit_gateway_peering_connections/{soracom_tgw_peering_attachment_id}",
    )
    delete_transit_gateway_vpc_attachment = operation(
        _delete_transit_gateway_vpc_attachment.build,
        _delete_transit_gateway_vpc_attachment.parse,
        "deleteTransitGatewayVpcAttachment",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/transit_gateway_vpc_attachments/{customer_tgw_vpc_attachment_id}",
    )
    delete_virtual_private_gateway_ip_address_map_entry = operation(
        _delete_virtual_private_gateway_ip_address_map_entry.build,
        _delete_virtual_private_gateway_ip_address_map_entry.parse,
        "deleteVirtualPrivateGatewayIpAddressMapEntry",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/ip_address_map/{key}",
    )
    delete_virtual_private_gateway_tag = operation(
        _delete_virtual_private_gateway_tag.build,
        _delete_virtual_private_gateway_tag.parse,
        "deleteVirtualPrivateGatewayTag",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/tags/{tag_name}",
    )
    delete_vpc_peering_connection = operation(
        _delete_vpc_peering_connection.build,
        _delete_vpc_peering_connection.parse,
        "deleteVpcPeeringConnection",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/vpc_peering_connections/{pcx_id}",
    )
    disable_gate_privacy_separator = operation(
        _disable_gate_privacy_separator.build,
        _disable_gate_privacy_separator.parse,
        "disableGatePrivacySeparator",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/disable_privacy_separator",
    )
    disable_sim_based_routing = operation(
        _disable_sim_based_routing.build,
        _disable_sim_based_routing.parse,
        "disableSimBasedRouting",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/disable",
    )
    disable_traffic_filtering = operation(
        _disable_traffic_filtering.build,
        _disable_traffic_filtering.parse,
        "disableTrafficFiltering",
        "POST",
        "/virtual_private_gateways/{vpg_id}/traffic_filtering/disable",
    )
    enable_gate_privacy_separator = operation(
        _enable_gate_privacy_separator.build,
        _enable_gate_privacy_separator.parse,
        "enableGatePrivacySeparator",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/enable_privacy_separator",
    )
    enable_sim_based_routing = operation(
        _enable_sim_based_routing.build,
        _enable_sim_based_routing.parse,
        "enableSimBasedRouting",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/enable",
    )
    enable_traffic_filtering = operation(
        _enable_traffic_filtering.build,
        _enable_traffic_filtering.parse,
        "enableTrafficFiltering",
        "POST",
        "/virtual_private_gateways/{vpg_id}/traffic_filtering/enable",
    )
    get_packet_capture_session = operation(
        _get_packet_capture_session.build,
        _get_packet_capture_session.parse,
        "getPacketCaptureSession",
        "GET",
        "/virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}",
    )
    get_virtual_private_gateway = operation(
        _get_virtual_private_gateway.build,
        _get_virtual_private_gateway.parse,
        "getVirtualPrivateGateway",
        "GET",
        "/virtual_private_gateways/{vpg_id}",
    )
    list_gate_peers = operation(
        _list_gate_peers.build,
        _list_gate_peers.parse,
        "listGatePeers",
        "GET",
        "/virtual_private_gateways/{vpg_id}/gate/peers",
    )
    list_packet_capture_sessions = paginated_operation(
        _list_packet_capture_sessions.build,
        _list_packet_capture_sessions.parse,
        "listPacketCaptureSessions",
        "GET",
        "/virtual_private_gateways/{vpg_id}/packet_capture_sessions",
    )
    list_virtual_private_gateway_ip_address_map_entries = paginated_operation(
        _list_virtual_private_gateway_ip_address_map_entries.build,
        _list_virtual_private_gateway_ip_address_map_entries.parse,
        "listVirtualPrivateGatewayIpAddressMapEntries",
        "GET",
        "/virtual_private_gateways/{vpg_id}/ip_address_map",
    )
    list_virtual_private_gateways = paginated_operation(
        _list_virtual_private_gateways.build,
        _list_virtual_private_gateways.parse,
        "listVirtualPrivateGateways",
        "GET",
        "/virtual_private_gateways",
    )
    open_gate = operation(
        _open_gate.build,
        _open_gate.parse,
        "openGate",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/open",
    )
    put_fqdn_filter_rules = operation(
        _put_fqdn_filter_rules.build,
        _put_fqdn_filter_rules.parse,
        "putFqdnFilterRules",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/traffic_filtering/fqdn_rules",
    )
    put_sim_based_routing_routes = operation(
        _put_sim_based_routing_routes.build,
        _put_sim_based_routing_routes.parse,
        "putSimBasedRoutingRoutes",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/gate/routing/static/sims/routes",
    )
    put_uplink_filter_rules = operation(
        _put_uplink_filter_rules.build,
        _put_uplink_filter_rules.parse,
        "putUplinkFilterRules",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/traffic_filtering/uplink_rules",
    )
    put_virtual_private_gateway_ip_address_map_entry = operation(
        _put_virtual_private_gateway_ip_address_map_entry.build,
        _put_virtual_private_gateway_ip_address_map_entry.parse,
        "putVirtualPrivateGatewayIpAddressMapEntry",
        "POST",
        "/virtual_private_gateways/{vpg_id}/ip_address_map",
    )
    register_gate_peer = operation(
        _register_gate_peer.build,
        _register_gate_peer.parse,
        "registerGatePeer",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/peers",
    )
    release_fixed_public_ip_addresses = operation(
        _release_fixed_public_ip_addresses.build,
        _release_fixed_public_ip_addresses.parse,
        "releaseFixedPublicIpAddresses",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/fixed_public_ip_addresses",
    )
    set_inspection_configuration = operation(
        _set_inspection_configuration.build,
        _set_inspection_configuration.parse,
        "setInspectionConfiguration",
        "POST",
        "/virtual_private_gateways/{vpg_id}/junction/set_inspection",
    )
    set_redirection_configuration = operation(
        _set_redirection_configuration.build,
        _set_redirection_configuration.parse,
        "setRedirectionConfiguration",
        "POST",
        "/virtual_private_gateways/{vpg_id}/junction/set_redirection",
    )
    set_routing_filter = operation(
        _set_routing_filter.build,
        _set_routing_filter.parse,
        "setRoutingFilter",
        "POST",
        "/virtual_private_gateways/{vpg_id}/set_routing_filter",
    )
    set_virtual_private_gateway_vx_lan_id = operation(
        _set_virtual_private_gateway_vx_lan_id.build,
        _set_virtual_private_gateway_vx_lan_id.parse,
        "setVirtualPrivateGatewayVxLanId",
        "POST",
        "/virtual_private_gateways/{vpg_id}/gate/set_vxlan_id",
    )
    stop_packet_capture_session = operation(
        _stop_packet_capture_session.build,
        _stop_packet_capture_session.parse,
        "stopPacketCaptureSession",
        "POST",
        "/virtual_private_gateways/{vpg_id}/packet_capture_sessions/{session_id}/stop",
    )
    terminate_virtual_private_gateway = operation(
        _terminate_virtual_private_gateway.build,
        _terminate_virtual_private_gateway.parse,
        "terminateVirtualPrivateGateway",
        "POST",
        "/virtual_private_gateways/{vpg_id}/terminate",
    )
    unregister_gate_peer = operation(
        _unregister_gate_peer.build,
        _unregister_gate_peer.parse,
        "unregisterGatePeer",
        "DELETE",
        "/virtual_private_gateways/{vpg_id}/gate/peers/{outer_ip_address}",
    )
    unset_inspection_configuration = operation(
        _unset_inspection_configuration.build,
        _unset_inspection_configuration.parse,
        "unsetInspectionConfiguration",
        "POST",
        "/virtual_private_gateways/{vpg_id}/junction/unset_inspection",
    )
    unset_redirection_configuration = operation(
        _unset_redirection_configuration.build,
        _unset_redirection_configuration.parse,
        "unsetRedirectionConfiguration",
        "POST",
        "/virtual_private_gateways/{vpg_id}/junction/unset_redirection",
    )
    update_customer_route = operation(
        _update_customer_route.build,
        _update_customer_route.parse,
        "updateCustomerRoute",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/customer_routes/{route_id}",
    )
    update_mirroring_peer = operation(
        _update_mirroring_peer.build,
        _update_mirroring_peer.parse,
        "updateMirroringPeer",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/junction/mirroring/peers/{ipaddr}",
    )
    update_virtual_private_gateway_tags = operation(
        _update_virtual_private_gateway_tags.build,
        _update_virtual_private_gateway_tags.parse,
        "updateVirtualPrivateGatewayTags",
        "PUT",
        "/virtual_private_gateways/{vpg_id}/tags",
    )
