from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.packet_capture_session_status import PacketCaptureSessionStatus
from ..types import (
    UNSET,
    Unset,
    as_enum,
    missing_field,
    parse_datetime,
    wrong_shape,
)

T = TypeVar("T", bound="PacketCaptureSession")


@_attrs_define(init=False, repr=False, eq=False)
class PacketCaptureSession:
    """
    Attributes:
        session_id (str):
        created_time (datetime.datetime | None | Unset):
        duration (int | None | Unset):
        ended_time (datetime.datetime | None | Unset):
        failed_reason (str | None | Unset):
        prefix (str | None | Unset):
        started_time (datetime.datetime | None | Unset):
        status (PacketCaptureSessionStatus | None | Unset):
        url (str | None | Unset):
    """

    session_id: str
    created_time: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    ended_time: datetime.datetime | None | Unset = UNSET
    failed_reason: str | None | Unset = UNSET
    prefix: str | None | Unset = UNSET
    started_time: datetime.datetime | None | Unset = UNSET
    status: PacketCaptureSessionStatus | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        session_id: str,
        created_time: datetime.datetime | None | Unset = UNSET,
        duration: int | None | Unset = UNSET,
        ended_time: datetime.datetime | None | Unset = UNSET,
        failed_reason: str | None | Unset = UNSET,
        prefix: str | None | Unset = UNSET,
        started_time: datetime.datetime | None | Unset = UNSET,
        status: PacketCaptureSessionStatus
        | Literal[
            "REQUESTED", "ACCEPTED", "CAPTURING", "POST_PROCESSING", "DONE", "FAILED", "STOPPED"
        ]
        | None
        | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        self.session_id = session_id
        self.created_time = created_time
        self.duration = duration
        self.ended_time = ended_time
        self.failed_reason = failed_reason
        self.prefix = prefix
        self.started_time = started_time
        self.status = as_enum(status, PacketCaptureSessionStatus, "PacketCaptureSession", "status")
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"session_id={self.session_id!r}, "
            f"created_time={self.created_time!r}, "
            f"duration={self.duration!r}, "
            f"ended_time={self.ended_time!r}, "
            f"failed_reason={self.failed_reason!r}, "
            f"prefix={self.prefix!r}, "
            f"started_time={self.started_time!r}, "
            f"status={self.status!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PacketCaptureSession):
            return NotImplemented
        return (
            self.session_id,
            self.created_time,
            self.duration,
            self.ended_time,
            self.failed_reason,
            self.prefix,
            self.started_time,
            self.status,
            self.url,
            self.additional_properties,
        ) == (
            other.session_id,
            other.created_time,
            other.duration,
            other.ended_time,
            other.failed_reason,
            other.prefix,
            other.started_time,
            other.status,
            other.url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        created_time: str | None | Unset
        if self.created_time is None or self.created_time is UNSET:
            created_time = self.created_time
        else:
            created_time = self.created_time.isoformat()

        duration = self.duration

        ended_time: str | None | Unset
        if self.ended_time is None or self.ended_time is UNSET:
            ended_time = self.ended_time
        else:
            ended_time = self.ended_time.isoformat()

        failed_reason = self.failed_reason

        prefix = self.prefix

        started_time: str | None | Unset
        if self.started_time is None or self.started_time is UNSET:
            started_time = self.started_time
        else:
            started_time = self.started_time.isoformat()

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if ended_time is not UNSET:
            field_dict["endedTime"] = ended_time
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_session_id = d.pop("sessionId", None)
        if _required_session_id is None:
            raise missing_field(cls.__name__, "sessionId")
        session_id = _required_session_id

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time is None or _created_time is UNSET:
            created_time = _created_time
        else:
            created_time = parse_datetime(_created_time)

        duration = d.pop("duration", UNSET)

        _ended_time = d.pop("endedTime", UNSET)
        ended_time: datetime.datetime | None | Unset
        if _ended_time is None or _ended_time is UNSET:
            ended_time = _ended_time
        else:
            ended_time = parse_datetime(_ended_time)

        failed_reason = d.pop("failedReason", UNSET)

        prefix = d.pop("prefix", UNSET)

        _started_time = d.pop("startedTime", UNSET)
        started_time: datetime.datetime | None | Unset
        if _started_time is None or _started_time is UNSET:
            started_time = _started_time
        else:
            started_time = parse_datetime(_started_time)

        _status = d.pop("status", UNSET)
        status: PacketCaptureSessionStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_PacketCaptureSessionStatus[_status]
            except (KeyError, TypeError):
                status = PacketCaptureSessionStatus(_status)

        url = d.pop("url", UNSET)

        _self = cls.__new__(cls)
        _self.session_id = session_id
        _self.created_time = created_time
        _self.duration = duration
        _self.ended_time = ended_time
        _self.failed_reason = failed_reason
        _self.prefix = prefix
        _self.started_time = started_time
        _self.status = status
        _self.url = url
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
_by_value_PacketCaptureSessionStatus = PacketCaptureSessionStatus._value2member_map_
