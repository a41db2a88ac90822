from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.cell import Cell


T = TypeVar("T", bound="SessionEvent")


@_attrs_define(init=False, repr=False, eq=False)
class SessionEvent:
    """
    Attributes:
        apn (str | None | Unset): The Access Point Name configured.
        cell (Cell | None | Unset): Information about the base station to which the IoT SIM is connected. It will not be
            output for virtual SIM/subscribers.
        created_time (str | None | Unset):
        dns0 (str | None | Unset): First IP address of DNS servers.
        dns1 (str | None | Unset): Second IP address of DNS servers.
        event (str | None | Unset): The type of session event. It is one of the following:

            - `Created`: The session has been established.
            - `Modified`: The session update (handover) was notified by the base station due to reasons such as device
            movement or changes in radio wave strength.
            - `Deleted`: The session has been disconnected.

            In the case of `Created` or `Modified`, it indicates that the session state is online. In the case of `Deleted`,
            it indicates that the session state is offline. For the meaning of a session, refer to [State
            (Online/Offline)](/en-us/resources/glossary/session/#state-online-offline).
        gateway_private_ip_address (str | None | Unset): The private IP address of the VPG. In the case of VPG Type-F,
            the source IP address of the closed network communication from the IoT SIM to the customer's system is NAT-ed to
            this IP address.
        gateway_public_ip_address (str | None | Unset): The fixed global IP address when using the VPG [Fixed Global IP
            Address Option](/en/docs/vpg/fixed-global-ip/).
        imei (str | None | Unset): The IMEI of the device using the IoT SIM. If using a virtual SIM/subscriber, this
            will be `null`.
        imsi (str | None | Unset): The IMSI of the IoT SIM.
        operator_id (str | None | Unset): The operator ID of the session event.
        session_id (str | None | Unset): The session ID.
        sim_id (str | None | Unset):
        subscription (str | None | Unset): The subscription.
        time (int | None | Unset): The timestamp of the session event.
        ue_ip_address (str | None | Unset): The IP address of the device.
        vpg_id (str | None | Unset): The VPG ID. If the VPG was not used, this will not be output.
    """

    apn: str | None | Unset = UNSET
    cell: Cell | None | Unset = UNSET
    created_time: str | None | Unset = UNSET
    dns0: str | None | Unset = UNSET
    dns1: str | None | Unset = UNSET
    event: str | None | Unset = UNSET
    gateway_private_ip_address: str | None | Unset = UNSET
    gateway_public_ip_address: str | None | Unset = UNSET
    imei: str | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    session_id: str | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    time: int | None | Unset = UNSET
    ue_ip_address: str | None | Unset = UNSET
    vpg_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        apn: str | None | Unset = UNSET,
        cell: Cell | Mapping[str, Any] | None | Unset = UNSET,
        created_time: str | None | Unset = UNSET,
        dns0: str | None | Unset = UNSET,
        dns1: str | None | Unset = UNSET,
        event: str | None | Unset = UNSET,
        gateway_private_ip_address: str | None | Unset = UNSET,
        gateway_public_ip_address: str | None | Unset = UNSET,
        imei: str | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        session_id: str | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        time: int | None | Unset = UNSET,
        ue_ip_address: str | None | Unset = UNSET,
        vpg_id: str | None | Unset = UNSET,
    ) -> None:
        self.apn = apn
        self.cell = as_model(cell, Cell, "SessionEvent", "cell")
        self.created_time = created_time
        self.dns0 = dns0
        self.dns1 = dns1
        self.event = event
        self.gateway_private_ip_address = gateway_private_ip_address
        self.gateway_public_ip_address = gateway_public_ip_address
        self.imei = imei
        self.imsi = imsi
        self.operator_id = operator_id
        self.session_id = session_id
        self.sim_id = sim_id
        self.subscription = subscription
        self.time = time
        self.ue_ip_address = ue_ip_address
        self.vpg_id = vpg_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"apn={self.apn!r}, "
            f"cell={self.cell!r}, "
            f"created_time={self.created_time!r}, "
            f"dns0={self.dns0!r}, "
            f"dns1={self.dns1!r}, "
            f"event={self.event!r}, "
            f"gateway_private_ip_address={self.gateway_private_ip_address!r}, "
            f"gateway_public_ip_address={self.gateway_public_ip_address!r}, "
            f"imei={self.imei!r}, "
            f"imsi={self.imsi!r}, "
            f"operator_id={self.operator_id!r}, "
            f"session_id={self.session_id!r}, "
            f"sim_id={self.sim_id!r}, "
            f"subscription={self.subscription!r}, "
            f"time={self.time!r}, "
            f"ue_ip_address={self.ue_ip_address!r}, "
            f"vpg_id={self.vpg_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SessionEvent):
            return NotImplemented
        return (
            self.apn,
            self.cell,
            self.created_time,
            self.dns0,
            self.dns1,
            self.event,
            self.gateway_private_ip_address,
            self.gateway_public_ip_address,
            self.imei,
            self.imsi,
            self.operator_id,
            self.session_id,
            self.sim_id,
            self.subscription,
            self.time,
            self.ue_ip_address,
            self.vpg_id,
            self.additional_properties,
        ) == (
            other.apn,
            other.cell,
            other.created_time,
            other.dns0,
            other.dns1,
            other.event,
            other.gateway_private_ip_address,
            other.gateway_public_ip_address,
            other.imei,
            other.imsi,
            other.operator_id,
            other.session_id,
            other.sim_id,
            other.subscription,
            other.time,
            other.ue_ip_address,
            other.vpg_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        apn = self.apn

        cell: dict[str, Any] | None | Unset
        if self.cell is None or self.cell is UNSET:
            cell = self.cell
        else:
            cell = self.cell.to_dict()

        created_time = self.created_time

        dns0 = self.dns0

        dns1 = self.dns1

        event = self.event

        gateway_private_ip_address = self.gateway_private_ip_address

        gateway_public_ip_address = self.gateway_public_ip_address

        imei = self.imei

        imsi = self.imsi

        operator_id = self.operator_id

        session_id = self.session_id

        sim_id = self.sim_id

        subscription = self.subscription

        time = self.time

        ue_ip_address = self.ue_ip_address

        vpg_id = self.vpg_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apn is not UNSET:
            field_dict["apn"] = apn
        if cell is not UNSET:
            field_dict["cell"] = cell
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if dns0 is not UNSET:
            field_dict["dns0"] = dns0
        if dns1 is not UNSET:
            field_dict["dns1"] = dns1
        if event is not UNSET:
            field_dict["event"] = event
        if gateway_private_ip_address is not UNSET:
            field_dict["gatewayPrivateIpAddress"] = gateway_private_ip_address
        if gateway_public_ip_address is not UNSET:
            field_dict["gatewayPublicIpAddress"] = gateway_public_ip_address
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if time is not UNSET:
            field_dict["time"] = time
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
        apn = d.pop("apn", UNSET)

        _cell = d.pop("cell", UNSET)
        cell: Cell | None | Unset
        if _cell is None or _cell is UNSET:
            cell = _cell
        else:
            cell = _from_dict_Cell(_cell)

        created_time = d.pop("createdTime", UNSET)

        dns0 = d.pop("dns0", UNSET)

        dns1 = d.pop("dns1", UNSET)

        event = d.pop("event", UNSET)

        gateway_private_ip_address = d.pop("gatewayPrivateIpAddress", UNSET)

        gateway_public_ip_address = d.pop("gatewayPublicIpAddress", UNSET)

        imei = d.pop("imei", UNSET)

        imsi = d.pop("imsi", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        session_id = d.pop("sessionId", UNSET)

        sim_id = d.pop("simId", UNSET)

        subscription = d.pop("subscription", UNSET)

        time = d.pop("time", UNSET)

        ue_ip_address = d.pop("ueIpAddress", UNSET)

        vpg_id = d.pop("vpgId", UNSET)

        _self = cls.__new__(cls)
        _self.apn = apn
        _self.cell = cell
        _self.created_time = created_time
        _self.dns0 = dns0
        _self.dns1 = dns1
        _self.event = event
        _self.gateway_private_ip_address = gateway_private_ip_address
        _self.gateway_public_ip_address = gateway_public_ip_address
        _self.imei = imei
        _self.imsi = imsi
        _self.operator_id = operator_id
        _self.session_id = session_id
        _self.sim_id = sim_id
        _self.subscription = subscription
        _self.time = time
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
