from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_entry_resource_type import DataEntryResourceType
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="DataEntry")


@_attrs_define
class DataEntry:
    """
    Attributes:
        category (str | None | Unset):
        content (str | None | Unset):
        content_type (str | None | Unset):
        resource_id (str | None | Unset):
        resource_type (DataEntryResourceType | None | Unset):
        time (int | None | Unset):
    """

    category: str | None | Unset = UNSET
    content: str | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: DataEntryResourceType | None | Unset = UNSET
    time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        content = self.content

        content_type = self.content_type

        resource_id = self.resource_id

        resource_type: str | None | Unset
        if self.resource_type is None or self.resource_type is UNSET:
            resource_type = self.resource_type
        else:
            resource_type = str(self.resource_type)

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        content = d.pop("content", UNSET)

        content_type = d.pop("contentType", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: DataEntryResourceType | None | Unset
        if _resource_type is None or _resource_type is UNSET:
            resource_type = _resource_type
        else:
            resource_type = DataEntryResourceType(_resource_type)

        time = d.pop("time", UNSET)

        data_entry = cls(
            category=category,
            content=content,
            content_type=content_type,
            resource_id=resource_id,
            resource_type=resource_type,
            time=time,
        )

        data_entry.additional_properties = d
        return data_entry

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
