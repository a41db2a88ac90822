from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="GetShippingAddressResponse")


@_attrs_define(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        *,
        address_line_1: str,
        city: str,
        phone_number: str,
        shipping_address_id: str,
        shipping_area: str,
        state: str,
        zip_code: str,
        address_line_2: str | None | Unset = UNSET,
        building: str | None | Unset = UNSET,
        company_name: str | None | Unset = UNSET,
        department: str | None | Unset = UNSET,
        full_name: str | None | Unset = UNSET,
    ) -> None:
        self.address_line_1 = address_line_1
        self.city = city
        self.phone_number = phone_number
        self.shipping_address_id = shipping_address_id
        self.shipping_area = shipping_area
        self.state = state
        self.zip_code = zip_code
        self.address_line_2 = address_line_2
        self.building = building
        self.company_name = company_name
        self.department = department
        self.full_name = full_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"address_line_1={self.address_line_1!r}, "
            f"city={self.city!r}, "
            f"phone_number={self.phone_number!r}, "
            f"shipping_address_id={self.shipping_address_id!r}, "
            f"shipping_area={self.shipping_area!r}, "
            f"state={self.state!r}, "
            f"zip_code={self.zip_code!r}, "
            f"address_line_2={self.address_line_2!r}, "
            f"building={self.building!r}, "
            f"company_name={self.company_name!r}, "
            f"department={self.department!r}, "
            f"full_name={self.full_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetShippingAddressResponse
        ):
            return NotImplemented
        return (
            self.address_line_1,
            self.city,
            self.phone_number,
            self.shipping_address_id,
            self.shipping_area,
            self.state,
            self.zip_code,
            self.address_line_2,
            self.building,
            self.company_name,
            self.department,
            self.full_name,
            self.additional_properties,
        ) == (
            other.address_line_1,
            other.city,
            other.phone_number,
            other.shipping_address_id,
            other.shipping_area,
            other.state,
            other.zip_code,
            other.address_line_2,
            other.building,
            other.company_name,
            other.department,
            other.full_name,
            other.additional_properties,
        )

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
        _required_address_line_1 = d.pop("addressLine1", None)
        if _required_address_line_1 is None:
            raise missing_field(cls.__name__, "addressLine1")
        address_line_1 = _required_address_line_1

        _required_city = d.pop("city", None)
        if _required_city is None:
            raise missing_field(cls.__name__, "city")
        city = _required_city

        _required_phone_number = d.pop("phoneNumber", None)
        if _required_phone_number is None:
            raise missing_field(cls.__name__, "phoneNumber")
        phone_number = _required_phone_number

        _required_shipping_address_id = d.pop("shippingAddressId", None)
        if _required_shipping_address_id is None:
            raise missing_field(cls.__name__, "shippingAddressId")
        shipping_address_id = _required_shipping_address_id

        _required_shipping_area = d.pop("shippingArea", None)
        if _required_shipping_area is None:
            raise missing_field(cls.__name__, "shippingArea")
        shipping_area = _required_shipping_area

        _required_state = d.pop("state", None)
        if _required_state is None:
            raise missing_field(cls.__name__, "state")
        state = _required_state

        _required_zip_code = d.pop("zipCode", None)
        if _required_zip_code is None:
            raise missing_field(cls.__name__, "zipCode")
        zip_code = _required_zip_code

        address_line_2 = d.pop("addressLine2", UNSET)

        building = d.pop("building", UNSET)

        company_name = d.pop("companyName", UNSET)

        department = d.pop("department", UNSET)

        full_name = d.pop("fullName", UNSET)

        _self = cls.__new__(cls)
        _self.address_line_1 = address_line_1
        _self.city = city
        _self.phone_number = phone_number
        _self.shipping_address_id = shipping_address_id
        _self.shipping_area = shipping_area
        _self.state = state
        _self.zip_code = zip_code
        _self.address_line_2 = address_line_2
        _self.building = building
        _self.company_name = company_name
        _self.department = department
        _self.full_name = full_name
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
