from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_video_export_info_status import SoraCamVideoExportInfoStatus
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamVideoExportInfo")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamVideoExportInfo:
    """
    Attributes:
        device_id (str): Device ID of the SoraCam compatible camera device.
        export_id (str): Export ID. If you specify the export ID obtained in [SoraCam:exportSoraCamDeviceRecordedVideo
            API](#!/SoraCam/exportSoraCamDeviceRecordedVideo) to [SoraCam:getSoraCamDeviceExportedVideo
            API](#!/SoraCam/getSoraCamDeviceExportedVideo), you can obtain the URL for downloading the zipped mp4 file.
        operator_id (str): Operator ID that called [SoraCam:exportSoraCamDeviceRecordedVideo
            API](#!/SoraCam/exportSoraCamDeviceRecordedVideo).
        requested_time (int): The date and time when the Soracom platform accepted the export request from
            [SoraCam:exportSoraCamDeviceRecordedVideo API](#!/SoraCam/exportSoraCamDeviceRecordedVideo) (unix time in
            milliseconds).
        status (SoraCamVideoExportInfoStatus): Current status of the export.

            - `initializing`: Initial state.
            - `processing`: Processing.
            - `completed`: Export completed.
            - `retrying`: Retry export.
            - `failed`: Export failed.
            - `limitExceeded`: Video cannot be exported because the recorded video time available for export has been
            exceeded.
            - `expired`: Exported URL is expired.
        expiry_time (int | None | Unset): Expiration timestamp of the URL (unix time in milliseconds). The URL becomes
            unusable 10 minutes after export completion. Only included if `status` is `completed`.
        url (str | None | Unset): URL to download a zipped mp4 file. Only included if `status` is `completed`.

            - You can get mp4 files by extracting the downloaded zip file.
    """

    device_id: str
    export_id: str
    operator_id: str
    requested_time: int
    status: SoraCamVideoExportInfoStatus
    expiry_time: int | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str,
        export_id: str,
        operator_id: str,
        requested_time: int,
        status: SoraCamVideoExportInfoStatus
        | Literal[
            "initializing",
            "processing",
            "completed",
            "retrying",
            "failed",
            "limitExceeded",
            "expired",
        ],
        expiry_time: int | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        self.device_id = device_id
        self.export_id = export_id
        self.operator_id = operator_id
        self.requested_time = requested_time
        self.status = as_enum(
            status, SoraCamVideoExportInfoStatus, "SoraCamVideoExportInfo", "status"
        )
        self.expiry_time = expiry_time
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"export_id={self.export_id!r}, "
            f"operator_id={self.operator_id!r}, "
            f"requested_time={self.requested_time!r}, "
            f"status={self.status!r}, "
            f"expiry_time={self.expiry_time!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamVideoExportInfo):
            return NotImplemented
        return (
            self.device_id,
            self.export_id,
            self.operator_id,
            self.requested_time,
            self.status,
            self.expiry_time,
            self.url,
            self.additional_properties,
        ) == (
            other.device_id,
            other.export_id,
            other.operator_id,
            other.requested_time,
            other.status,
            other.expiry_time,
            other.url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        export_id = self.export_id

        operator_id = self.operator_id

        requested_time = self.requested_time

        status = str(self.status)

        expiry_time = self.expiry_time

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
                "exportId": export_id,
                "operatorId": operator_id,
                "requestedTime": requested_time,
                "status": status,
            }
        )
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_device_id = d.pop("deviceId", None)
        if _required_device_id is None:
            raise missing_field(cls.__name__, "deviceId")
        device_id = _required_device_id

        _required_export_id = d.pop("exportId", None)
        if _required_export_id is None:
            raise missing_field(cls.__name__, "exportId")
        export_id = _required_export_id

        _required_operator_id = d.pop("operatorId", None)
        if _required_operator_id is None:
            raise missing_field(cls.__name__, "operatorId")
        operator_id = _required_operator_id

        _required_requested_time = d.pop("requestedTime", None)
        if _required_requested_time is None:
            raise missing_field(cls.__name__, "requestedTime")
        requested_time = _required_requested_time

        _required_status = d.pop("status", None)
        if _required_status is None:
            raise missing_field(cls.__name__, "status")
        _status = _required_status
        try:
            status = _by_value_SoraCamVideoExportInfoStatus[_status]
        except (KeyError, TypeError):
            status = SoraCamVideoExportInfoStatus(_status)

        expiry_time = d.pop("expiryTime", UNSET)

        url = d.pop("url", UNSET)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.export_id = export_id
        _self.operator_id = operator_id
        _self.requested_time = requested_time
        _self.status = status
        _self.expiry_time = expiry_time
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
_by_value_SoraCamVideoExportInfoStatus = SoraCamVideoExportInfoStatus._value2member_map_
