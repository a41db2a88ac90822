from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virtual_private_gateway_status import VirtualPrivateGatewayStatus
from ..models.virtual_private_gateway_type import VirtualPrivateGatewayType
from ..types import UNSET, Unset, as_enum, as_model, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.junction_inspection_configuration import JunctionInspectionConfiguration
    from ..models.junction_redirection_configuration import JunctionRedirectionConfiguration
    from ..models.placement import Placement
    from ..models.routing_filter_entry import RoutingFilterEntry
    from ..models.soracom_transit_gateway import SoracomTransitGateway
    from ..models.tag_set import TagSet
    from ..models.virtual_private_gateway_customer_routes import VirtualPrivateGatewayCustomerRoutes
    from ..models.virtual_private_gateway_mirroring import VirtualPrivateGatewayMirroring
    from ..models.virtual_private_gateway_session_stats import VirtualPrivateGatewaySessionStats
    from ..models.virtual_private_gateway_sim_based_routing_config import (
        VirtualPrivateGatewaySimBasedRoutingConfig,
    )
    from ..models.virtual_private_gateway_soracom_transit_gateway_peering_connections import (
        VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections,
    )
    from ..models.virtual_private_gateway_soracom_transit_gateway_vpc_attachments import (
        VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments,
    )
    from ..models.virtual_private_gateway_transit_gateway_attachments import (
        VirtualPrivateGatewayTransitGatewayAttachments,
    )
    from ..models.virtual_private_gateway_virtual_interfaces import (
        VirtualPrivateGatewayVirtualInterfaces,
    )
    from ..models.virtual_private_gateway_vpc_peering_connections import (
        VirtualPrivateGatewayVpcPeeringConnections,
    )
    from ..models.virtual_private_gateway_vpn_connections import VirtualPrivateGatewayVpnConnections


T = TypeVar("T", bound="VirtualPrivateGateway")


