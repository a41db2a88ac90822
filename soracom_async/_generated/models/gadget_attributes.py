from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GadgetAttributes")


@_attrs_define(init=False, repr=False, eq=False)
class GadgetAttributes:
    """
    Attributes:
        wimax_billing_start_date (str | None | Unset): Start date of billing for Soracom Cloud Camera Services Cellular
            Pack.
        wimax_iccid (str | None | Unset): ICCID (Integrated Circuit Card ID) of the au IC card included in the Soracom
            Cloud Camera Services Cellular Pack. Identifier to identify the au IC card.
        wimax_imei (str | None | Unset): IMEI of the router included in the Soracom Cloud Camera Services Cellular Pack.
    """

    wimax_billing_start_date: str | None | Unset = UNSET
    wimax_iccid: str | None | Unset = UNSET
    wimax_imei: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        wimax_billing_start_date: str | None | Unset = UNSET,
        wimax_iccid: str | None | Unset = UNSET,
        wimax_imei: str | None | Unset = UNSET,
    ) -> None:
        self.wimax_billing_start_date = wimax_billing_start_date
        self.wimax_iccid = wimax_iccid
        self.wimax_imei = wimax_imei
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"wimax_billing_start_date={self.wimax_billing_start_date!r}, "
            f"wimax_iccid={self.wimax_iccid!r}, "
            f"wimax_imei={self.wimax_imei!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GadgetAttributes):
            return NotImplemented
        return (
            self.wimax_billing_start_date,
            self.wimax_iccid,
            self.wimax_imei,
            self.additional_properties,
        ) == (
            other.wimax_billing_start_date,
            other.wimax_iccid,
            other.wimax_imei,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        wimax_billing_start_date = self.wimax_billing_start_date

        wimax_iccid = self.wimax_iccid

        wimax_imei = self.wimax_imei

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wimax_billing_start_date is not UNSET:
            field_dict["wimaxBillingStartDate"] = wimax_billing_start_date
        if wimax_iccid is not UNSET:
            field_dict["wimaxIccid"] = wimax_iccid
        if wimax_imei is not UNSET:
            field_dict["wimaxImei"] = wimax_imei

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        wimax_billing_start_date = d.pop("wimaxBillingStartDate", UNSET)

        wimax_iccid = d.pop("wimaxIccid", UNSET)

        wimax_imei = d.pop("wimaxImei", UNSET)

        _self = cls.__new__(cls)
        _self.wimax_billing_start_date = wimax_billing_start_date
        _self.wimax_iccid = wimax_iccid
        _self.wimax_imei = wimax_imei
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
