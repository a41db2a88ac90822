from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_recordings_and_events_list_events_item_type import (
    SoraCamRecordingsAndEventsListEventsItemType,
)
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamRecordingsAndEventsListEventsItem")


@_attrs_define
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
        start_time = d.pop("startTime")

        type_ = SoraCamRecordingsAndEventsListEventsItemType(d.pop("type"))

        end_time = d.pop("endTime", UNSET)

        sora_cam_recordings_and_events_list_events_item = cls(
            start_time=start_time,
            type_=type_,
            end_time=end_time,
        )

        sora_cam_recordings_and_events_list_events_item.additional_properties = d
        return sora_cam_recordings_and_events_list_events_item

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
