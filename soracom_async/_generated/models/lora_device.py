from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lora_device_status import LoraDeviceStatus
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_model,
    missing_field,
    parse_datetime,
    wrong_shape,
)

if TYPE_CHECKING:
    from ..models.last_seen import LastSeen
    from ..models.lora_device_tags import LoraDeviceTags


T = TypeVar("T", bound="LoraDevice")


@_attrs_define(init=False, repr=False, eq=False)
class LoraDevice:
    """
    Attributes:
        device_id (str):
        group_id (str | None | Unset):
        last_modified_time (datetime.datetime | None | Unset):
        last_seen (LastSeen | None | Unset):
        operator_id (str | None | Unset):
        status (LoraDeviceStatus | None | Unset):
        tags (LoraDeviceTags | None | Unset):
        termination_enabled (bool | None | Unset):  Default: False.
    """

    device_id: str
    group_id: str | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    last_seen: LastSeen | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    status: LoraDeviceStatus | None | Unset = UNSET
    tags: LoraDeviceTags | None | Unset = UNSET
    termination_enabled: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str,
        group_id: str | None | Unset = UNSET,
        last_modified_time: datetime.datetime | None | Unset = UNSET,
        last_seen: LastSeen | Mapping[str, Any] | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        status: LoraDeviceStatus
        | Literal["active", "ready", "terminated", "instock"]
        | None
        | Unset = UNSET,
        tags: LoraDeviceTags | Mapping[str, Any] | None | Unset = UNSET,
        termination_enabled: bool | None | Unset = False,
    ) -> None:
        self.device_id = device_id
        self.group_id = group_id
        self.last_modified_time = last_modified_time
        self.last_seen = as_model(last_seen, LastSeen, "LoraDevice", "last_seen")
        self.operator_id = operator_id
        self.status = as_enum(status, LoraDeviceStatus, "LoraDevice", "status")
        self.tags = as_model(tags, LoraDeviceTags, "LoraDevice", "tags")
        self.termination_enabled = termination_enabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"group_id={self.group_id!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"last_seen={self.last_seen!r}, "
            f"operator_id={self.operator_id!r}, "
            f"status={self.status!r}, "
            f"tags={self.tags!r}, "
            f"termination_enabled={self.termination_enabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LoraDevice):
            return NotImplemented
        return (
            self.device_id,
            self.group_id,
            self.last_modified_time,
            self.last_seen,
            self.operator_id,
            self.status,
            self.tags,
            self.termination_enabled,
            self.additional_properties,
        ) == (
            other.device_id,
            other.group_id,
            other.last_modified_time,
            other.last_seen,
            other.operator_id,
            other.status,
            other.tags,
            other.termination_enabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        group_id = self.group_id

        last_modified_time: str | None | Unset
        if self.last_modified_time is None or self.last_modified_time is UNSET:
            last_modified_time = self.last_modified_time
        else:
            last_modified_time = self.last_modified_time.isoformat()

        last_seen: dict[str, Any] | None | Unset
        if self.last_seen is None or self.last_seen is UNSET:
            last_seen = self.last_seen
        else:
            last_seen = self.last_seen.to_dict()

        operator_id = self.operator_id

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        termination_enabled = self.termination_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_device_id = d.pop("device_id", None)
        if _required_device_id is None:
            raise missing_field(cls.__name__, "device_id")
        device_id = _required_device_id

        group_id = d.pop("groupId", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | None | Unset
        if _last_modified_time is None or _last_modified_time is UNSET:
            last_modified_time = _last_modified_time
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        _last_seen = d.pop("lastSeen", UNSET)
        last_seen: LastSeen | None | Unset
        if _last_seen is None or _last_seen is UNSET:
            last_seen = _last_seen
        else:
            last_seen = _from_dict_LastSeen(_last_seen)

        operator_id = d.pop("operatorId", UNSET)

        _status = d.pop("status", UNSET)
        status: LoraDeviceStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_LoraDeviceStatus[_status]
            except (KeyError, TypeError):
                status = LoraDeviceStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: LoraDeviceTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_LoraDeviceTags(_tags)

        termination_enabled = d.pop("terminationEnabled", UNSET)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.group_id = group_id
        _self.last_modified_time = last_modified_time
        _self.last_seen = last_seen
        _self.operator_id = operator_id
        _self.status = status
        _self.tags = tags
        _self.termination_enabled = termination_enabled
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.last_seen import LastSeen  # noqa: E402
from ..models.lora_device_tags import LoraDeviceTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_LoraDeviceStatus = LoraDeviceStatus._value2member_map_
_from_dict_LastSeen = LastSeen.from_dict
_from_dict_LoraDeviceTags = LoraDeviceTags.from_dict
