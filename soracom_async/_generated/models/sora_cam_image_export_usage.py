from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamImageExportUsage")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamImageExportUsage:
    """
    Attributes:
        billed_frames (int): The number of still images, assuming that all of the recorded video time available for
            export has been used for exporting still images. In other words, when the value is 0, no charge is incurred.
            Note that the billing calculation uses `billedSeconds`, not the frame count.
        limit_frames (int): The number of still images that can be exported by assuming that all of the available export
            time for the video is used for exporting still images. The recorded video time available for export is output in
            the number of still images that can be exported.
        remaining_frames (int): The number of still images that can be exported, assuming that all of the available
            export time for the video is used for exporting still images, up to the maximum possible video export time.
            `limitFrames` minus `usedFrames`.
        used_frames (int): The number of still images exported, assuming that all the recorded video time available for
            export consumed in the current month was used for exporting still images.
    """

    billed_frames: int
    limit_frames: int
    remaining_frames: int
    used_frames: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        billed_frames: int,
        limit_frames: int,
        remaining_frames: int,
        used_frames: int,
    ) -> None:
        self.billed_frames = billed_frames
        self.limit_frames = limit_frames
        self.remaining_frames = remaining_frames
        self.used_frames = used_frames
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"billed_frames={self.billed_frames!r}, "
            f"limit_frames={self.limit_frames!r}, "
            f"remaining_frames={self.remaining_frames!r}, "
            f"used_frames={self.used_frames!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamImageExportUsage):
            return NotImplemented
        return (
            self.billed_frames,
            self.limit_frames,
            self.remaining_frames,
            self.used_frames,
            self.additional_properties,
        ) == (
            other.billed_frames,
            other.limit_frames,
            other.remaining_frames,
            other.used_frames,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        billed_frames = self.billed_frames

        limit_frames = self.limit_frames

        remaining_frames = self.remaining_frames

        used_frames = self.used_frames

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billedFrames": billed_frames,
                "limitFrames": limit_frames,
                "remainingFrames": remaining_frames,
                "usedFrames": used_frames,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_billed_frames = d.pop("billedFrames", None)
        if _required_billed_frames is None:
            raise missing_field(cls.__name__, "billedFrames")
        billed_frames = _required_billed_frames

        _required_limit_frames = d.pop("limitFrames", None)
        if _required_limit_frames is None:
            raise missing_field(cls.__name__, "limitFrames")
        limit_frames = _required_limit_frames

        _required_remaining_frames = d.pop("remainingFrames", None)
        if _required_remaining_frames is None:
            raise missing_field(cls.__name__, "remainingFrames")
        remaining_frames = _required_remaining_frames

        _required_used_frames = d.pop("usedFrames", None)
        if _required_used_frames is None:
            raise missing_field(cls.__name__, "usedFrames")
        used_frames = _required_used_frames

        _self = cls.__new__(cls)
        _self.billed_frames = billed_frames
        _self.limit_frames = limit_frames
        _self.remaining_frames = remaining_frames
        _self.used_frames = used_frames
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
