from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamVideoExportUsage")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamVideoExportUsage:
    """
    Attributes:
        billed_seconds (int): The number of seconds of video, assuming that all of the recorded video time available for
            export has been used for exporting video. In other words, when the value is 0, no charge is incurred. Note that
            only `billedSeconds` are used in the calculation of the billing amount.
        limit_seconds (int): The number of seconds of video, assuming that all of the available export time for the
            video is used for exporting video. The maximum available export time for the video is output in seconds of
            video.
        remaining_seconds (int): The number of seconds of video that can be exported, assuming that all of  the
            available export time for the video is used for exporting as video, up to the maximum possible video export
            time. `limitSeconds` minus `usedSeconds`.
        used_seconds (int): The number of seconds of video exported, assuming that all the recorded video time available
            for export consumed in the current month was used for exporting video.
    """

    billed_seconds: int
    limit_seconds: int
    remaining_seconds: int
    used_seconds: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        billed_seconds: int,
        limit_seconds: int,
        remaining_seconds: int,
        used_seconds: int,
    ) -> None:
        self.billed_seconds = billed_seconds
        self.limit_seconds = limit_seconds
        self.remaining_seconds = remaining_seconds
        self.used_seconds = used_seconds
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"billed_seconds={self.billed_seconds!r}, "
            f"limit_seconds={self.limit_seconds!r}, "
            f"remaining_seconds={self.remaining_seconds!r}, "
            f"used_seconds={self.used_seconds!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamVideoExportUsage):
            return NotImplemented
        return (
            self.billed_seconds,
            self.limit_seconds,
            self.remaining_seconds,
            self.used_seconds,
            self.additional_properties,
        ) == (
            other.billed_seconds,
            other.limit_seconds,
            other.remaining_seconds,
            other.used_seconds,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        billed_seconds = self.billed_seconds

        limit_seconds = self.limit_seconds

        remaining_seconds = self.remaining_seconds

        used_seconds = self.used_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billedSeconds": billed_seconds,
                "limitSeconds": limit_seconds,
                "remainingSeconds": remaining_seconds,
                "usedSeconds": used_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_billed_seconds = d.pop("billedSeconds", None)
        if _required_billed_seconds is None:
            raise missing_field(cls.__name__, "billedSeconds")
        billed_seconds = _required_billed_seconds

        _required_limit_seconds = d.pop("limitSeconds", None)
        if _required_limit_seconds is None:
            raise missing_field(cls.__name__, "limitSeconds")
        limit_seconds = _required_limit_seconds

        _required_remaining_seconds = d.pop("remainingSeconds", None)
        if _required_remaining_seconds is None:
            raise missing_field(cls.__name__, "remainingSeconds")
        remaining_seconds = _required_remaining_seconds

        _required_used_seconds = d.pop("usedSeconds", None)
        if _required_used_seconds is None:
            raise missing_field(cls.__name__, "usedSeconds")
        used_seconds = _required_used_seconds

        _self = cls.__new__(cls)
        _self.billed_seconds = billed_seconds
        _self.limit_seconds = limit_seconds
        _self.remaining_seconds = remaining_seconds
        _self.used_seconds = used_seconds
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