@_attrs_define(init=False, repr=False, eq=False)
class VirtualPrivateGateway:
    """
    Attributes:
        vpg_id (str): VPG ID.
        allowed_operators (list[str] | None | Unset):
        created_time (int | None | Unset): Creation time of the VPG (UNIX time in milliseconds).
        customer_routes (VirtualPrivateGatewayCustomerRoutes | None | Unset): List of routing table entries
        device_subnet_cidr_range (str | None | Unset): Device Subnet IP Address Range.
        enable_sim_based_routing (bool | None | Unset):
        fixed_ip_addresses_enabled (bool | None | Unset): Fixed global IP address option.

            - `true`: Enabled.
            - `false`: Disabled.
        fixed_public_ip_addresses (list[str] | None | Unset):
        gate_opened (bool | None | Unset): The status of [Soracom Gate](/en/docs/gate/) service for the VPG.

            - `true`: Gate is enabled
            - `false`: Gate is disabled
        gate_privacy_separator_enabled (bool | None | Unset):
        gate_vxlan_id (float | None | Unset): VXLAN ID of the Gate.
        implicit_termination_protected (bool | None | Unset):
        inspection (JunctionInspectionConfiguration | None | Unset):
        junction_enabled (bool | None | Unset): The status of [Soracom Junction](/en/docs/junction/) service for the
            VPG.

            - `true`: Junction (Mirroring, Inspection, or Redirection) is enabled.
            - `false`: Junction is disabled.
        last_modified_time (int | None | Unset): Last modified time of the VPG (UNIX time in milliseconds).
        mirroring (VirtualPrivateGatewayMirroring | None | Unset):
        offset_id (int | None | Unset):
        operator_id (str | None | Unset): Operator ID.
        placement (Placement | None | Unset):
        primary_service_name (str | None | Unset): (Deprecated) This property is no longer used.
        redirection (JunctionRedirectionConfiguration | None | Unset):
        routing_filter_entries (list[RoutingFilterEntry] | None | Unset):
        session_stats (VirtualPrivateGatewaySessionStats | None | Unset):
        sim_based_routing_config (VirtualPrivateGatewaySimBasedRoutingConfig | None | Unset):
        size (str | None | Unset): (Deprecated) This property is no longer used.
        soracom_transit_gateway (SoracomTransitGateway | None | Unset):
        soracom_transit_gateway_peering_connections (VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections | None
            | Unset): Map of transit gateway peering connections associated with the VPG.
        soracom_transit_gateway_vpc_attachments (VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments | None |
            Unset): Map of transit gateway VPC attachments associated with the VPG.
        status (VirtualPrivateGatewayStatus | None | Unset): Status of the VPG.

            - `running`: Running.
        tags (TagSet | None | Unset): An object which always contains at least one property "name" with a string value.
            If you give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        transit_gateway_attachments (VirtualPrivateGatewayTransitGatewayAttachments | None | Unset):
        type_ (VirtualPrivateGatewayType | None | Unset): VPG Type.

            - `12`: Type-C
            - `13`: Type-D
            - `14`: Type-E
            - `15`: Type-F
            - `242`: Type-F2
        ue_subnet_cidr_range (str | None | Unset): Device Subnet IP Address Range.
        use_internet_gateway (bool | None | Unset): The Internet Gateway configuration for the VPG.

            - `true`: Internet Gateway is on
            - `false`: Internet Gateway is off
        virtual_interfaces (VirtualPrivateGatewayVirtualInterfaces | None | Unset): Settings for
            [Direct](/en/docs/direct/).
        vpc_peering_connections (VirtualPrivateGatewayVpcPeeringConnections | None | Unset): Settings for
            [Canal](/en/docs/canal/)'s Amazon VPC peering connections.
        vpg_subnet_cidr_range (str | None | Unset): The range of IP addresses assigned to the VPG, required for
            configuring Soracom Door or Soracom Direct.
        vpn_connections (VirtualPrivateGatewayVpnConnections | None | Unset):
    """

    vpg_id: str
    allowed_operators: list[str] | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    customer_routes: VirtualPrivateGatewayCustomerRoutes | None | Unset = UNSET
    device_subnet_cidr_range: str | None | Unset = UNSET
    enable_sim_based_routing: bool | None | Unset = UNSET
    fixed_ip_addresses_enabled: bool | None | Unset = UNSET
    fixed_public_ip_addresses: list[str] | None | Unset = UNSET
    gate_opened: bool | None | Unset = UNSET
    gate_privacy_separator_enabled: bool | None | Unset = UNSET
    gate_vxlan_id: float | None | Unset = UNSET
    implicit_termination_protected: bool | None | Unset = UNSET
    inspection: JunctionInspectionConfiguration | None | Unset = UNSET
    junction_enabled: bool | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    mirroring: VirtualPrivateGatewayMirroring | None | Unset = UNSET
    offset_id: int | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    placement: Placement | None | Unset = UNSET
    primary_service_name: str | None | Unset = UNSET
    redirection: JunctionRedirectionConfiguration | None | Unset = UNSET
    routing_filter_entries: list[RoutingFilterEntry] | None | Unset = UNSET
    session_stats: VirtualPrivateGatewaySessionStats | None | Unset = UNSET
    sim_based_routing_config: VirtualPrivateGatewaySimBasedRoutingConfig | None | Unset = UNSET
    size: str | None | Unset = UNSET
    soracom_transit_gateway: SoracomTransitGateway | None | Unset = UNSET
    soracom_transit_gateway_peering_connections: (
        VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections | None | Unset
    ) = UNSET
    soracom_transit_gateway_vpc_attachments: (
        VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments | None | Unset
    ) = UNSET
    status: VirtualPrivateGatewayStatus | None | Unset = UNSET
    tags: TagSet | None | Unset = UNSET
    transit_gateway_attachments: VirtualPrivateGatewayTransitGatewayAttachments | None | Unset = (
        UNSET
    )
    type_: VirtualPrivateGatewayType | None | Unset = UNSET
    ue_subnet_cidr_range: str | None | Unset = UNSET
    use_internet_gateway: bool | None | Unset = UNSET
    virtual_interfaces: VirtualPrivateGatewayVirtualInterfaces | None | Unset = UNSET
    vpc_peering_connections: VirtualPrivateGatewayVpcPeeringConnections | None | Unset = UNSET
    vpg_subnet_cidr_range: str | None | Unset = UNSET
    vpn_connections: VirtualPrivateGatewayVpnConnections | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        vpg_id: str,
        allowed_operators: list[str] | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        customer_routes: VirtualPrivateGatewayCustomerRoutes
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        device_subnet_cidr_range: str | None | Unset = UNSET,
        enable_sim_based_routing: bool | None | Unset = UNSET,
        fixed_ip_addresses_enabled: bool | None | Unset = UNSET,
        fixed_public_ip_addresses: list[str] | None | Unset = UNSET,
        gate_opened: bool | None | Unset = UNSET,
        gate_privacy_separator_enabled: bool | None | Unset = UNSET,
        gate_vxlan_id: float | None | Unset = UNSET,
        implicit_termination_protected: bool | None | Unset = UNSET,
        inspection: JunctionInspectionConfiguration | Mapping[str, Any] | None | Unset = UNSET,
        junction_enabled: bool | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        mirroring: VirtualPrivateGatewayMirroring | Mapping[str, Any] | None | Unset = UNSET,
        offset_id: int | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        placement: Placement | Mapping[str, Any] | None | Unset = UNSET,
        primary_service_name: str | None | Unset = UNSET,
        redirection: JunctionRedirectionConfiguration | Mapping[str, Any] | None | Unset = UNSET,
        routing_filter_entries: Sequence[RoutingFilterEntry | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        session_stats: VirtualPrivateGatewaySessionStats | Mapping[str, Any] | None | Unset = UNSET,
        sim_based_routing_config: VirtualPrivateGatewaySimBasedRoutingConfig
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        size: str | None | Unset = UNSET,
        soracom_transit_gateway: SoracomTransitGateway | Mapping[str, Any] | None | Unset = UNSET,
        soracom_transit_gateway_peering_connections: VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        soracom_transit_gateway_vpc_attachments: VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        status: VirtualPrivateGatewayStatus | Literal["running"] | None | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
        transit_gateway_attachments: VirtualPrivateGatewayTransitGatewayAttachments
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        type_: VirtualPrivateGatewayType | Literal[12, 13, 14, 15, 242] | None | Unset = UNSET,
        ue_subnet_cidr_range: str | None | Unset = UNSET,
        use_internet_gateway: bool | None | Unset = UNSET,
        virtual_interfaces: VirtualPrivateGatewayVirtualInterfaces
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        vpc_peering_connections: VirtualPrivateGatewayVpcPeeringConnections
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        vpg_subnet_cidr_range: str | None | Unset = UNSET,
        vpn_connections: VirtualPrivateGatewayVpnConnections
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.vpg_id = vpg_id
        self.allowed_operators = allowed_operators
        self.created_time = created_time
        self.customer_routes = as_model(
            customer_routes,
            VirtualPrivateGatewayCustomerRoutes,
            "VirtualPrivateGateway",
            "customer_routes",
        )
        self.device_subnet_cidr_range = device_subnet_cidr_range
        self.enable_sim_based_routing = enable_sim_based_routing
        self.fixed_ip_addresses_enabled = fixed_ip_addresses_enabled
        self.fixed_public_ip_addresses = fixed_public_ip_addresses
        self.gate_opened = gate_opened
        self.gate_privacy_separator_enabled = gate_privacy_separator_enabled
        self.gate_vxlan_id = gate_vxlan_id
        self.implicit_termination_protected = implicit_termination_protected
        self.inspection = as_model(
            inspection, JunctionInspectionConfiguration, "VirtualPrivateGateway", "inspection"
        )
        self.junction_enabled = junction_enabled
        self.last_modified_time = last_modified_time
        self.mirroring = as_model(
            mirroring, VirtualPrivateGatewayMirroring, "VirtualPrivateGateway", "mirroring"
        )
        self.offset_id = offset_id
        self.operator_id = operator_id
        self.placement = as_model(placement, Placement, "VirtualPrivateGateway", "placement")
        self.primary_service_name = primary_service_name
        self.redirection = as_model(
            redirection, JunctionRedirectionConfiguration, "VirtualPrivateGateway", "redirection"
        )
        self.routing_filter_entries = as_models(
            routing_filter_entries,
            RoutingFilterEntry,
            "VirtualPrivateGateway",
            "routing_filter_entries",
        )
        self.session_stats = as_model(
            session_stats,
            VirtualPrivateGatewaySessionStats,
            "VirtualPrivateGateway",
            "session_stats",
        )
        self.sim_based_routing_config = as_model(
            sim_based_routing_config,
            VirtualPrivateGatewaySimBasedRoutingConfig,
            "VirtualPrivateGateway",
            "sim_based_routing_config",
        )
        self.size = size
        self.soracom_transit_gateway = as_model(
            soracom_transit_gateway,
            SoracomTransitGateway,
            "VirtualPrivateGateway",
            "soracom_transit_gateway",
        )
        self.soracom_transit_gateway_peering_connections = as_model(
            soracom_transit_gateway_peering_connections,
            VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections,
            "VirtualPrivateGateway",
            "soracom_transit_gateway_peering_connections",
        )
        self.soracom_transit_gateway_vpc_attachments = as_model(
            soracom_transit_gateway_vpc_attachments,
            VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments,
            "VirtualPrivateGateway",
            "soracom_transit_gateway_vpc_attachments",
        )
        self.status = as_enum(
            status, VirtualPrivateGatewayStatus, "VirtualPrivateGateway", "status"
        )
        self.tags = as_model(tags, TagSet, "VirtualPrivateGateway", "tags")
        self.transit_gateway_attachments = as_model(
            transit_gateway_attachments,
            VirtualPrivateGatewayTransitGatewayAttachments,
            "VirtualPrivateGateway",
            "transit_gateway_attachments",
        )
        self.type_ = as_enum(type_, VirtualPrivateGatewayType, "VirtualPrivateGateway", "type_")
        self.ue_subnet_cidr_range = ue_subnet_cidr_range
        self.use_internet_gateway = use_internet_gateway
        self.virtual_interfaces = as_model(
            virtual_interfaces,
            VirtualPrivateGatewayVirtualInterfaces,
            "VirtualPrivateGateway",
            "virtual_interfaces",
        )
        self.vpc_peering_connections = as_model(
            vpc_peering_connections,
            VirtualPrivateGatewayVpcPeeringConnections,
            "VirtualPrivateGateway",
            "vpc_peering_connections",
        )
        self.vpg_subnet_cidr_range = vpg_subnet_cidr_range
        self.vpn_connections = as_model(
            vpn_connections,
            VirtualPrivateGatewayVpnConnections,
            "VirtualPrivateGateway",
            "vpn_connections",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"vpg_id={self.vpg_id!r}, "
            f"allowed_operators={self.allowed_operators!r}, "
            f"created_time={self.created_time!r}, "
            f"customer_routes={self.customer_routes!r}, "
            f"device_subnet_cidr_range={self.device_subnet_cidr_range!r}, "
            f"enable_sim_based_routing={self.enable_sim_based_routing!r}, "
            f"fixed_ip_addresses_enabled={self.fixed_ip_addresses_enabled!r}, "
            f"fixed_public_ip_addresses={self.fixed_public_ip_addresses!r}, "
            f"gate_opened={self.gate_opened!r}, "
            f"gate_privacy_separator_enabled={self.gate_privacy_separator_enabled!r}, "
            f"gate_vxlan_id={self.gate_vxlan_id!r}, "
            f"implicit_termination_protected={self.implicit_termination_protected!r}, "
            f"inspection={self.inspection!r}, "
            f"junction_enabled={self.junction_enabled!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"mirroring={self.mirroring!r}, "
            f"offset_id={self.offset_id!r}, "
            f"operator_id={self.operator_id!r}, "
            f"placement={self.placement!r}, "
            f"primary_service_name={self.primary_service_name!r}, "
            f"redirection={self.redirection!r}, "
            f"routing_filter_entries={self.routing_filter_entries!r}, "
            f"session_stats={self.session_stats!r}, "
            f"sim_based_routing_config={self.sim_based_routing_config!r}, "
            f"size={self.size!r}, "
            f"soracom_transit_gateway={self.soracom_transit_gateway!r}, "
            f"soracom_transit_gateway_peering_connections={self.soracom_transit_gateway_peering_connections!r}, "
            f"soracom_transit_gateway_vpc_attachments={self.soracom_transit_gateway_vpc_attachments!r}, "
            f"status={self.status!r}, "
            f"tags={self.tags!r}, "
            f"transit_gateway_attachments={self.transit_gateway_attachments!r}, "
            f"type_={self.type_!r}, "
            f"ue_subnet_cidr_range={self.ue_subnet_cidr_range!r}, "
            f"use_internet_gateway={self.use_internet_gateway!r}, "
            f"virtual_interfaces={self.virtual_interfaces!r}, "
            f"vpc_peering_connections={self.vpc_peering_connections!r}, "
            f"vpg_subnet_cidr_range={self.vpg_subnet_cidr_range!r}, "
            f"vpn_connections={self.vpn_connections!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VirtualPrivateGateway):
            return NotImplemented
        return (
            self.vpg_id,
            self.allowed_operators,
            self.created_time,
            self.customer_routes,
            self.device_subnet_cidr_range,
            self.enable_sim_based_routing,
            self.fixed_ip_addresses_enabled,
            self.fixed_public_ip_addresses,
            self.gate_opened,
            self.gate_privacy_separator_enabled,
            self.gate_vxlan_id,
            self.implicit_termination_protected,
            self.inspection,
            self.junction_enabled,
            self.last_modified_time,
            self.mirroring,
            self.offset_id,
            self.operator_id,
            self.placement,
            self.primary_service_name,
            self.redirection,
            self.routing_filter_entries,
            self.session_stats,
            self.sim_based_routing_config,
            self.size,
            self.soracom_transit_gateway,
            self.soracom_transit_gateway_peering_connections,
            self.soracom_transit_gateway_vpc_attachments,
            self.status,
            self.tags,
            self.transit_gateway_attachments,
            self.type_,
            self.ue_subnet_cidr_range,
            self.use_internet_gateway,
            self.virtual_interfaces,
            self.vpc_peering_connections,
            self.vpg_subnet_cidr_range,
            self.vpn_connections,
            self.additional_properties,
        ) == (
            other.vpg_id,
            other.allowed_operators,
            other.created_time,
            other.customer_routes,
            other.device_subnet_cidr_range,
            other.enable_sim_based_routing,
            other.fixed_ip_addresses_enabled,
            other.fixed_public_ip_addresses,
            other.gate_opened,
            other.gate_privacy_separator_enabled,
            other.gate_vxlan_id,
            other.implicit_termination_protected,
            other.inspection,
            other.junction_enabled,
            other.last_modified_time,
            other.mirroring,
            other.offset_id,
            other.operator_id,
            other.placement,
            other.primary_service_name,
            other.redirection,
            other.routing_filter_entries,
            other.session_stats,
            other.sim_based_routing_config,
            other.size,
            other.soracom_transit_gateway,
            other.soracom_transit_gateway_peering_connections,
            other.soracom_transit_gateway_vpc_attachments,
            other.status,
            other.tags,
            other.transit_gateway_attachments,
            other.type_,
            other.ue_subnet_cidr_range,
            other.use_internet_gateway,
            other.virtual_interfaces,
            other.vpc_peering_connections,
            other.vpg_subnet_cidr_range,
            other.vpn_connections,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        vpg_id = self.vpg_id

        allowed_operators: list[str] | None | Unset
        if self.allowed_operators is None or self.allowed_operators is UNSET:
            allowed_operators = self.allowed_operators
        else:
            allowed_operators = self.allowed_operators

        created_time = self.created_time

        customer_routes: dict[str, Any] | None | Unset
        if self.customer_routes is None or self.customer_routes is UNSET:
            customer_routes = self.customer_routes
        else:
            customer_routes = self.customer_routes.to_dict()

        device_subnet_cidr_range = self.device_subnet_cidr_range

        enable_sim_based_routing = self.enable_sim_based_routing

        fixed_ip_addresses_enabled = self.fixed_ip_addresses_enabled

        fixed_public_ip_addresses: list[str] | None | Unset
        if self.fixed_public_ip_addresses is None or self.fixed_public_ip_addresses is UNSET:
            fixed_public_ip_addresses = self.fixed_public_ip_addresses
        else:
            fixed_public_ip_addresses = self.fixed_public_ip_addresses

        gate_opened = self.gate_opened

        gate_privacy_separator_enabled = self.gate_privacy_separator_enabled

        gate_vxlan_id = self.gate_vxlan_id

        implicit_termination_protected = self.implicit_termination_protected

        inspection: dict[str, Any] | None | Unset
        if self.inspection is None or self.inspection is UNSET:
            inspection = self.inspection
        else:
            inspection = self.inspection.to_dict()

        junction_enabled = self.junction_enabled

        last_modified_time = self.last_modified_time

        mirroring: dict[str, Any] | None | Unset
        if self.mirroring is None or self.mirroring is UNSET:
            mirroring = self.mirroring
        else:
            mirroring = self.mirroring.to_dict()

        offset_id = self.offset_id

        operator_id = self.operator_id

        placement: dict[str, Any] | None | Unset
        if self.placement is None or self.placement is UNSET:
            placement = self.placement
        else:
            placement = self.placement.to_dict()

        primary_service_name = self.primary_service_name

        redirection: dict[str, Any] | None | Unset
        if self.redirection is None or self.redirection is UNSET:
            redirection = self.redirection
        else:
            redirection = self.redirection.to_dict()

        routing_filter_entries: list[dict[str, Any]] | None | Unset
        if self.routing_filter_entries is None or self.routing_filter_entries is UNSET:
            routing_filter_entries = self.routing_filter_entries
        else:
            routing_filter_entries = []
            for routing_filter_entries_item_data in self.routing_filter_entries:
                routing_filter_entries_item = routing_filter_entries_item_data.to_dict()

                routing_filter_entries.append(routing_filter_entries_item)

        session_stats: dict[str, Any] | None | Unset
        if self.session_stats is None or self.session_stats is UNSET:
            session_stats = self.session_stats
        else:
            session_stats = self.session_stats.to_dict()

        sim_based_routing_config: dict[str, Any] | None | Unset
        if self.sim_based_routing_config is None or self.sim_based_routing_config is UNSET:
            sim_based_routing_config = self.sim_based_routing_config
        else:
            sim_based_routing_config = self.sim_based_routing_config.to_dict()

        size = self.size

        soracom_transit_gateway: dict[str, Any] | None | Unset
        if self.soracom_transit_gateway is None or self.soracom_transit_gateway is UNSET:
            soracom_transit_gateway = self.soracom_transit_gateway
        else:
            soracom_transit_gateway = self.soracom_transit_gateway.to_dict()

        soracom_transit_gateway_peering_connections: dict[str, Any] | None | Unset
        if (
            self.soracom_transit_gateway_peering_connections is None
            or self.soracom_transit_gateway_peering_connections is UNSET
        ):
            soracom_transit_gateway_peering_connections = (
                self.soracom_transit_gateway_peering_connections
            )
        else:
            soracom_transit_gateway_peering_connections = (
                self.soracom_transit_gateway_peering_connections.to_dict()
            )

        soracom_transit_gateway_vpc_attachments: dict[str, Any] | None | Unset
        if (
            self.soracom_transit_gateway_vpc_attachments is None
            or self.soracom_transit_gateway_vpc_attachments is UNSET
        ):
            soracom_transit_gateway_vpc_attachments = self.soracom_transit_gateway_vpc_attachments
        else:
            soracom_transit_gateway_vpc_attachments = (
                self.soracom_transit_gateway_vpc_attachments.to_dict()
            )

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        transit_gateway_attachments: dict[str, Any] | None | Unset
        if self.transit_gateway_attachments is None or self.transit_gateway_attachments is UNSET:
            transit_gateway_attachments = self.transit_gateway_attachments
        else:
            transit_gateway_attachments = self.transit_gateway_attachments.to_dict()

        type_: int | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = int(self.type_)

        ue_subnet_cidr_range = self.ue_subnet_cidr_range

        use_internet_gateway = self.use_internet_gateway

        virtual_interfaces: dict[str, Any] | None | Unset
        if self.virtual_interfaces is None or self.virtual_interfaces is UNSET:
            virtual_interfaces = self.virtual_interfaces
        else:
            virtual_interfaces = self.virtual_interfaces.to_dict()

        vpc_peering_connections: dict[str, Any] | None | Unset
        if self.vpc_peering_connections is None or self.vpc_peering_connections is UNSET:
            vpc_peering_connections = self.vpc_peering_connections
        else:
            vpc_peering_connections = self.vpc_peering_connections.to_dict()

        vpg_subnet_cidr_range = self.vpg_subnet_cidr_range

        vpn_connections: dict[str, Any] | None | Unset
        if self.vpn_connections is None or self.vpn_connections is UNSET:
            vpn_connections = self.vpn_connections
        else:
            vpn_connections = self.vpn_connections.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vpgId": vpg_id,
            }
        )
        if allowed_operators is not UNSET:
            field_dict["allowedOperators"] = allowed_operators
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer_routes is not UNSET:
            field_dict["customerRoutes"] = customer_routes
        if device_subnet_cidr_range is not UNSET:
            field_dict["deviceSubnetCidrRange"] = device_subnet_cidr_range
        if enable_sim_based_routing is not UNSET:
            field_dict["enableSimBasedRouting"] = enable_sim_based_routing
        if fixed_ip_addresses_enabled is not UNSET:
            field_dict["fixedIpAddressesEnabled"] = fixed_ip_addresses_enabled
        if fixed_public_ip_addresses is not UNSET:
            field_dict["fixedPublicIpAddresses"] = fixed_public_ip_addresses
        if gate_opened is not UNSET:
            field_dict["gateOpened"] = gate_opened
        if gate_privacy_separator_enabled is not UNSET:
            field_dict["gatePrivacySeparatorEnabled"] = gate_privacy_separator_enabled
        if gate_vxlan_id is not UNSET:
            field_dict["gateVxlanId"] = gate_vxlan_id
        if implicit_termination_protected is not UNSET:
            field_dict["implicitTerminationProtected"] = implicit_termination_protected
        if inspection is not UNSET:
            field_dict["inspection"] = inspection
        if junction_enabled is not UNSET:
            field_dict["junctionEnabled"] = junction_enabled
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if mirroring is not UNSET:
            field_dict["mirroring"] = mirroring
        if offset_id is not UNSET:
            field_dict["offsetId"] = offset_id
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if placement is not UNSET:
            field_dict["placement"] = placement
        if primary_service_name is not UNSET:
            field_dict["primaryServiceName"] = primary_service_name
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if routing_filter_entries is not UNSET:
            field_dict["routingFilterEntries"] = routing_filter_entries
        if session_stats is not UNSET:
            field_dict["sessionStats"] = session_stats
        if sim_based_routing_config is not UNSET:
            field_dict["simBasedRoutingConfig"] = sim_based_routing_config
        if size is not UNSET:
            field_dict["size"] = size
        if soracom_transit_gateway is not UNSET:
            field_dict["soracomTransitGateway"] = soracom_transit_gateway
        if soracom_transit_gateway_peering_connections is not UNSET:
            field_dict["soracomTransitGatewayPeeringConnections"] = (
                soracom_transit_gateway_peering_connections
            )
        if soracom_transit_gateway_vpc_attachments is not UNSET:
            field_dict["soracomTransitGatewayVpcAttachments"] = (
                soracom_transit_gateway_vpc_attachments
            )
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if transit_gateway_attachments is not UNSET:
            field_dict["transitGatewayAttachments"] = transit_gateway_attachments
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ue_subnet_cidr_range is not UNSET:
            field_dict["ueSubnetCidrRange"] = ue_subnet_cidr_range
        if use_internet_gateway is not UNSET:
            field_dict["useInternetGateway"] = use_internet_gateway
        if virtual_interfaces is not UNSET:
            field_dict["virtualInterfaces"] = virtual_interfaces
        if vpc_peering_connections is not UNSET:
            field_dict["vpcPeeringConnections"] = vpc_peering_connections
        if vpg_subnet_cidr_range is not UNSET:
            field_dict["vpgSubnetCidrRange"] = vpg_subnet_cidr_range
        if vpn_connections is not UNSET:
            field_dict["vpnConnections"] = vpn_connections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_vpg_id = d.pop("vpgId", None)
        if _required_vpg_id is None:
            raise missing_field(cls.__name__, "vpgId")
        vpg_id = _required_vpg_id

        _allowed_operators = d.pop("allowedOperators", UNSET)
        allowed_operators: list[str] | None | Unset
        if _allowed_operators is None or _allowed_operators is UNSET:
            allowed_operators = _allowed_operators
        elif not isinstance(_allowed_operators, list):
            raise wrong_shape("allowedOperators", "a JSON array", _allowed_operators)
        else:
            allowed_operators = _allowed_operators

        created_time = d.pop("createdTime", UNSET)

        _customer_routes = d.pop("customerRoutes", UNSET)
        customer_routes: VirtualPrivateGatewayCustomerRoutes | None | Unset
        if _customer_routes is None or _customer_routes is UNSET:
            customer_routes = _customer_routes
        else:
            customer_routes = _from_dict_VirtualPrivateGatewayCustomerRoutes(_customer_routes)

        device_subnet_cidr_range = d.pop("deviceSubnetCidrRange", UNSET)

        enable_sim_based_routing = d.pop("enableSimBasedRouting", UNSET)

        fixed_ip_addresses_enabled = d.pop("fixedIpAddressesEnabled", UNSET)

        _fixed_public_ip_addresses = d.pop("fixedPublicIpAddresses", UNSET)
        fixed_public_ip_addresses: list[str] | None | Unset
        if _fixed_public_ip_addresses is None or _fixed_public_ip_addresses is UNSET:
            fixed_public_ip_addresses = _fixed_public_ip_addresses
        elif not isinstance(_fixed_public_ip_addresses, list):
            raise wrong_shape("fixedPublicIpAddresses", "a JSON array", _fixed_public_ip_addresses)
        else:
            fixed_public_ip_addresses = _fixed_public_ip_addresses

        gate_opened = d.pop("gateOpened", UNSET)

        gate_privacy_separator_enabled = d.pop("gatePrivacySeparatorEnabled", UNSET)

        gate_vxlan_id = d.pop("gateVxlanId", UNSET)

        implicit_termination_protected = d.pop("implicitTerminationProtected", UNSET)

        _inspection = d.pop("inspection", UNSET)
        inspection: JunctionInspectionConfiguration | None | Unset
        if _inspection is None or _inspection is UNSET:
            inspection = _inspection
        else:
            inspection = _from_dict_JunctionInspectionConfiguration(_inspection)

        junction_enabled = d.pop("junctionEnabled", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        _mirroring = d.pop("mirroring", UNSET)
        mirroring: VirtualPrivateGatewayMirroring | None | Unset
        if _mirroring is None or _mirroring is UNSET:
            mirroring = _mirroring
        else:
            mirroring = _from_dict_VirtualPrivateGatewayMirroring(_mirroring)

        offset_id = d.pop("offsetId", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        _placement = d.pop("placement", UNSET)
        placement: Placement | None | Unset
        if _placement is None or _placement is UNSET:
            placement = _placement
        else:
            placement = _from_dict_Placement(_placement)

        primary_service_name = d.pop("primaryServiceName", UNSET)

        _redirection = d.pop("redirection", UNSET)
        redirection: JunctionRedirectionConfiguration | None | Unset
        if _redirection is None or _redirection is UNSET:
            redirection = _redirection
        else:
            redirection = _from_dict_JunctionRedirectionConfiguration(_redirection)

        _routing_filter_entries = d.pop("routingFilterEntries", UNSET)
        routing_filter_entries: list[RoutingFilterEntry] | None | Unset
        if _routing_filter_entries is None or _routing_filter_entries is UNSET:
            routing_filter_entries = _routing_filter_entries
        elif not isinstance(_routing_filter_entries, list):
            raise wrong_shape("routingFilterEntries", "a JSON array", _routing_filter_entries)
        else:
            routing_filter_entries = [
                _from_dict_RoutingFilterEntry(v) for v in _routing_filter_entries
            ]

        _session_stats = d.pop("sessionStats", UNSET)
        session_stats: VirtualPrivateGatewaySessionStats | None | Unset
        if _session_stats is None or _session_stats is UNSET:
            session_stats = _session_stats
        else:
            session_stats = _from_dict_VirtualPrivateGatewaySessionStats(_session_stats)

        _sim_based_routing_config = d.pop("simBasedRoutingConfig", UNSET)
        sim_based_routing_config: VirtualPrivateGatewaySimBasedRoutingConfig | None | Unset
        if _sim_based_routing_config is None or _sim_based_routing_config is UNSET:
            sim_based_routing_config = _sim_based_routing_config
        else:
            sim_based_routing_config = _from_dict_VirtualPrivateGatewaySimBasedRoutingConfig(
                _sim_based_routing_config
            )

        size = d.pop("size", UNSET)

        _soracom_transit_gateway = d.pop("soracomTransitGateway", UNSET)
        soracom_transit_gateway: SoracomTransitGateway | None | Unset
        if _soracom_transit_gateway is None or _soracom_transit_gateway is UNSET:
            soracom_transit_gateway = _soracom_transit_gateway
        else:
            soracom_transit_gateway = _from_dict_SoracomTransitGateway(_soracom_transit_gateway)

        _soracom_transit_gateway_peering_connections = d.pop(
            "soracomTransitGatewayPeeringConnections", UNSET
        )
        soracom_transit_gateway_peering_connections: (
            VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections | None | Unset
        )
        if (
            _soracom_transit_gateway_peering_connections is None
            or _soracom_transit_gateway_peering_connections is UNSET
        ):
            soracom_transit_gateway_peering_connections = (
                _soracom_transit_gateway_peering_connections
            )
        else:
            soracom_transit_gateway_peering_connections = (
                _from_dict_VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections(
                    _soracom_transit_gateway_peering_connections
                )
            )

        _soracom_transit_gateway_vpc_attachments = d.pop(
            "soracomTransitGatewayVpcAttachments", UNSET
        )
        soracom_transit_gateway_vpc_attachments: (
            VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments | None | Unset
        )
        if (
            _soracom_transit_gateway_vpc_attachments is None
            or _soracom_transit_gateway_vpc_attachments is UNSET
        ):
            soracom_transit_gateway_vpc_attachments = _soracom_transit_gateway_vpc_attachments
        else:
            soracom_transit_gateway_vpc_attachments = (
                _from_dict_VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments(
                    _soracom_transit_gateway_vpc_attachments
                )
            )

        _status = d.pop("status", UNSET)
        status: VirtualPrivateGatewayStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_VirtualPrivateGatewayStatus[_status]
            except (KeyError, TypeError):
                status = VirtualPrivateGatewayStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        _transit_gateway_attachments = d.pop("transitGatewayAttachments", UNSET)
        transit_gateway_attachments: VirtualPrivateGatewayTransitGatewayAttachments | None | Unset
        if _transit_gateway_attachments is None or _transit_gateway_attachments is UNSET:
            transit_gateway_attachments = _transit_gateway_attachments
        else:
            transit_gateway_attachments = _from_dict_VirtualPrivateGatewayTransitGatewayAttachments(
                _transit_gateway_attachments
            )

        _type_ = d.pop("type", UNSET)
        type_: VirtualPrivateGatewayType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_VirtualPrivateGatewayType[_type_]
            except (KeyError, TypeError):
                type_ = VirtualPrivateGatewayType(_type_)

        ue_subnet_cidr_range = d.pop("ueSubnetCidrRange", UNSET)

        use_internet_gateway = d.pop("useInternetGateway", UNSET)

        _virtual_interfaces = d.pop("virtualInterfaces", UNSET)
        virtual_interfaces: VirtualPrivateGatewayVirtualInterfaces | None | Unset
        if _virtual_interfaces is None or _virtual_interfaces is UNSET:
            virtual_interfaces = _virtual_interfaces
        else:
            virtual_interfaces = _from_dict_VirtualPrivateGatewayVirtualInterfaces(
                _virtual_interfaces
            )

        _vpc_peering_connections = d.pop("vpcPeeringConnections", UNSET)
        vpc_peering_connections: VirtualPrivateGatewayVpcPeeringConnections | None | Unset
        if _vpc_peering_connections is None or _vpc_peering_connections is UNSET:
            vpc_peering_connections = _vpc_peering_connections
        else:
            vpc_peering_connections = _from_dict_VirtualPrivateGatewayVpcPeeringConnections(
                _vpc_peering_connections
            )

        vpg_subnet_cidr_range = d.pop("vpgSubnetCidrRange", UNSET)

        _vpn_connections = d.pop("vpnConnections", UNSET)
        vpn_connections: VirtualPrivateGatewayVpnConnections | None | Unset
        if _vpn_connections is None or _vpn_connections is UNSET:
            vpn_connections = _vpn_connections
        else:
            vpn_connections = _from_dict_VirtualPrivateGatewayVpnConnections(_vpn_connections)

        _self = cls.__new__(cls)
        _self.vpg_id = vpg_id
        _self.allowed_operators = allowed_operators
        _self.created_time = created_time
        _self.customer_routes = customer_routes
        _self.device_subnet_cidr_range = device_subnet_cidr_range
        _self.enable_sim_based_routing = enable_sim_based_routing
        _self.fixed_ip_addresses_enabled = fixed_ip_addresses_enabled
        _self.fixed_public_ip_addresses = fixed_public_ip_addresses
        _self.gate_opened = gate_opened
        _self.gate_privacy_separator_enabled = gate_privacy_separator_enabled
        _self.gate_vxlan_id = gate_vxlan_id
        _self.implicit_termination_protected = implicit_termination_protected
        _self.inspection = inspection
        _self.junction_enabled = junction_enabled
        _self.last_modified_time = last_modified_time
        _self.mirroring = mirroring
        _self.offset_id = offset_id
        _self.operator_id = operator_id
        _self.placement = placement
        _self.primary_service_name = primary_service_name
        _self.redirection = redirection
        _self.routing_filter_entries = routing_filter_entries
        _self.session_stats = session_stats
        _self.sim_based_routing_config = sim_based_routing_config
        _self.size = size
        _self.soracom_transit_gateway = soracom_transit_gateway
        _self.soracom_transit_gateway_peering_connections = (
            soracom_transit_gateway_peering_connections
        )
        _self.soracom_transit_gateway_vpc_attachments = soracom_transit_gateway_vpc_attachments
        _self.status = status
        _self.tags = tags
        _self.transit_gateway_attachments = transit_gateway_attachments
        _self.type_ = type_
        _self.ue_subnet_cidr_range = ue_subnet_cidr_range
        _self.use_internet_gateway = use_internet_gateway
        _self.virtual_interfaces = virtual_interfaces
        _self.vpc_peering_connections = vpc_peering_connections
        _self.vpg_subnet_cidr_range = vpg_subnet_cidr_range
        _self.vpn_connections = vpn_connections
        _self.additional_properties = d if d else {}
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Referenced models, imported after the class so that cycles resolve.
from ..models.junction_inspection_configuration import JunctionInspectionConfiguration  # noqa: E402
from ..models.junction_redirection_configuration import JunctionRedirectionConfiguration  # noqa: E402
from ..models.placement import Placement  # noqa: E402
from ..models.routing_filter_entry import RoutingFilterEntry  # noqa: E402
from ..models.soracom_transit_gateway import SoracomTransitGateway  # noqa: E402
from ..models.tag_set import TagSet  # noqa: E402
from ..models.virtual_private_gateway_customer_routes import VirtualPrivateGatewayCustomerRoutes  # noqa: E402
from ..models.virtual_private_gateway_mirroring import VirtualPrivateGatewayMirroring  # noqa: E402
from ..models.virtual_private_gateway_session_stats import VirtualPrivateGatewaySessionStats  # noqa: E402
from ..models.virtual_private_gateway_sim_based_routing_config import (
    VirtualPrivateGatewaySimBasedRoutingConfig,  # noqa: E402
)
from ..models.virtual_private_gateway_soracom_transit_gateway_peering_connections import (
    VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections,  # noqa: E402
)
from ..models.virtual_private_gateway_soracom_transit_gateway_vpc_attachments import (
    VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments,  # noqa: E402
)
from ..models.virtual_private_gateway_transit_gateway_attachments import (
    VirtualPrivateGatewayTransitGatewayAttachments,  # noqa: E402
)
from ..models.virtual_private_gateway_virtual_interfaces import (
    VirtualPrivateGatewayVirtualInterfaces,  # noqa: E402
)
from ..models.virtual_private_gateway_vpc_peering_connections import (
    VirtualPrivateGatewayVpcPeeringConnections,  # noqa: E402
)
from ..models.virtual_private_gateway_vpn_connections import VirtualPrivateGatewayVpnConnections  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_VirtualPrivateGatewayStatus = VirtualPrivateGatewayStatus._value2member_map_
_by_value_VirtualPrivateGatewayType = VirtualPrivateGatewayType._value2member_map_
_from_dict_JunctionInspectionConfiguration = JunctionInspectionConfiguration.from_dict
_from_dict_JunctionRedirectionConfiguration = JunctionRedirectionConfiguration.from_dict
_from_dict_Placement = Placement.from_dict
_from_dict_RoutingFilterEntry = RoutingFilterEntry.from_dict
_from_dict_SoracomTransitGateway = SoracomTransitGateway.from_dict
_from_dict_TagSet = TagSet.from_dict
_from_dict_VirtualPrivateGatewayCustomerRoutes = VirtualPrivateGatewayCustomerRoutes.from_dict
_from_dict_VirtualPrivateGatewayMirroring = VirtualPrivateGatewayMirroring.from_dict
_from_dict_VirtualPrivateGatewaySessionStats = VirtualPrivateGatewaySessionStats.from_dict
_from_dict_VirtualPrivateGatewaySimBasedRoutingConfig = (
    VirtualPrivateGatewaySimBasedRoutingConfig.from_dict
)
_from_dict_VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections = (
    VirtualPrivateGatewaySoracomTransitGatewayPeeringConnections.from_dict
)
_from_dict_VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments = (
    VirtualPrivateGatewaySoracomTransitGatewayVpcAttachments.from_dict
)
_from_dict_VirtualPrivateGatewayTransitGatewayAttachments = (
    VirtualPrivateGatewayTransitGatewayAttachments.from_dict
)
_from_dict_VirtualPrivateGatewayVirtualInterfaces = VirtualPrivateGatewayVirtualInterfaces.from_dict
_from_dict_VirtualPrivateGatewayVpcPeeringConnections = (
    VirtualPrivateGatewayVpcPeeringConnections.from_dict
)
_from_dict_VirtualPrivateGatewayVpnConnections = VirtualPrivateGatewayVpnConnections.from_dict
