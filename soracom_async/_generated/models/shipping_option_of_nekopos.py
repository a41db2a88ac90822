from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_option_of_nekopos_shipment_company import (
    ShippingOptionOfNekoposShipmentCompany,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="ShippingOptionOfNekopos")


@_attrs_define(init=False, repr=False, eq=False)
class ShippingOptionOfNekopos:
    """Available for Japan operators only.

    Attributes:
        allow_nekopos (bool | None | Unset): Specify true to allow use of Nekopos.
        shipment_company (ShippingOptionOfNekoposShipmentCompany | None | Unset): Shipment company.
    """

    allow_nekopos: bool | None | Unset = UNSET
    shipment_company: ShippingOptionOfNekoposShipmentCompany | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        allow_nekopos: bool | None | Unset = UNSET,
        shipment_company: ShippingOptionOfNekoposShipmentCompany
        | Literal["yamato_transport"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.allow_nekopos = allow_nekopos
        self.shipment_company = as_enum(
            shipment_company,
            ShippingOptionOfNekoposShipmentCompany,
            "ShippingOptionOfNekopos",
            "shipment_company",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allow_nekopos={self.allow_nekopos!r}, "
            f"shipment_company={self.shipment_company!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ShippingOptionOfNekopos):
            return NotImplemented
        return (
            self.allow_nekopos,
            self.shipment_company,
            self.additional_properties,
        ) == (
            other.allow_nekopos,
            other.shipment_company,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        allow_nekopos = self.allow_nekopos

        shipment_company: str | None | Unset
        if self.shipment_company is None or self.shipment_company is UNSET:
            shipment_company = self.shipment_company
        else:
            shipment_company = str(self.shipment_company)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow_nekopos is not UNSET:
            field_dict["allowNekopos"] = allow_nekopos
        if shipment_company is not UNSET:
            field_dict["shipmentCompany"] = shipment_company

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        allow_nekopos = d.pop("allowNekopos", UNSET)

        _shipment_company = d.pop("shipmentCompany", UNSET)
        shipment_company: ShippingOptionOfNekoposShipmentCompany | None | Unset
        if _shipment_company is None or _shipment_company is UNSET:
            shipment_company = _shipment_company
        else:
            try:
                shipment_company = _by_value_ShippingOptionOfNekoposShipmentCompany[
                    _shipment_company
                ]
            except (KeyError, TypeError):
                shipment_company = ShippingOptionOfNekoposShipmentCompany(_shipment_company)

        _self = cls.__new__(cls)
        _self.allow_nekopos = allow_nekopos
        _self.shipment_company = shipment_company
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
_by_value_ShippingOptionOfNekoposShipmentCompany = (
    ShippingOptionOfNekoposShipmentCompany._value2member_map_
)
