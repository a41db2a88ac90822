from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="SoraletDataSource")


@_attrs_define(init=False, repr=False, eq=False)
class SoraletDataSource:
    """
    Attributes:
        resource_id (str):
        resource_type (str):
    """

    resource_id: str
    resource_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        resource_id: str,
        resource_type: str,
    ) -> None:
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraletDataSource):
            return NotImplemented
        return (
            self.resource_id,
            self.resource_type,
            self.additional_properties,
        ) == (
            other.resource_id,
            other.resource_type,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
                "resourceType": resource_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_resource_id = d.pop("resourceId", None)
        if _required_resource_id is None:
            raise missing_field(cls.__name__, "resourceId")
        resource_id = _required_resource_id

        _required_resource_type = d.pop("resourceType", None)
        if _required_resource_type is None:
            raise missing_field(cls.__name__, "resourceType")
        resource_type = _required_resource_type

        _self = cls.__new__(cls)
        _self.resource_id = resource_id
        _self.resource_type = resource_type
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
