from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="CreateVpcPeeringConnectionResponse")


@_attrs_define(init=False, repr=False, eq=False)
class CreateVpcPeeringConnectionResponse:
    """
    Attributes:
        destination_cidr_block (str):
        id (str):
        peer_owner_id (str):
        peer_region (str):
        peer_vpc_id (str):
    """

    destination_cidr_block: str
    id: str
    peer_owner_id: str
    peer_region: str
    peer_vpc_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_cidr_block: str,
        id: str,
        peer_owner_id: str,
        peer_region: str,
        peer_vpc_id: str,
    ) -> None:
        self.destination_cidr_block = destination_cidr_block
        self.id = id
        self.peer_owner_id = peer_owner_id
        self.peer_region = peer_region
        self.peer_vpc_id = peer_vpc_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_cidr_block={self.destination_cidr_block!r}, "
            f"id={self.id!r}, "
            f"peer_owner_id={self.peer_owner_id!r}, "
            f"peer_region={self.peer_region!r}, "
            f"peer_vpc_id={self.peer_vpc_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateVpcPeeringConnectionResponse
        ):
            return NotImplemented
        return (
            self.destination_cidr_block,
            self.id,
            self.peer_owner_id,
            self.peer_region,
            self.peer_vpc_id,
            self.additional_properties,
        ) == (
            other.destination_cidr_block,
            other.id,
            other.peer_owner_id,
            other.peer_region,
            other.peer_vpc_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_cidr_block = self.destination_cidr_block

        id = self.id

        peer_owner_id = self.peer_owner_id

        peer_region = self.peer_region

        peer_vpc_id = self.peer_vpc_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationCidrBlock": destination_cidr_block,
                "id": id,
                "peerOwnerId": peer_owner_id,
                "peerRegion": peer_region,
                "peerVpcId": peer_vpc_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_destination_cidr_block = d.pop("destinationCidrBlock", None)
        if _required_destination_cidr_block is None:
            raise missing_field(cls.__name__, "destinationCidrBlock")
        destination_cidr_block = _required_destination_cidr_block

        _required_id = d.pop("id", None)
        if _required_id is None:
            raise missing_field(cls.__name__, "id")
        id = _required_id

        _required_peer_owner_id = d.pop("peerOwnerId", None)
        if _required_peer_owner_id is None:
            raise missing_field(cls.__name__, "peerOwnerId")
        peer_owner_id = _required_peer_owner_id

        _required_peer_region = d.pop("peerRegion", None)
        if _required_peer_region is None:
            raise missing_field(cls.__name__, "peerRegion")
        peer_region = _required_peer_region

        _required_peer_vpc_id = d.pop("peerVpcId", None)
        if _required_peer_vpc_id is None:
            raise missing_field(cls.__name__, "peerVpcId")
        peer_vpc_id = _required_peer_vpc_id

        _self = cls.__new__(cls)
        _self.destination_cidr_block = destination_cidr_block
        _self.id = id
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
