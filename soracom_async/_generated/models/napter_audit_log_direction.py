from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="NapterAuditLogDirection")


@_attrs_define(init=False, repr=False, eq=False)
class NapterAuditLogDirection:
    """
    Attributes:
        destination_ip_address (str | None | Unset):
        destination_port (int | None | Unset):
        source_ip_address (str | None | Unset):
        source_port (int | None | Unset):
    """

    destination_ip_address: str | None | Unset = UNSET
    destination_port: int | None | Unset = UNSET
    source_ip_address: str | None | Unset = UNSET
    source_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_ip_address: str | None | Unset = UNSET,
        destination_port: int | None | Unset = UNSET,
        source_ip_address: str | None | Unset = UNSET,
        source_port: int | None | Unset = UNSET,
    ) -> None:
        self.destination_ip_address = destination_ip_address
        self.destination_port = destination_port
        self.source_ip_address = source_ip_address
        self.source_port = source_port
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_ip_address={self.destination_ip_address!r}, "
            f"destination_port={self.destination_port!r}, "
            f"source_ip_address={self.source_ip_address!r}, "
            f"source_port={self.source_port!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, NapterAuditLogDirection):
            return NotImplemented
        return (
            self.destination_ip_address,
            self.destination_port,
            self.source_ip_address,
            self.source_port,
            self.additional_properties,
        ) == (
            other.destination_ip_address,
            other.destination_port,
            other.source_ip_address,
            other.source_port,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_ip_address = self.destination_ip_address

        destination_port = self.destination_port

        source_ip_address = self.source_ip_address

        source_port = self.source_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_ip_address is not UNSET:
            field_dict["destinationIPAddress"] = destination_ip_address
        if destination_port is not UNSET:
            field_dict["destinationPort"] = destination_port
        if source_ip_address is not UNSET:
            field_dict["sourceIPAddress"] = source_ip_address
        if source_port is not UNSET:
            field_dict["sourcePort"] = source_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        destination_ip_address = d.pop("destinationIPAddress", UNSET)

        destination_port = d.pop("destinationPort", UNSET)

        source_ip_address = d.pop("sourceIPAddress", UNSET)

        source_port = d.pop("sourcePort", UNSET)

        _self = cls.__new__(cls)
        _self.destination_ip_address = destination_ip_address
        _self.destination_port = destination_port
        _self.source_ip_address = source_ip_address
        _self.source_port = source_port
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
