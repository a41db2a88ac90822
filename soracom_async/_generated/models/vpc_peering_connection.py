from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="VpcPeeringConnection")


@_attrs_define(init=False, repr=False, eq=False)
class VpcPeeringConnection:
    """
    Attributes:
        destination_cidr_block (str | None | Unset):
        id (str | None | Unset):
        peer_owner_id (str | None | Unset):
        peer_vpc_id (str | None | Unset):
    """

    destination_cidr_block: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    peer_owner_id: str | None | Unset = UNSET
    peer_vpc_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_cidr_block: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        peer_owner_id: str | None | Unset = UNSET,
        peer_vpc_id: str | None | Unset = UNSET,
    ) -> None:
        self.destination_cidr_block = destination_cidr_block
        self.id = id
        self.peer_owner_id = peer_owner_id
        self.peer_vpc_id = peer_vpc_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_cidr_block={self.destination_cidr_block!r}, "
            f"id={self.id!r}, "
            f"peer_owner_id={self.peer_owner_id!r}, "
            f"peer_vpc_id={self.peer_vpc_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, VpcPeeringConnection):
            return NotImplemented
        return (
            self.destination_cidr_block,
            self.id,
            self.peer_owner_id,
            self.peer_vpc_id,
            self.additional_properties,
        ) == (
            other.destination_cidr_block,
            other.id,
            other.peer_owner_id,
            other.peer_vpc_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_cidr_block = self.destination_cidr_block

        id = self.id

        peer_owner_id = self.peer_owner_id

        peer_vpc_id = self.peer_vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_cidr_block is not UNSET:
            field_dict["destinationCidrBlock"] = destination_cidr_block
        if id is not UNSET:
            field_dict["id"] = id
        if peer_owner_id is not UNSET:
            field_dict["peerOwnerId"] = peer_owner_id
        if peer_vpc_id is not UNSET:
            field_dict["peerVpcId"] = peer_vpc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        destination_cidr_block = d.pop("destinationCidrBlock", UNSET)

        id = d.pop("id", UNSET)

        peer_owner_id = d.pop("peerOwnerId", UNSET)

        peer_vpc_id = d.pop("peerVpcId", UNSET)

        _self = cls.__new__(cls)
        _self.destination_cidr_block = destination_cidr_block
        _self.id = id
        _self.peer_owner_id = peer_owner_id
        _self.peer_vpc_id = peer_vpc_id
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
