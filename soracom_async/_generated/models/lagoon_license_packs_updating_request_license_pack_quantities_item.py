from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lagoon_license_packs_updating_request_license_pack_quantities_item_license_pack_name import (
    LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem:
    """
    Attributes:
        desired_quantity (int | None | Unset):
        license_pack_name (LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName | None | Unset):
            Specify the license packs for which you want to update the number.
            - `basicUser`: User License Pack.
            - `basicDashboard`: Dashboard License Pack.
    """

    desired_quantity: int | None | Unset = UNSET
    license_pack_name: (
        LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        desired_quantity: int | None | Unset = UNSET,
        license_pack_name: LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName
        | Literal["basicUser", "basicDashboard"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.desired_quantity = desired_quantity
        self.license_pack_name = as_enum(
            license_pack_name,
            LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName,
            "LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem",
            "license_pack_name",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"desired_quantity={self.desired_quantity!r}, "
            f"license_pack_name={self.license_pack_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem
        ):
            return NotImplemented
        return (
            self.desired_quantity,
            self.license_pack_name,
            self.additional_properties,
        ) == (
            other.desired_quantity,
            other.license_pack_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        desired_quantity = self.desired_quantity

        license_pack_name: str | None | Unset
        if self.license_pack_name is None or self.license_pack_name is UNSET:
            license_pack_name = self.license_pack_name
        else:
            license_pack_name = str(self.license_pack_name)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desired_quantity is not UNSET:
            field_dict["desiredQuantity"] = desired_quantity
        if license_pack_name is not UNSET:
            field_dict["licensePackName"] = license_pack_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        desired_quantity = d.pop("desiredQuantity", UNSET)

        _license_pack_name = d.pop("licensePackName", UNSET)
        license_pack_name: (
            LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName | None | Unset
        )
        if _license_pack_name is None or _license_pack_name is UNSET:
            license_pack_name = _license_pack_name
        else:
            try:
                license_pack_name = _by_value_LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName[
                    _license_pack_name
                ]
            except (KeyError, TypeError):
                license_pack_name = (
                    LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName(
                        _license_pack_name
                    )
                )

        _self = cls.__new__(cls)
        _self.desired_quantity = desired_quantity
        _self.license_pack_name = license_pack_name
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
_by_value_LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName = (
    LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItemLicensePackName._value2member_map_
)
