from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GetShippingAddressResponse")


@_attrs_define
class GetShippingAddressResponse:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        phone_number (str):
        shipping_address_id (str): ID of shipping address.
        shipping_area (str): Shipping area.
        state (str):
        zip_code (str):
        address_line_2 (str | None | Unset):
        building (str | None | Unset):
        company_name (str | None | Unset):
        department (str | None | Unset):
        full_name (str | None | Unset):
    """

    address_line_1: str
    city: str
    phone_number: str
    shipping_address_id: str
    shipping_area: str
    state: str
    zip_code: str
    address_line_2: str | None | Unset = UNSET
    building: str | None | Unset = UNSET
    company_name: str | None | Unset = UNSET
    department: str | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        phone_number = self.phone_number

        shipping_address_id = self.shipping_address_id

        shipping_area = self.shipping_area

        state = self.state

        zip_code = self.zip_code

        address_line_2 = self.address_line_2

        building = self.building

        company_name = self.company_name

        department = self.department

        full_name = self.full_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "phoneNumber": phone_number,
                "shippingAddressId": shipping_address_id,
                "shippingArea": shipping_area,
                "state": state,
                "zipCode": zip_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if building is not UNSET:
            field_dict["building"] = building
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department is not UNSET:
            field_dict["department"] = department
        if full_name is not UNSET:
            field_dict["fullName"] = full_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        phone_number = d.pop("phoneNumber")

        shipping_address_id = d.pop("shippingAddressId")

        shipping_area = d.pop("shippingArea")

        state = d.pop("state")

        zip_code = d.pop("zipCode")

        address_line_2 = d.pop("addressLine2", UNSET)

        building = d.pop("building", UNSET)

        company_name = d.pop("companyName", UNSET)

        department = d.pop("department", UNSET)

        full_name = d.pop("fullName", UNSET)

        get_shipping_address_response = cls(
            address_line_1=address_line_1,
            city=city,
            phone_number=phone_number,
            shipping_address_id=shipping_address_id,
            shipping_area=shipping_area,
            state=state,
            zip_code=zip_code,
            address_line_2=address_line_2,
            building=building,
            company_name=company_name,
            department=department,
            full_name=full_name,
        )

        get_shipping_address_response.additional_properties = d
        return get_shipping_address_response

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
