from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_virtual_private_gateway_request_placement_region import (
    CreateVirtualPrivateGatewayRequestPlacementRegion,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="CreateVirtualPrivateGatewayRequestPlacement")


@_attrs_define(init=False, repr=False, eq=False)
class CreateVirtualPrivateGatewayRequestPlacement:
    """
    Attributes:
        region (CreateVirtualPrivateGatewayRequestPlacementRegion | None | Unset): [Rendezvous
            Point](/en/docs/reference/rendezvous-points/) for the VPG.

            - `ap-northeast-1`: Tokyo (Japan), default for Japan Coverage
            - `eu-central-1`: Frankfurt (Germany), default for Global Coverage
            - `us-west-2`: Oregon (USA)
            - `ap-southeast-2`: Sydney (Australia)
    """

    region: CreateVirtualPrivateGatewayRequestPlacementRegion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        region: CreateVirtualPrivateGatewayRequestPlacementRegion
        | Literal["ap-northeast-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.region = as_enum(
            region,
            CreateVirtualPrivateGatewayRequestPlacementRegion,
            "CreateVirtualPrivateGatewayRequestPlacement",
            "region",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"region={self.region!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateVirtualPrivateGatewayRequestPlacement
        ):
            return NotImplemented
        return (
            self.region,
            self.additional_properties,
        ) == (
            other.region,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        region: str | None | Unset
        if self.region is None or self.region is UNSET:
            region = self.region
        else:
            region = str(self.region)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _region = d.pop("region", UNSET)
        region: CreateVirtualPrivateGatewayRequestPlacementRegion | None | Unset
        if _region is None or _region is UNSET:
            region = _region
        else:
            try:
                region = _by_value_CreateVirtualPrivateGatewayRequestPlacementRegion[_region]
            except (KeyError, TypeError):
                region = CreateVirtualPrivateGatewayRequestPlacementRegion(_region)

        _self = cls.__new__(cls)
        _self.region = region
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
_by_value_CreateVirtualPrivateGatewayRequestPlacementRegion = (
    CreateVirtualPrivateGatewayRequestPlacementRegion._value2member_map_
)
