from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.junction_mirroring_peer_protocol import JunctionMirroringPeerProtocol
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="JunctionMirroringPeer")


@_attrs_define(init=False, repr=False, eq=False)
class JunctionMirroringPeer:
    """
    Attributes:
        description (str | None | Unset):
        enabled (bool | None | Unset):  Default: False.
        ip_address (str | None | Unset):
        protocol (JunctionMirroringPeerProtocol | None | Unset):
    """

    description: str | None | Unset = UNSET
    enabled: bool | None | Unset = False
    ip_address: str | None | Unset = UNSET
    protocol: JunctionMirroringPeerProtocol | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        enabled: bool | None | Unset = False,
        ip_address: str | None | Unset = UNSET,
        protocol: JunctionMirroringPeerProtocol | Literal["gre"] | None | Unset = UNSET,
    ) -> None:
        self.description = description
        self.enabled = enabled
        self.ip_address = ip_address
        self.protocol = as_enum(
            protocol, JunctionMirroringPeerProtocol, "JunctionMirroringPeer", "protocol"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"enabled={self.enabled!r}, "
            f"ip_address={self.ip_address!r}, "
            f"protocol={self.protocol!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, JunctionMirroringPeer):
            return NotImplemented
        return (
            self.description,
            self.enabled,
            self.ip_address,
            self.protocol,
            self.additional_properties,
        ) == (
            other.description,
            other.enabled,
            other.ip_address,
            other.protocol,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        enabled = self.enabled

        ip_address = self.ip_address

        protocol: str | None | Unset
        if self.protocol is None or self.protocol is UNSET:
            protocol = self.protocol
        else:
            protocol = str(self.protocol)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        _protocol = d.pop("protocol", UNSET)
        protocol: JunctionMirroringPeerProtocol | None | Unset
        if _protocol is None or _protocol is UNSET:
            protocol = _protocol
        else:
            try:
                protocol = _by_value_JunctionMirroringPeerProtocol[_protocol]
            except (KeyError, TypeError):
                protocol = JunctionMirroringPeerProtocol(_protocol)

        _self = cls.__new__(cls)
        _self.description = description
        _self.enabled = enabled
        _self.ip_address = ip_address
        _self.protocol = protocol
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
_by_value_JunctionMirroringPeerProtocol = JunctionMirroringPeerProtocol._value2member_map_
