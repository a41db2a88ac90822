from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_object_model_format import DeviceObjectModelFormat
from ..types import (
    UNSET,
    Unset,
    as_enum,
    parse_datetime,
    wrong_shape,
)

T = TypeVar("T", bound="DeviceObjectModel")


@_attrs_define(init=False, repr=False, eq=False)
class DeviceObjectModel:
    """
    Attributes:
        created_time (datetime.datetime | None | Unset):
        format_ (DeviceObjectModelFormat | None | Unset):
        last_modified_time (datetime.datetime | None | Unset):
        object_id (str | None | Unset):
        object_name (str | None | Unset):
        operator_id (str | None | Unset):
        scope (str | None | Unset):
    """

    created_time: datetime.datetime | None | Unset = UNSET
    format_: DeviceObjectModelFormat | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    object_id: str | None | Unset = UNSET
    object_name: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    scope: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: datetime.datetime | None | Unset = UNSET,
        format_: DeviceObjectModelFormat | Literal["xml", "json"] | None | Unset = UNSET,
        last_modified_time: datetime.datetime | None | Unset = UNSET,
        object_id: str | None | Unset = UNSET,
        object_name: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        scope: str | None | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.format_ = as_enum(format_, DeviceObjectModelFormat, "DeviceObjectModel", "format_")
        self.last_modified_time = last_modified_time
        self.object_id = object_id
        self.object_name = object_name
        self.operator_id = operator_id
        self.scope = scope
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"format_={self.format_!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"object_id={self.object_id!r}, "
            f"object_name={self.object_name!r}, "
            f"operator_id={self.operator_id!r}, "
            f"scope={self.scope!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DeviceObjectModel):
            return NotImplemented
        return (
            self.created_time,
            self.format_,
            self.last_modified_time,
            self.object_id,
            self.object_name,
            self.operator_id,
            self.scope,
            self.additional_properties,
        ) == (
            other.created_time,
            other.format_,
            other.last_modified_time,
            other.object_id,
            other.object_name,
            other.operator_id,
            other.scope,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time: str | None | Unset
        if self.created_time is None or self.created_time is UNSET:
            created_time = self.created_time
        else:
            created_time = self.created_time.isoformat()

        format_: str | None | Unset
        if self.format_ is None or self.format_ is UNSET:
            format_ = self.format_
        else:
            format_ = str(self.format_)

        last_modified_time: str | None | Unset
        if self.last_modified_time is None or self.last_modified_time is UNSET:
            last_modified_time = self.last_modified_time
        else:
            last_modified_time = self.last_modified_time.isoformat()

        object_id = self.object_id

        object_name = self.object_name

        operator_id = self.operator_id

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if format_ is not UNSET:
            field_dict["format"] = format_
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time is None or _created_time is UNSET:
            created_time = _created_time
        else:
            created_time = parse_datetime(_created_time)

        _format_ = d.pop("format", UNSET)
        format_: DeviceObjectModelFormat | None | Unset
        if _format_ is None or _format_ is UNSET:
            format_ = _format_
        else:
            try:
                format_ = _by_value_DeviceObjectModelFormat[_format_]
            except (KeyError, TypeError):
                format_ = DeviceObjectModelFormat(_format_)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | None | Unset
        if _last_modified_time is None or _last_modified_time is UNSET:
            last_modified_time = _last_modified_time
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        object_id = d.pop("objectId", UNSET)

        object_name = d.pop("objectName", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        scope = d.pop("scope", UNSET)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.format_ = format_
        _self.last_modified_time = last_modified_time
        _self.object_id = object_id
        _self.object_name = object_name
        _self.operator_id = operator_id
        _self.scope = scope
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
_by_value_DeviceObjectModelFormat = DeviceObjectModelFormat._value2member_map_
