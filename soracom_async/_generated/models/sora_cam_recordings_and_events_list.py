from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_recordings_and_events_list_events_item import (
        SoraCamRecordingsAndEventsListEventsItem,
    )
    from ..models.sora_cam_recordings_and_events_list_records_item import (
        SoraCamRecordingsAndEventsListRecordsItem,
    )


T = TypeVar("T", bound="SoraCamRecordingsAndEventsList")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamRecordingsAndEventsList:
    """
    Attributes:
        events (list[SoraCamRecordingsAndEventsListEventsItem]):
        records (list[SoraCamRecordingsAndEventsListRecordsItem]):
    """

    events: list[SoraCamRecordingsAndEventsListEventsItem]
    records: list[SoraCamRecordingsAndEventsListRecordsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        events: Sequence[SoraCamRecordingsAndEventsListEventsItem | Mapping[str, Any]],
        records: Sequence[SoraCamRecordingsAndEventsListRecordsItem | Mapping[str, Any]],
    ) -> None:
        self.events = as_models(
            events,
            SoraCamRecordingsAndEventsListEventsItem,
            "SoraCamRecordingsAndEventsList",
            "events",
        )
        self.records = as_models(
            records,
            SoraCamRecordingsAndEventsListRecordsItem,
            "SoraCamRecordingsAndEventsList",
            "records",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"events={self.events!r}, "
            f"records={self.records!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamRecordingsAndEventsList
        ):
            return NotImplemented
        return (
            self.events,
            self.records,
            self.additional_properties,
        ) == (
            other.events,
            other.records,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()

            events.append(events_item)

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()

            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_events = d.pop("events", None)
        if _required_events is None:
            raise missing_field(cls.__name__, "events")
        _events = _required_events
        events: list[SoraCamRecordingsAndEventsListEventsItem]
        if not isinstance(_events, list):
            raise wrong_shape("events", "a JSON array", _events)
        events = [_from_dict_SoraCamRecordingsAndEventsListEventsItem(v) for v in _events]

        _required_records = d.pop("records", None)
        if _required_records is None:
            raise missing_field(cls.__name__, "records")
        _records = _required_records
        records: list[SoraCamRecordingsAndEventsListRecordsItem]
        if not isinstance(_records, list):
            raise wrong_shape("records", "a JSON array", _records)
        records = [_from_dict_SoraCamRecordingsAndEventsListRecordsItem(v) for v in _records]

        _self = cls.__new__(cls)
        _self.events = events
        _self.records = records
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
from ..models.sora_cam_recordings_and_events_list_events_item import (
    SoraCamRecordingsAndEventsListEventsItem,  # noqa: E402
)
from ..models.sora_cam_recordings_and_events_list_records_item import (
    SoraCamRecordingsAndEventsListRecordsItem,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamRecordingsAndEventsListEventsItem = (
    SoraCamRecordingsAndEventsListEventsItem.from_dict
)
_from_dict_SoraCamRecordingsAndEventsListRecordsItem = (
    SoraCamRecordingsAndEventsListRecordsItem.from_dict
)
