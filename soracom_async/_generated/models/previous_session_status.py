from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.cell import Cell


T = TypeVar("T", bound="PreviousSessionStatus")


@_attrs_define(init=False, repr=False, eq=False)
class PreviousSessionStatus:
    """Information about the previous session.

    Attributes:
        cell (Cell | None | Unset): Information about the base station to which the IoT SIM is connected. It will not be
            output for virtual SIM/subscribers.
        created_time (int | None | Unset): The time when the previous session was created.
        deleted_time (int | None | Unset): The time when the previous session was deleted.
        dns_servers (list[str] | None | Unset): Array of IP address of the DNS servers.
        gateway_private_ip_address (str | None | Unset): The private IP address of the VPG. In the case of VPG Type-F,
            the source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None | Unset): The fixed global IP address when using the VPG [Fixed Global IP
            Address Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | None | Unset): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this
            will be `null`.
        imsi (str | None | Unset): The IMSI of the IoT SIM.
        session_id (str | None | Unset): The session ID.
        subscription (str | None | Unset):
        ue_ip_address (str | None | Unset): The IP address of the device.
        vpg_id (str | None | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    cell: Cell | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    deleted_time: int | None | Unset = UNSET
    dns_servers: list[str] | None | Unset = UNSET
    gateway_private_ip_address: str | None | Unset = UNSET
    gateway_public_ip_address: str | None | Unset = UNSET
    imei: str | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    session_id: str | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    ue_ip_address: str | None | Unset = UNSET
    vpg_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        cell: Cell | Mapping[str, Any] | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        deleted_time: int | None | Unset = UNSET,
        dns_servers: list[str] | None | Unset = UNSET,
        gateway_private_ip_address: str | None | Unset = UNSET,
        gateway_public_ip_address: str | None | Unset = UNSET,
        imei: str | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        ue_ip_address: str | None | Unset = UNSET,
        vpg_id: str | None | Unset = UNSET,
    ) -> None:
        self.cell = as_model(cell, Cell, "PreviousSessionStatus", "cell")
        self.created_time = created_time
        self.deleted_time = deleted_time
        self.dns_servers = dns_servers
        self.gateway_private_ip_address = gateway_private_ip_address
        self.gateway_public_ip_address = gateway_public_ip_address
        self.imei = imei
        self.imsi = imsi
        self.session_id = session_id
        self.subscription = subscription
        self.ue_ip_address = ue_ip_address
        self.vpg_id = vpg_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cell={self.cell!r}, "
            f"created_time={self.created_time!r}, "
            f"deleted_time={self.deleted_time!r}, "
            f"dns_servers={self.dns_servers!r}, "
            f"gateway_private_ip_address={self.gateway_private_ip_address!r}, "
            f"gateway_public_ip_address={self.gateway_public_ip_address!r}, "
            f"imei={self.imei!r}, "
            f"imsi={self.imsi!r}, "
            f"session_id={self.session_id!r}, "
            f"subscription={self.subscription!r}, "
            f"ue_ip_address={self.ue_ip_address!r}, "
            f"vpg_id={self.vpg_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PreviousSessionStatus):
            return NotImplemented
        return (
            self.cell,
            self.created_time,
            self.deleted_time,
            self.dns_servers,
            self.gateway_private_ip_address,
            self.gateway_public_ip_address,
            self.imei,
            self.imsi,
            self.session_id,
            self.subscription,
            self.ue_ip_address,
            self.vpg_id,
            self.additional_properties,
        ) == (
            other.cell,
            other.created_time,
            other.deleted_time,
            other.dns_servers,
            other.gateway_private_ip_address,
            other.gateway_public_ip_address,
            other.imei,
            other.imsi,
            other.session_id,
            other.subscription,
            other.ue_ip_address,
            other.vpg_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        cell: dict[str, Any] | None | Unset
        if self.cell is None or self.cell is UNSET:
            cell = self.cell
        else:
            cell = self.cell.to_dict()

        created_time = self.created_time

        deleted_time = self.deleted_time

        dns_servers: list[str] | None | Unset
        if self.dns_servers is None or self.dns_servers is UNSET:
            dns_servers = self.dns_servers
        else:
            dns_servers = self.dns_servers

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        imei = self.imei

        imsi = self.imsi

        session_id = self.session_id

        subscription = self.subscription

        ue_ip_address = self.ue_ip_address

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cell is not UNSET:
            field_dict["cell"] = cell
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if deleted_time is not UNSET:
            field_dict["deletedTime"] = deleted_time
        if dns_servers is not UNSET:
            field_dict["dnsServers"] = dns_servers
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if ue_ip_address is not UNSET:
            field_dict["ueIpAddress"] = ue_ip_address
        if vpg_id is not UNSET:
            field_dict["vpgId"] = vpg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _cell = d.pop("cell", UNSET)
        cell: Cell | None | Unset
        if _cell is None or _cell is UNSET:
            cell = _cell
        else:
            cell = _from_dict_Cell(_cell)

        created_time = d.pop("createdTime", UNSET)

        deleted_time = d.pop("deletedTime", UNSET)

        _dns_servers = d.pop("dnsServers", UNSET)
        dns_servers: list[str] | None | Unset
        if _dns_servers is None or _dns_servers is UNSET:
            dns_servers = _dns_servers
        elif not isinstance(_dns_servers, list):
            raise wrong_shape("dnsServers", "a JSON array", _dns_servers)
        else:
            dns_servers = _dns_servers

        gateway_private_ip_address = d.pop("gatewayPrivateIpAddress", UNSET)

        gateway_public_ip_address = d.pop("gatewayPublicIpAddress", UNSET)

        imei = d.pop("imei", UNSET)

        imsi = d.pop("imsi", UNSET)

        session_id = d.pop("sessionId", UNSET)

        subscription = d.pop("subscription", UNSET)

        ue_ip_address = d.pop("ueIpAddress", UNSET)

        vpg_id = d.pop("vpgId", UNSET)

        _self = cls.__new__(cls)
        _self.cell = cell
        _self.created_time = created_time
        _self.deleted_time = deleted_time
        _self.dns_servers = dns_servers
        _self.gateway_private_ip_address = gateway_private_ip_address
        _self.gateway_public_ip_address = gateway_public_ip_address
        _self.imei = imei
        _self.imsi = imsi
        _self.session_id = session_id
        _self.subscription = subscription
        _self.ue_ip_address = ue_ip_address
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
from ..models.cell import Cell  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_Cell = Cell.from_dict
