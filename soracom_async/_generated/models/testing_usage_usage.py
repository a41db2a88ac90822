from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="TestingUsageUsage")


@_attrs_define(init=False, repr=False, eq=False)
class TestingUsageUsage:
    """Data usage and number of SMS sent/received while in testing status.

    Attributes:
        data_bytes (int): Amount of data usage.
        number_of_sms (int): Number of SMS sent/received.
    """

    data_bytes: int
    number_of_sms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        data_bytes: int,
        number_of_sms: int,
    ) -> None:
        self.data_bytes = data_bytes
        self.number_of_sms = number_of_sms
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data_bytes={self.data_bytes!r}, "
            f"number_of_sms={self.number_of_sms!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TestingUsageUsage):
            return NotImplemented
        return (
            self.data_bytes,
            self.number_of_sms,
            self.additional_properties,
        ) == (
            other.data_bytes,
            other.number_of_sms,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data_bytes = self.data_bytes

        number_of_sms = self.number_of_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataBytes": data_bytes,
                "numberOfSms": number_of_sms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_data_bytes = d.pop("dataBytes", None)
        if _required_data_bytes is None:
            raise missing_field(cls.__name__, "dataBytes")
        data_bytes = _required_data_bytes

        _required_number_of_sms = d.pop("numberOfSms", None)
        if _required_number_of_sms is None:
            raise missing_field(cls.__name__, "numberOfSms")
        number_of_sms = _required_number_of_sms

        _self = cls.__new__(cls)
        _self.data_bytes = data_bytes
        _self.number_of_sms = number_of_sms
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
