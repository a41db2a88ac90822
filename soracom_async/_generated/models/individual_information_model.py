from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="IndividualInformationModel")


@_attrs_define(init=False, repr=False, eq=False)
class IndividualInformationModel:
    """
    Attributes:
        country_code (str):
        full_name (str):
        phone_number (str):
        zip_code (str):
        address_line_1 (str | None | Unset):
        address_line_2 (str | None | Unset):
        building (str | None | Unset):
        city (str | None | Unset):
        state (str | None | Unset):
    """

    country_code: str
    full_name: str
    phone_number: str
    zip_code: str
    address_line_1: str | None | Unset = UNSET
    address_line_2: str | None | Unset = UNSET
    building: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        country_code: str,
        full_name: str,
        phone_number: str,
        zip_code: str,
        address_line_1: str | None | Unset = UNSET,
        address_line_2: str | None | Unset = UNSET,
        building: str | None | Unset = UNSET,
        city: str | None | Unset = UNSET,
        state: str | None | Unset = UNSET,
    ) -> None:
        self.country_code = country_code
        self.full_name = full_name
        self.phone_number = phone_number
        self.zip_code = zip_code
        self.address_line_1 = address_line_1
        self.address_line_2 = address_line_2
        self.building = building
        self.city = city
        self.state = state
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"country_code={self.country_code!r}, "
            f"full_name={self.full_name!r}, "
            f"phone_number={self.phone_number!r}, "
            f"zip_code={self.zip_code!r}, "
            f"address_line_1={self.address_line_1!r}, "
            f"address_line_2={self.address_line_2!r}, "
            f"building={self.building!r}, "
            f"city={self.city!r}, "
            f"state={self.state!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, IndividualInformationModel
        ):
            return NotImplemented
        return (
            self.country_code,
            self.full_name,
            self.phone_number,
            self.zip_code,
            self.address_line_1,
            self.address_line_2,
            self.building,
            self.city,
            self.state,
            self.additional_properties,
        ) == (
            other.country_code,
            other.full_name,
            other.phone_number,
            other.zip_code,
            other.address_line_1,
            other.address_line_2,
            other.building,
            other.city,
            other.state,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        full_name = self.full_name

        phone_number = self.phone_number

        zip_code = self.zip_code

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        building = self.building

        city = self.city

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "fullName": full_name,
                "phoneNumber": phone_number,
                "zipCode": zip_code,
            }
        )
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if building is not UNSET:
            field_dict["building"] = building
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_country_code = d.pop("countryCode", None)
        if _required_country_code is None:
            raise missing_field(cls.__name__, "countryCode")
        country_code = _required_country_code

        _required_full_name = d.pop("fullName", None)
        if _required_full_name is None:
            raise missing_field(cls.__name__, "fullName")
        full_name = _required_full_name

        _required_phone_number = d.pop("phoneNumber", None)
        if _required_phone_number is None:
            raise missing_field(cls.__name__, "phoneNumber")
        phone_number = _required_phone_number

        _required_zip_code = d.pop("zipCode", None)
        if _required_zip_code is None:
            raise missing_field(cls.__name__, "zipCode")
        zip_code = _required_zip_code

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        building = d.pop("building", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        _self = cls.__new__(cls)
        _self.country_code = country_code
        _self.full_name = full_name
        _self.phone_number = phone_number
        _self.zip_code = zip_code
        _self.address_line_1 = address_line_1
        _self.address_line_2 = address_line_2
        _self.building = building
        _self.city = city
        _self.state = state
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
