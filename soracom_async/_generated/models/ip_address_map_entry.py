from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_address_map_entry_type import IpAddressMapEntryType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="IpAddressMapEntry")


@_attrs_define(init=False, repr=False, eq=False)
class IpAddressMapEntry:
    """
    Attributes:
        host_id (str): (Deprecated) Use the value of `key` instead.
        ip_address (str): IP address assigned to the entity identified by the `key`, which can be an IoT SIM, a Gate
            Peer, or the VPG itself.

            - To specify the IP address of an IoT SIM, use the
            [VirtualPrivateGateway:putVirtualPrivateGatewayIpAddressMapEntry
            API](#/VirtualPrivateGateway/putVirtualPrivateGatewayIpAddressMapEntry).
            - To specify the IP address of a Gate Peer (*1), use the [VirtualPrivateGateway:registerGatePeer
            API](#/VirtualPrivateGateway/registerGatePeer).
            - IP addresses of a VPG (*1) cannot be manually set.

            (*1) The IP address must be within the device subnet range (an "inner IP address").
        key (str): Identifier of the entity in the IP address map. This can be an IoT SIM, a Gate Peer, or the VPG.

            - For an IoT SIM: The IMSI of the SIM to be assigned an IP address.
            - For a Gate Peers: The IP address (*1).
            - For the VPG: The IP address (*1).

            (*1) The IP address must be within the device subnet range (an "inner IP address").
        type_ (IpAddressMapEntryType): Indicates how the IP address was assigned. One of the following:

            - `static`: A statically assigned IP address specified in the IP address map.
            - `dynamic`: An IP address automatically assigned by the VPG.
            - `customerGatePeer`: An IP address of a customer-managed Gate Peer.
            - `gatePeer`: An IP address of the VPG.

            (*1) The IP address must be within the device subnet range (an "inner IP address").
        last_updated_at (int | None | Unset):
    """

    host_id: str
    ip_address: str
    key: str
    type_: IpAddressMapEntryType
    last_updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        host_id: str,
        ip_address: str,
        key: str,
        type_: IpAddressMapEntryType | Literal["static", "dynamic", "customerGatePeer", "gatePeer"],
        last_updated_at: int | None | Unset = UNSET,
    ) -> None:
        self.host_id = host_id
        self.ip_address = ip_address
        self.key = key
        self.type_ = as_enum(type_, IpAddressMapEntryType, "IpAddressMapEntry", "type_")
        self.last_updated_at = last_updated_at
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"host_id={self.host_id!r}, "
            f"ip_address={self.ip_address!r}, "
            f"key={self.key!r}, "
            f"type_={self.type_!r}, "
            f"last_updated_at={self.last_updated_at!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, IpAddressMapEntry):
            return NotImplemented
        return (
            self.host_id,
            self.ip_address,
            self.key,
            self.type_,
            self.last_updated_at,
            self.additional_properties,
        ) == (
            other.host_id,
            other.ip_address,
            other.key,
            other.type_,
            other.last_updated_at,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        host_id = self.host_id

        ip_address = self.ip_address

        key = self.key

        type_ = str(self.type_)

        last_updated_at = self.last_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostId": host_id,
                "ipAddress": ip_address,
                "key": key,
                "type": type_,
            }
        )
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_host_id = d.pop("hostId", None)
        if _required_host_id is None:
            raise missing_field(cls.__name__, "hostId")
        host_id = _required_host_id

        _required_ip_address = d.pop("ipAddress", None)
        if _required_ip_address is None:
            raise missing_field(cls.__name__, "ipAddress")
        ip_address = _required_ip_address

        _required_key = d.pop("key", None)
        if _required_key is None:
            raise missing_field(cls.__name__, "key")
        key = _required_key

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_IpAddressMapEntryType[_type_]
        except (KeyError, TypeError):
            type_ = IpAddressMapEntryType(_type_)

        last_updated_at = d.pop("lastUpdatedAt", UNSET)

        _self = cls.__new__(cls)
        _self.host_id = host_id
        _self.ip_address = ip_address
        _self.key = key
        _self.type_ = type_
        _self.last_updated_at = last_updated_at
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


# Parsers called per object, bound once (after every import).
_by_value_IpAddressMapEntryType = IpAddressMapEntryType._value2member_map_
