from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_event_event_info_atom_event_v1_recording_status import (
    SoraCamEventEventInfoAtomEventV1RecordingStatus,
)
from ..models.sora_cam_event_event_info_atom_event_v1_type import (
    SoraCamEventEventInfoAtomEventV1Type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SoraCamEventEventInfoAtomEventV1")


@_attrs_define
class SoraCamEventEventInfoAtomEventV1:
    """Detail of the event.

    Attributes:
        end_time (int | Unset): Timestamp when the event is ended (unix time in milliseconds).
        labels (list[str] | Unset): List of the detected objects in the event.
        movie (str | Unset): URL of the video recorded by the event; if it has expired, call the API again.

            - If the Cloud Motion Detection "Unlimited" Recording license is applied, the URL of the video recorded by the
            motion detection is not included here; use the [SoraCam:exportSoraCamDeviceRecordedVideo
            API](#!/SoraCam/exportSoraCamDeviceRecordedVideo) to export it.
            - URLs are included here for events other than motion detection, even if the Cloud Motion Detection "Unlimited"
            Recording license is applied.
        picture (str | Unset): URL for the picture of `startTime`. If the URL has expired, please call the API again.
        recording_status (SoraCamEventEventInfoAtomEventV1RecordingStatus | Unset): Status of the event recording.
        start_time (int | Unset): Timestamp when the event is started (unix time in milliseconds).
        type_ (SoraCamEventEventInfoAtomEventV1Type | Unset): Type of the event.
              - `motion`: Motion Alert.
              - `sound`: Sound Alert.
              - `other`: Others.
    """

    end_time: int | Unset = UNSET
    labels: list[str] | Unset = UNSET
    movie: str | Unset = UNSET
    picture: str | Unset = UNSET
    recording_status: SoraCamEventEventInfoAtomEventV1RecordingStatus | Unset = UNSET
    start_time: int | Unset = UNSET
    type_: SoraCamEventEventInfoAtomEventV1Type | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_time = self.end_time

        labels: list[str] | Unset = UNSET
        if self.labels is not UNSET:
            labels = self.labels

        movie = self.movie

        picture = self.picture

        recording_status: str | Unset = UNSET
        if self.recording_status is not UNSET:
            recording_status = self.recording_status.value

        start_time = self.start_time

        type_: str | Unset = UNSET
        if self.type_ is not UNSET:
            type_ = self.type_.value

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
        d = dict(src_dict)
        end_time = d.pop("endTime", UNSET)

        labels = cast(list[str], d.pop("labels", UNSET))

        movie = d.pop("movie", UNSET)

        picture = d.pop("picture", UNSET)

        _recording_status = d.pop("recordingStatus", UNSET)
        recording_status: SoraCamEventEventInfoAtomEventV1RecordingStatus | Unset
        if isinstance(_recording_status, Unset):
            recording_status = UNSET
        else:
            recording_status = SoraCamEventEventInfoAtomEventV1RecordingStatus(_recording_status)

        start_time = d.pop("startTime", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SoraCamEventEventInfoAtomEventV1Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SoraCamEventEventInfoAtomEventV1Type(_type_)

        sora_cam_event_event_info_atom_event_v1 = cls(
            end_time=end_time,
            labels=labels,
            movie=movie,
            picture=picture,
            recording_status=recording_status,
            start_time=start_time,
            type_=type_,
        )

        sora_cam_event_event_info_atom_event_v1.additional_properties = d
        return sora_cam_event_event_info_atom_event_v1

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
