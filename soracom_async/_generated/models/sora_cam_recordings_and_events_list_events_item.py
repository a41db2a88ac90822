from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_recordings_and_events_list_events_item_type import (
    SoraCamRecordingsAndEventsListEventsItemType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamRecordingsAndEventsListEventsItem")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamRecordingsAndEventsListEventsItem:
    """
    Attributes:
        start_time (int): Timestamp when the event is started (unix time in milliseconds).
        type_ (SoraCamRecordingsAndEventsListEventsItemType): Type of the event.

            - `motion`: Motion Alert.
            - `sound`: Sound Alert.
            - `other`: Others.
        end_time (int | None | Unset): Timestamp when the event is ended (unix time in milliseconds).
    """

    start_time: int
    type_: SoraCamRecordingsAndEventsListEventsItemType
    end_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        start_time: int,
        type_: SoraCamRecordingsAndEventsListEventsItemType | Literal["motion", "sound", "other"],
        end_time: int | None | Unset = UNSET,
    ) -> None:
        self.start_time = start_time
        self.type_ = as_enum(
            type_,
            SoraCamRecordingsAndEventsListEventsItemType,
            "SoraCamRecordingsAndEventsListEventsItem",
            "type_",
        )
        self.end_time = end_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"start_time={self.start_time!r}, "
            f"type_={self.type_!r}, "
            f"end_time={self.end_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamRecordingsAndEventsListEventsItem
        ):
            return NotImplemented
        return (
            self.start_time,
            self.type_,
            self.end_time,
            self.additional_properties,
        ) == (
            other.start_time,
            other.type_,
            other.end_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        type_ = str(self.type_)

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "type": type_,
            }
        )
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_start_time = d.pop("startTime", None)
        if _required_start_time is None:
            raise missing_field(cls.__name__, "startTime")
        start_time = _required_start_time

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_SoraCamRecordingsAndEventsListEventsItemType[_type_]
        except (KeyError, TypeError):
            type_ = SoraCamRecordingsAndEventsListEventsItemType(_type_)

        end_time = d.pop("endTime", UNSET)

        _self = cls.__new__(cls)
        _self.start_time = start_time
        _self.type_ = type_
        _self.end_time = end_time
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
_by_value_SoraCamRecordingsAndEventsListEventsItemType = (
    SoraCamRecordingsAndEventsListEventsItemType._value2member_map_
)
