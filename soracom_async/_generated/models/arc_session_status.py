from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.placement import Placement


T = TypeVar("T", bound="ArcSessionStatus")


@_attrs_define(init=False, repr=False, eq=False)
class ArcSessionStatus:
    """
    Attributes:
        arc_allowed_i_ps (list[str] | None | Unset): Displays the WireGuard AllowedIPs received from the Arc server.
        arc_client_peer_ip_address (str | None | Unset): IP address of the client.
        arc_client_peer_public_key (str | None | Unset):
        arc_server_endpoint (str | None | Unset): WireGuard protocol endpoints on the Arc server.
        arc_server_peer_public_key (str | None | Unset): Server peer public key for the Arc server.
        gateway_private_ip_address (str | None | Unset): The private IP address of the VPG. In the case of VPG Type-F,
            the source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None | Unset): The fixed global IP address when using the VPG [Fixed Global IP
            Address Option](/en/docs/vpg/fixed-global-ip/).
        last_updated_at (int | None | Unset):
        placement (Placement | None | Unset):
        vpg_id (str | None | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    arc_allowed_i_ps: list[str] | None | Unset = UNSET
    arc_client_peer_ip_address: str | None | Unset = UNSET
    arc_client_peer_public_key: str | None | Unset = UNSET
    arc_server_endpoint: str | None | Unset = UNSET
    arc_server_peer_public_key: str | None | Unset = UNSET
    gateway_private_ip_address: str | None | Unset = UNSET
    gateway_public_ip_address: str | None | Unset = UNSET
    last_updated_at: int | None | Unset = UNSET
    placement: Placement | None | Unset = UNSET
    vpg_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        arc_allowed_i_ps: list[str] | None | Unset = UNSET,
        arc_client_peer_ip_address: str | None | Unset = UNSET,
        arc_client_peer_public_key: str | None | Unset = UNSET,
        arc_server_endpoint: str | None | Unset = UNSET,
        arc_server_peer_public_key: str | None | Unset = UNSET,
        gateway_private_ip_address: str | None | Unset = UNSET,
        gateway_public_ip_address: str | None | Unset = UNSET,
        last_updated_at: int | None | Unset = UNSET,
        placement: Placement | Mapping[str, Any] | None | Unset = UNSET,
        vpg_id: str | None | Unset = UNSET,
    ) -> None:
        self.arc_allowed_i_ps = arc_allowed_i_ps
        self.arc_client_peer_ip_address = arc_client_peer_ip_address
        self.arc_client_peer_public_key = arc_client_peer_public_key
        self.arc_server_endpoint = arc_server_endpoint
        self.arc_server_peer_public_key = arc_server_peer_public_key
        self.gateway_private_ip_address = gateway_private_ip_address
        self.gateway_public_ip_address = gateway_public_ip_address
        self.last_updated_at = last_updated_at
        self.placement = as_model(placement, Placement, "ArcSessionStatus", "placement")
        self.vpg_id = vpg_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arc_allowed_i_ps={self.arc_allowed_i_ps!r}, "
            f"arc_client_peer_ip_address={self.arc_client_peer_ip_address!r}, "
            f"arc_client_peer_public_key={self.arc_client_peer_public_key!r}, "
            f"arc_server_endpoint={self.arc_server_endpoint!r}, "
            f"arc_server_peer_public_key={self.arc_server_peer_public_key!r}, "
            f"gateway_private_ip_address={self.gateway_private_ip_address!r}, "
            f"gateway_public_ip_address={self.gateway_public_ip_address!r}, "
            f"last_updated_at={self.last_updated_at!r}, "
            f"placement={self.placement!r}, "
            f"vpg_id={self.vpg_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ArcSessionStatus):
            return NotImplemented
        return (
            self.arc_allowed_i_ps,
            self.arc_client_peer_ip_address,
            self.arc_client_peer_public_key,
            self.arc_server_endpoint,
            self.arc_server_peer_public_key,
            self.gateway_private_ip_address,
            self.gateway_public_ip_address,
            self.last_updated_at,
            self.placement,
            self.vpg_id,
            self.additional_properties,
        ) == (
            other.arc_allowed_i_ps,
            other.arc_client_peer_ip_address,
            other.arc_client_peer_public_key,
            other.arc_server_endpoint,
            other.arc_server_peer_public_key,
            other.gateway_private_ip_address,
            other.gateway_public_ip_address,
            other.last_updated_at,
            other.placement,
            other.vpg_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        arc_allowed_i_ps: list[str] | None | Unset
        if self.arc_allowed_i_ps is None or self.arc_allowed_i_ps is UNSET:
            arc_allowed_i_ps = self.arc_allowed_i_ps
        else:
            arc_allowed_i_ps = self.arc_allowed_i_ps

        arc_client_peer_ip_address = self.arc_client_peer_ip_address

        arc_client_peer_public_key = self.arc_client_peer_public_key

        arc_server_endpoint = self.arc_server_endpoint

        arc_server_peer_public_key = self.arc_server_peer_public_key

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        last_updated_at = self.last_updated_at

        placement: dict[str, Any] | None | Unset
        if self.placement is None or self.placement is UNSET:
            placement = self.placement
        else:
            placement = self.placement.to_dict()

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arc_allowed_i_ps is not UNSET:
            field_dict["arcAllowedIPs"] = arc_allowed_i_ps
        if arc_client_peer_ip_address is not UNSET:
            field_dict["arcClientPeerIpAddress"] = arc_client_peer_ip_address
        if arc_client_peer_public_key is not UNSET:
            field_dict["arcClientPeerPublicKey"] = arc_client_peer_public_key
        if arc_server_endpoint is not UNSET:
            field_dict["arcServerEndpoint"] = arc_server_endpoint
        if arc_server_peer_public_key is not UNSET:
            field_dict["arcServerPeerPublicKey"] = arc_server_peer_public_key
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at
        if placement is not UNSET:
            field_dict["placement"] = placement
        if vpg_id is not UNSET:
            field_dict["vpgId"] = vpg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _arc_allowed_i_ps = d.pop("arcAllowedIPs", UNSET)
        arc_allowed_i_ps: list[str] | None | Unset
        if _arc_allowed_i_ps is None or _arc_allowed_i_ps is UNSET:
            arc_allowed_i_ps = _arc_allowed_i_ps
        elif not isinstance(_arc_allowed_i_ps, list):
            raise wrong_shape("arcAllowedIPs", "a JSON array", _arc_allowed_i_ps)
        else:
            arc_allowed_i_ps = _arc_allowed_i_ps

        arc_client_peer_ip_address = d.pop("arcClientPeerIpAddress", UNSET)

        arc_client_peer_public_key = d.pop("arcClientPeerPublicKey", UNSET)

        arc_server_endpoint = d.pop("arcServerEndpoint", UNSET)

        arc_server_peer_public_key = d.pop("arcServerPeerPublicKey", UNSET)

        gateway_private_ip_address = d.pop("gatewayPrivateIpAddress", UNSET)

        gateway_public_ip_address = d.pop("gatewayPublicIpAddress", UNSET)

        last_updated_at = d.pop("lastUpdatedAt", UNSET)

        _placement = d.pop("placement", UNSET)
        placement: Placement | None | Unset
        if _placement is None or _placement is UNSET:
            placement = _placement
        else:
            placement = _from_dict_Placement(_placement)

        vpg_id = d.pop("vpgId", UNSET)

        _self = cls.__new__(cls)
        _self.arc_allowed_i_ps = arc_allowed_i_ps
        _self.arc_client_peer_ip_address = arc_client_peer_ip_address
        _self.arc_client_peer_public_key = arc_client_peer_public_key
        _self.arc_server_endpoint = arc_server_endpoint
        _self.arc_server_peer_public_key = arc_server_peer_public_key
        _self.gateway_private_ip_address = gateway_private_ip_address
        _self.gateway_public_ip_address = gateway_public_ip_address
        _self.last_updated_at = last_updated_at
        _self.placement = placement
        _self.vpg_id = vpg_id
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
from ..models.placement import Placement  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_Placement = Placement.from_dict
