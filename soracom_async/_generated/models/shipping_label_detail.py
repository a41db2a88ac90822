from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="ShippingLabelDetail")


@_attrs_define(init=False, repr=False, eq=False)
class ShippingLabelDetail:
    """
    Attributes:
        shipment_company (str): Shipment company name. Example: Yamato Transport.
        tracking_number (str): Tracking number. Example: 0000-1111-2222.
        shipment_company_url (str | None | Unset): Shipment company URL. Example:
            http://track.kuronekoyamato.co.jp/english/tracking.
        tracking_url (str | None | Unset): Tracking URL with tracking number. Example:
            https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id=0000-1111-2222.
    """

    shipment_company: str
    tracking_number: str
    shipment_company_url: str | None | Unset = UNSET
    tracking_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        shipment_company: str,
        tracking_number: str,
        shipment_company_url: str | None | Unset = UNSET,
        tracking_url: str | None | Unset = UNSET,
    ) -> None:
        self.shipment_company = shipment_company
        self.tracking_number = tracking_number
        self.shipment_company_url = shipment_company_url
        self.tracking_url = tracking_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shipment_company={self.shipment_company!r}, "
            f"tracking_number={self.tracking_number!r}, "
            f"shipment_company_url={self.shipment_company_url!r}, "
            f"tracking_url={self.tracking_url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ShippingLabelDetail):
            return NotImplemented
        return (
            self.shipment_company,
            self.tracking_number,
            self.shipment_company_url,
            self.tracking_url,
            self.additional_properties,
        ) == (
            other.shipment_company,
            other.tracking_number,
            other.shipment_company_url,
            other.tracking_url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        shipment_company = self.shipment_company

        tracking_number = self.tracking_number

        shipment_company_url = self.shipment_company_url

        tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentCompany": shipment_company,
                "trackingNumber": tracking_number,
            }
        )
        if shipment_company_url is not UNSET:
            field_dict["shipmentCompanyUrl"] = shipment_company_url
        if tracking_url is not UNSET:
            field_dict["trackingUrl"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_shipment_company = d.pop("shipmentCompany", None)
        if _required_shipment_company is None:
            raise missing_field(cls.__name__, "shipmentCompany")
        shipment_company = _required_shipment_company

        _required_tracking_number = d.pop("trackingNumber", None)
        if _required_tracking_number is None:
            raise missing_field(cls.__name__, "trackingNumber")
        tracking_number = _required_tracking_number

        shipment_company_url = d.pop("shipmentCompanyUrl", UNSET)

        tracking_url = d.pop("trackingUrl", UNSET)

        _self = cls.__new__(cls)
        _self.shipment_company = shipment_company
        _self.tracking_number = tracking_number
        _self.shipment_company_url = shipment_company_url
        _self.tracking_url = tracking_url
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
