from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_event_event_info import SoraCamEventEventInfo


T = TypeVar("T", bound="SoraCamEvent")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamEvent:
    """
    Attributes:
        device_id (str): An identifier to identify the device.
        device_type (str): Type of the device.
        event_id (str): An identifier to identify of the event.
        time (int): Timestamp of the event (unix time in milliseconds).
        event_info (SoraCamEventEventInfo | None | Unset):
    """

    device_id: str
    device_type: str
    event_id: str
    time: int
    event_info: SoraCamEventEventInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str,
        device_type: str,
        event_id: str,
        time: int,
        event_info: SoraCamEventEventInfo | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.device_id = device_id
        self.device_type = device_type
        self.event_id = event_id
        self.time = time
        self.event_info = as_model(event_info, SoraCamEventEventInfo, "SoraCamEvent", "event_info")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"device_type={self.device_type!r}, "
            f"event_id={self.event_id!r}, "
            f"time={self.time!r}, "
            f"event_info={self.event_info!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamEvent):
            return NotImplemented
        return (
            self.device_id,
            self.device_type,
            self.event_id,
            self.time,
            self.event_info,
            self.additional_properties,
        ) == (
            other.device_id,
            other.device_type,
            other.event_id,
            other.time,
            other.event_info,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        device_type = self.device_type

        event_id = self.event_id

        time = self.time

        event_info: dict[str, Any] | None | Unset
        if self.event_info is None or self.event_info is UNSET:
            event_info = self.event_info
        else:
            event_info = self.event_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
                "deviceType": device_type,
                "eventId": event_id,
                "time": time,
            }
        )
        if event_info is not UNSET:
            field_dict["eventInfo"] = event_info

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

        _required_device_type = d.pop("deviceType", None)
        if _required_device_type is None:
            raise missing_field(cls.__name__, "deviceType")
        device_type = _required_device_type

        _required_event_id = d.pop("eventId", None)
        if _required_event_id is None:
            raise missing_field(cls.__name__, "eventId")
        event_id = _required_event_id

        _required_time = d.pop("time", None)
        if _required_time is None:
            raise missing_field(cls.__name__, "time")
        time = _required_time

        _event_info = d.pop("eventInfo", UNSET)
        event_info: SoraCamEventEventInfo | None | Unset
        if _event_info is None or _event_info is UNSET:
            event_info = _event_info
        else:
            event_info = _from_dict_SoraCamEventEventInfo(_event_info)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.device_type = device_type
        _self.event_id = event_id
        _self.time = time
        _self.event_info = event_info
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
from ..models.sora_cam_event_event_info import SoraCamEventEventInfo  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamEventEventInfo = SoraCamEventEventInfo.from_dict
