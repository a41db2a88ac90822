from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamRecordingsAndEventsListRecordsItem")


@_attrs_define
class SoraCamRecordingsAndEventsListRecordsItem:
    """
    Attributes:
        start_time (int): Timestamp when the recording is started (unix time in milliseconds).
        end_time (int | None | Unset): Timestamp when the recording is ended (unix time in milliseconds). `endTime` is
            not included for ongoing recordings.
    """

    start_time: int
    end_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
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

        end_time = d.pop("endTime", UNSET)

        sora_cam_recordings_and_events_list_records_item = cls(
            start_time=start_time,
            end_time=end_time,
        )

        sora_cam_recordings_and_events_list_records_item.additional_properties = d
        return sora_cam_recordings_and_events_list_records_item

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
