from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="CreateVpcPeeringConnectionRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateVpcPeeringConnectionRequest:
    """
    Attributes:
        destination_cidr_block (str | None | Unset):
        peer_owner_id (str | None | Unset):
        peer_region (str | None | Unset):
        peer_vpc_id (str | None | Unset):
    """

    destination_cidr_block: str | None | Unset = UNSET
    peer_owner_id: str | None | Unset = UNSET
    peer_region: str | None | Unset = UNSET
    peer_vpc_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_cidr_block: str | None | Unset = UNSET,
        peer_owner_id: str | None | Unset = UNSET,
        peer_region: str | None | Unset = UNSET,
        peer_vpc_id: str | None | Unset = UNSET,
    ) -> None:
        self.destination_cidr_block = destination_cidr_block
        self.peer_owner_id = peer_owner_id
        self.peer_region = peer_region
        self.peer_vpc_id = peer_vpc_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_cidr_block={self.destination_cidr_block!r}, "
            f"peer_owner_id={self.peer_owner_id!r}, "
            f"peer_region={self.peer_region!r}, "
            f"peer_vpc_id={self.peer_vpc_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateVpcPeeringConnectionRequest
        ):
            return NotImplemented
        return (
            self.destination_cidr_block,
            self.peer_owner_id,
            self.peer_region,
            self.peer_vpc_id,
            self.additional_properties,
        ) == (
            other.destination_cidr_block,
            other.peer_owner_id,
            other.peer_region,
            other.peer_vpc_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_cidr_block = self.destination_cidr_block

        peer_owner_id = self.peer_owner_id

        peer_region = self.peer_region

        peer_vpc_id = self.peer_vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_cidr_block is not UNSET:
            field_dict["destinationCidrBlock"] = destination_cidr_block
        if peer_owner_id is not UNSET:
            field_dict["peerOwnerId"] = peer_owner_id
        if peer_region is not UNSET:
            field_dict["peerRegion"] = peer_region
        if peer_vpc_id is not UNSET:
            field_dict["peerVpcId"] = peer_vpc_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        destination_cidr_block = d.pop("destinationCidrBlock", UNSET)

        peer_owner_id = d.pop("peerOwnerId", UNSET)

        peer_region = d.pop("peerRegion", UNSET)

        peer_vpc_id = d.pop("peerVpcId", UNSET)

        _self = cls.__new__(cls)
        _self.destination_cidr_block = destination_cidr_block
        _self.peer_owner_id = peer_owner_id
        _self.peer_region = peer_region
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
