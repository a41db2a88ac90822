from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransitGatewayAttachment")


@_attrs_define
class TransitGatewayAttachment:
    """
    Attributes:
        destination_cidr_blocks (list[str] | Unset):
        id (str | Unset):
        tgw_id (str | Unset):
    """

    destination_cidr_blocks: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    tgw_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_cidr_blocks: list[str] | Unset = UNSET
        if self.destination_cidr_blocks is not UNSET:
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
        d = dict(src_dict)
        destination_cidr_blocks = cast(list[str], d.pop("destinationCidrBlocks", UNSET))

        id = d.pop("id", UNSET)

        tgw_id = d.pop("tgwId", UNSET)

        transit_gateway_attachment = cls(
            destination_cidr_blocks=destination_cidr_blocks,
            id=id,
            tgw_id=tgw_id,
        )

        transit_gateway_attachment.additional_properties = d
        return transit_gateway_attachment

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
