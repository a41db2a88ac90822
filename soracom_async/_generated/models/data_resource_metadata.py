from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="DataResourceMetadata")


@_attrs_define(init=False, repr=False, eq=False)
class DataResourceMetadata:
    """
    Attributes:
        attribute_names (list[str] | None | Unset):
        last_modified_time (int | None | Unset):
        resource_id (str | None | Unset):
        resource_type (str | None | Unset):
    """

    attribute_names: list[str] | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        attribute_names: list[str] | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: str | None | Unset = UNSET,
    ) -> None:
        self.attribute_names = attribute_names
        self.last_modified_time = last_modified_time
        self.resource_id = resource_id
        self.resource_type = resource_type
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"attribute_names={self.attribute_names!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DataResourceMetadata):
            return NotImplemented
        return (
            self.attribute_names,
            self.last_modified_time,
            self.resource_id,
            self.resource_type,
            self.additional_properties,
        ) == (
            other.attribute_names,
            other.last_modified_time,
            other.resource_id,
            other.resource_type,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        attribute_names: list[str] | None | Unset
        if self.attribute_names is None or self.attribute_names is UNSET:
            attribute_names = self.attribute_names
        else:
            attribute_names = self.attribute_names

        last_modified_time = self.last_modified_time

        resource_id = self.resource_id

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_names is not UNSET:
            field_dict["attributeNames"] = attribute_names
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _attribute_names = d.pop("attributeNames", UNSET)
        attribute_names: list[str] | None | Unset
        if _attribute_names is None or _attribute_names is UNSET:
            attribute_names = _attribute_names
        elif not isinstance(_attribute_names, list):
            raise wrong_shape("attributeNames", "a JSON array", _attribute_names)
        else:
            attribute_names = _attribute_names

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        _self = cls.__new__(cls)
        _self.attribute_names = attribute_names
        _self.last_modified_time = last_modified_time
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
