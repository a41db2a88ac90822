from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_infrastructure_provider import PlacementInfrastructureProvider
from ..models.placement_region import PlacementRegion
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="Placement")


@_attrs_define(init=False, repr=False, eq=False)
class Placement:
    """
    Attributes:
        infrastructure_provider (PlacementInfrastructureProvider | None | Unset):
        region (PlacementRegion | None | Unset): If `infrastructureProvider` is `aws`, it indicates the rendezvous
            point.

            - `ap-northeast-1`: Tokyo (Japan). The default for Japan coverage.
            - `eu-central-1`: Frankfurt (Germany).  The default for Global coverage.
            - `us-west-2`: Oregon (USA).
            - `ap-southeast-2`: Sydney (Australia).
    """

    infrastructure_provider: PlacementInfrastructureProvider | None | Unset = UNSET
    region: PlacementRegion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        infrastructure_provider: PlacementInfrastructureProvider
        | Literal["aws"]
        | None
        | Unset = UNSET,
        region: PlacementRegion
        | Literal["ap-northeast-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.infrastructure_provider = as_enum(
            infrastructure_provider,
            PlacementInfrastructureProvider,
            "Placement",
            "infrastructure_provider",
        )
        self.region = as_enum(region, PlacementRegion, "Placement", "region")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"infrastructure_provider={self.infrastructure_provider!r}, "
            f"region={self.region!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Placement):
            return NotImplemented
        return (
            self.infrastructure_provider,
            self.region,
            self.additional_properties,
        ) == (
            other.infrastructure_provider,
            other.region,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        infrastructure_provider: str | None | Unset
        if self.infrastructure_provider is None or self.infrastructure_provider is UNSET:
            infrastructure_provider = self.infrastructure_provider
        else:
            infrastructure_provider = str(self.infrastructure_provider)

        region: str | None | Unset
        if self.region is None or self.region is UNSET:
            region = self.region
        else:
            region = str(self.region)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infrastructure_provider is not UNSET:
            field_dict["infrastructureProvider"] = infrastructure_provider
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _infrastructure_provider = d.pop("infrastructureProvider", UNSET)
        infrastructure_provider: PlacementInfrastructureProvider | None | Unset
        if _infrastructure_provider is None or _infrastructure_provider is UNSET:
            infrastructure_provider = _infrastructure_provider
        else:
            try:
                infrastructure_provider = _by_value_PlacementInfrastructureProvider[
                    _infrastructure_provider
                ]
            except (KeyError, TypeError):
                infrastructure_provider = PlacementInfrastructureProvider(_infrastructure_provider)

        _region = d.pop("region", UNSET)
        region: PlacementRegion | None | Unset
        if _region is None or _region is UNSET:
            region = _region
        else:
            try:
                region = _by_value_PlacementRegion[_region]
            except (KeyError, TypeError):
                region = PlacementRegion(_region)

        _self = cls.__new__(cls)
        _self.infrastructure_provider = infrastructure_provider
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
_by_value_PlacementInfrastructureProvider = PlacementInfrastructureProvider._value2member_map_
_by_value_PlacementRegion = PlacementRegion._value2member_map_
