from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="TransitGatewayAttachment")


@_attrs_define(init=False, repr=False, eq=False)
class TransitGatewayAttachment:
    """
    Attributes:
        destination_cidr_blocks (list[str] | None | Unset):
        id (str | None | Unset):
        tgw_id (str | None | Unset):
    """

    destination_cidr_blocks: list[str] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    tgw_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_cidr_blocks: list[str] | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        tgw_id: str | None | Unset = UNSET,
    ) -> None:
        self.destination_cidr_blocks = destination_cidr_blocks
        self.id = id
        self.tgw_id = tgw_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_cidr_blocks={self.destination_cidr_blocks!r}, "
            f"id={self.id!r}, "
            f"tgw_id={self.tgw_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TransitGatewayAttachment):
            return NotImplemented
        return (
            self.destination_cidr_blocks,
            self.id,
            self.tgw_id,
            self.additional_properties,
        ) == (
            other.destination_cidr_blocks,
            other.id,
            other.tgw_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_cidr_blocks: list[str] | None | Unset
        if self.destination_cidr_blocks is None or self.destination_cidr_blocks is UNSET:
            destination_cidr_blocks = self.destination_cidr_blocks
        else:
            destination_cidr_blocks = self.destination_cidr_blocks

        id = self.id

        tgw_id = self.tgw_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destination_cidr_blocks is not UNSET:
            field_dict["destinationCidrBlocks"] = destination_cidr_blocks
        if id is not UNSET:
            field_dict["id"] = id
        if tgw_id is not UNSET:
            field_dict["tgwId"] = tgw_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _destination_cidr_blocks = d.pop("destinationCidrBlocks", UNSET)
        destination_cidr_blocks: list[str] | None | Unset
        if _destination_cidr_blocks is None or _destination_cidr_blocks is UNSET:
            destination_cidr_blocks = _destination_cidr_blocks
        elif not isinstance(_destination_cidr_blocks, list):
            raise wrong_shape("destinationCidrBlocks", "a JSON array", _destination_cidr_blocks)
        else:
            destination_cidr_blocks = _destination_cidr_blocks

        id = d.pop("id", UNSET)

        tgw_id = d.pop("tgwId", UNSET)

        _self = cls.__new__(cls)
        _self.destination_cidr_blocks = destination_cidr_blocks
        _self.id = id
        _self.tgw_id = tgw_id
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
