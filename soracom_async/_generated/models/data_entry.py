from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_entry_resource_type import DataEntryResourceType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="DataEntry")


@_attrs_define(init=False, repr=False, eq=False)
class DataEntry:
    """
    Attributes:
        time (int):
        category (str | None | Unset):
        content (str | None | Unset):
        content_type (str | None | Unset):
        resource_id (str | None | Unset):
        resource_type (DataEntryResourceType | None | Unset):
    """

    time: int
    category: str | None | Unset = UNSET
    content: str | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: DataEntryResourceType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        time: int,
        category: str | None | Unset = UNSET,
        content: str | None | Unset = UNSET,
        content_type: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: DataEntryResourceType
        | Literal["Subscriber", "LoraDevice", "Sim", "SigfoxDevice", "Device", "SoraCam"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.time = time
        self.category = category
        self.content = content
        self.content_type = content_type
        self.resource_id = resource_id
        self.resource_type = as_enum(
            resource_type, DataEntryResourceType, "DataEntry", "resource_type"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"time={self.time!r}, "
            f"category={self.category!r}, "
            f"content={self.content!r}, "
            f"content_type={self.content_type!r}, "
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DataEntry):
            return NotImplemented
        return (
            self.time,
            self.category,
            self.content,
            self.content_type,
            self.resource_id,
            self.resource_type,
            self.additional_properties,
        ) == (
            other.time,
            other.category,
            other.content,
            other.content_type,
            other.resource_id,
            other.resource_type,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        category = self.category

        content = self.content

        content_type = self.content_type

        resource_id = self.resource_id

        resource_type: str | None | Unset
        if self.resource_type is None or self.resource_type is UNSET:
            resource_type = self.resource_type
        else:
            resource_type = str(self.resource_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if content is not UNSET:
            field_dict["content"] = content
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
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
        _required_time = d.pop("time", None)
        if _required_time is None:
            raise missing_field(cls.__name__, "time")
        time = _required_time

        category = d.pop("category", UNSET)

        content = d.pop("content", UNSET)

        content_type = d.pop("contentType", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: DataEntryResourceType | None | Unset
        if _resource_type is None or _resource_type is UNSET:
            resource_type = _resource_type
        else:
            try:
                resource_type = _by_value_DataEntryResourceType[_resource_type]
            except (KeyError, TypeError):
                resource_type = DataEntryResourceType(_resource_type)

        _self = cls.__new__(cls)
        _self.time = time
        _self.category = category
        _self.content = content
        _self.content_type = content_type
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


# Parsers called per object, bound once (after every import).
_by_value_DataEntryResourceType = DataEntryResourceType._value2member_map_
