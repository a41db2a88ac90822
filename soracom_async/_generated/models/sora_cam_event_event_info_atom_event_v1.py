from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_event_event_info_atom_event_v1_recording_status import (
    SoraCamEventEventInfoAtomEventV1RecordingStatus,
)
from ..models.sora_cam_event_event_info_atom_event_v1_type import (
    SoraCamEventEventInfoAtomEventV1Type,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SoraCamEventEventInfoAtomEventV1")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamEventEventInfoAtomEventV1:
    """Detail of the event.

    Attributes:
        end_time (int | None | Unset): Timestamp when the event is ended (unix time in milliseconds).
        labels (list[str] | None | Unset): List of the detected objects in the event.
        movie (str | None | Unset): URL of the video recorded by the event; if it has expired, call the API again.

            - If the Cloud Motion Detection "Unlimited" Recording license is applied, the URL of the video recorded by the
            motion detection is not included here; use the [SoraCam:exportSoraCamDeviceRecordedVideo
            API](#!/SoraCam/exportSoraCamDeviceRecordedVideo) to export it.
            - URLs are included here for events other than motion detection, even if the Cloud Motion Detection "Unlimited"
            Recording license is applied.
        picture (str | None | Unset): URL for the picture of `startTime`. If the URL has expired, please call the API
            again.
        recording_status (SoraCamEventEventInfoAtomEventV1RecordingStatus | None | Unset): Status of the event
            recording.
        start_time (int | None | Unset): Timestamp when the event is started (unix time in milliseconds).
        type_ (SoraCamEventEventInfoAtomEventV1Type | None | Unset): Type of the event.
              - `motion`: Motion Alert.
              - `sound`: Sound Alert.
              - `other`: Others.
    """

    end_time: int | None | Unset = UNSET
    labels: list[str] | None | Unset = UNSET
    movie: str | None | Unset = UNSET
    picture: str | None | Unset = UNSET
    recording_status: SoraCamEventEventInfoAtomEventV1RecordingStatus | None | Unset = UNSET
    start_time: int | None | Unset = UNSET
    type_: SoraCamEventEventInfoAtomEventV1Type | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        end_time: int | None | Unset = UNSET,
        labels: list[str] | None | Unset = UNSET,
        movie: str | None | Unset = UNSET,
        picture: str | None | Unset = UNSET,
        recording_status: SoraCamEventEventInfoAtomEventV1RecordingStatus
        | Literal["completed", "recording", "failed"]
        | None
        | Unset = UNSET,
        start_time: int | None | Unset = UNSET,
        type_: SoraCamEventEventInfoAtomEventV1Type
        | Literal["motion", "sound", "other"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.end_time = end_time
        self.labels = labels
        self.movie = movie
        self.picture = picture
        self.recording_status = as_enum(
            recording_status,
            SoraCamEventEventInfoAtomEventV1RecordingStatus,
            "SoraCamEventEventInfoAtomEventV1",
            "recording_status",
        )
        self.start_time = start_time
        self.type_ = as_enum(
            type_, SoraCamEventEventInfoAtomEventV1Type, "SoraCamEventEventInfoAtomEventV1", "type_"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"end_time={self.end_time!r}, "
            f"labels={self.labels!r}, "
            f"movie={self.movie!r}, "
            f"picture={self.picture!r}, "
            f"recording_status={self.recording_status!r}, "
            f"start_time={self.start_time!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamEventEventInfoAtomEventV1
        ):
            return NotImplemented
        return (
            self.end_time,
            self.labels,
            self.movie,
            self.picture,
            self.recording_status,
            self.start_time,
            self.type_,
            self.additional_properties,
        ) == (
            other.end_time,
            other.labels,
            other.movie,
            other.picture,
            other.recording_status,
            other.start_time,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time

        labels: list[str] | None | Unset
        if self.labels is None or self.labels is UNSET:
            labels = self.labels
        else:
            labels = self.labels

        movie = self.movie

        picture = self.picture

        recording_status: str | None | Unset
        if self.recording_status is None or self.recording_status is UNSET:
            recording_status = self.recording_status
        else:
            recording_status = str(self.recording_status)

        start_time = self.start_time

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if labels is not UNSET:
            field_dict["labels"] = labels
        if movie is not UNSET:
            field_dict["movie"] = movie
        if picture is not UNSET:
            field_dict["picture"] = picture
        if recording_status is not UNSET:
            field_dict["recordingStatus"] = recording_status
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        end_time = d.pop("endTime", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[str] | None | Unset
        if _labels is None or _labels is UNSET:
            labels = _labels
        elif not isinstance(_labels, list):
            raise wrong_shape("labels", "a JSON array", _labels)
        else:
            labels = _labels

        movie = d.pop("movie", UNSET)

        picture = d.pop("picture", UNSET)

        _recording_status = d.pop("recordingStatus", UNSET)
        recording_status: SoraCamEventEventInfoAtomEventV1RecordingStatus | None | Unset
        if _recording_status is None or _recording_status is UNSET:
            recording_status = _recording_status
        else:
            try:
                recording_status = _by_value_SoraCamEventEventInfoAtomEventV1RecordingStatus[
                    _recording_status
                ]
            except (KeyError, TypeError):
                recording_status = SoraCamEventEventInfoAtomEventV1RecordingStatus(
                    _recording_status
                )

        start_time = d.pop("startTime", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SoraCamEventEventInfoAtomEventV1Type | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SoraCamEventEventInfoAtomEventV1Type[_type_]
            except (KeyError, TypeError):
                type_ = SoraCamEventEventInfoAtomEventV1Type(_type_)

        _self = cls.__new__(cls)
        _self.end_time = end_time
        _self.labels = labels
        _self.movie = movie
        _self.picture = picture
        _self.recording_status = recording_status
        _self.start_time = start_time
        _self.type_ = type_
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
_by_value_SoraCamEventEventInfoAtomEventV1RecordingStatus = (
    SoraCamEventEventInfoAtomEventV1RecordingStatus._value2member_map_
)
_by_value_SoraCamEventEventInfoAtomEventV1Type = (
    SoraCamEventEventInfoAtomEventV1Type._value2member_map_
)
