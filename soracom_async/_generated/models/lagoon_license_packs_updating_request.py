from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.lagoon_license_packs_updating_request_license_pack_quantities_item import (
        LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem,
    )


T = TypeVar("T", bound="LagoonLicensePacksUpdatingRequest")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonLicensePacksUpdatingRequest:
    """
    Attributes:
        license_pack_quantities (list[LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem] | None | Unset):
    """

    license_pack_quantities: (
        list[LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        license_pack_quantities: Sequence[
            LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem | Mapping[str, Any]
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.license_pack_quantities = as_models(
            license_pack_quantities,
            LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem,
            "LagoonLicensePacksUpdatingRequest",
            "license_pack_quantities",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"license_pack_quantities={self.license_pack_quantities!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LagoonLicensePacksUpdatingRequest
        ):
            return NotImplemented
        return (
            self.license_pack_quantities,
            self.additional_properties,
        ) == (
            other.license_pack_quantities,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        license_pack_quantities: list[dict[str, Any]] | None | Unset
        if self.license_pack_quantities is None or self.license_pack_quantities is UNSET:
            license_pack_quantities = self.license_pack_quantities
        else:
            license_pack_quantities = []
            for license_pack_quantities_item_data in self.license_pack_quantities:
                license_pack_quantities_item = license_pack_quantities_item_data.to_dict()

                license_pack_quantities.append(license_pack_quantities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if license_pack_quantities is not UNSET:
            field_dict["licensePackQuantities"] = license_pack_quantities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _license_pack_quantities = d.pop("licensePackQuantities", UNSET)
        license_pack_quantities: (
            list[LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem] | None | Unset
        )
        if _license_pack_quantities is None or _license_pack_quantities is UNSET:
            license_pack_quantities = _license_pack_quantities
        elif not isinstance(_license_pack_quantities, list):
            raise wrong_shape("licensePackQuantities", "a JSON array", _license_pack_quantities)
        else:
            license_pack_quantities = [
                _from_dict_LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem(v)
                for v in _license_pack_quantities
            ]

        _self = cls.__new__(cls)
        _self.license_pack_quantities = license_pack_quantities
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.lagoon_license_packs_updating_request_license_pack_quantities_item import (
    LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem = (
    LagoonLicensePacksUpdatingRequestLicensePackQuantitiesItem.from_dict
)
