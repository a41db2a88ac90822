from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="RegisterGatePeerRequest")


@_attrs_define(init=False, repr=False, eq=False)
class RegisterGatePeerRequest:
    """
    Attributes:
        outer_ip_address (str):
        inner_ip_address (str | None | Unset): An IP address within the device subnet range (inner IP address).
    """

    outer_ip_address: str
    inner_ip_address: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        outer_ip_address: str,
        inner_ip_address: str | None | Unset = UNSET,
    ) -> None:
        self.outer_ip_address = outer_ip_address
        self.inner_ip_address = inner_ip_address
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"outer_ip_address={self.outer_ip_address!r}, "
            f"inner_ip_address={self.inner_ip_address!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RegisterGatePeerRequest):
            return NotImplemented
        return (
            self.outer_ip_address,
            self.inner_ip_address,
            self.additional_properties,
        ) == (
            other.outer_ip_address,
            other.inner_ip_address,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        outer_ip_address = self.outer_ip_address

        inner_ip_address = self.inner_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outerIpAddress": outer_ip_address,
            }
        )
        if inner_ip_address is not UNSET:
            field_dict["innerIpAddress"] = inner_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_outer_ip_address = d.pop("outerIpAddress", None)
        if _required_outer_ip_address is None:
            raise missing_field(cls.__name__, "outerIpAddress")
        outer_ip_address = _required_outer_ip_address

        inner_ip_address = d.pop("innerIpAddress", UNSET)

        _self = cls.__new__(cls)
        _self.outer_ip_address = outer_ip_address
        _self.inner_ip_address = inner_ip_address
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
