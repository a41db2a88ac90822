from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

T = TypeVar("T", bound="VirtualPrivateGatewaySimBasedRoutingConfig")


@_attrs_define(init=False, repr=False, eq=False)
class VirtualPrivateGatewaySimBasedRoutingConfig:
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, VirtualPrivateGatewaySimBasedRoutingConfig
        ):
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        _self = cls.__new__(cls)
        _self.additional_properties = dict(src_dict)
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
