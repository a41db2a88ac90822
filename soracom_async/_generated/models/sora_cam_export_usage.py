from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_image_export_usage import SoraCamImageExportUsage
    from ..models.sora_cam_video_export_usage import SoraCamVideoExportUsage


T = TypeVar("T", bound="SoraCamExportUsage")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamExportUsage:
    """
    Attributes:
        device_id (str): Device ID of the SoraCam compatible camera device.
        image (SoraCamImageExportUsage):
        metered_year_month (str): The year and month (format: 'YYYYMM') for which the video can be exported. In the case
            of `202301`, this means that the available export time of the video for January 2023 is output.
        video (SoraCamVideoExportUsage):
    """

    device_id: str
    image: SoraCamImageExportUsage
    metered_year_month: str
    video: SoraCamVideoExportUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str,
        image: SoraCamImageExportUsage | Mapping[str, Any],
        metered_year_month: str,
        video: SoraCamVideoExportUsage | Mapping[str, Any],
    ) -> None:
        self.device_id = device_id
        self.image = as_model(image, SoraCamImageExportUsage, "SoraCamExportUsage", "image")
        self.metered_year_month = metered_year_month
        self.video = as_model(video, SoraCamVideoExportUsage, "SoraCamExportUsage", "video")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"image={self.image!r}, "
            f"metered_year_month={self.metered_year_month!r}, "
            f"video={self.video!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamExportUsage):
            return NotImplemented
        return (
            self.device_id,
            self.image,
            self.metered_year_month,
            self.video,
            self.additional_properties,
        ) == (
            other.device_id,
            other.image,
            other.metered_year_month,
            other.video,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        image = self.image.to_dict()

        metered_year_month = self.metered_year_month

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
                "image": image,
                "meteredYearMonth": metered_year_month,
                "video": video,
            }
        )

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

        _required_image = d.pop("image", None)
        if _required_image is None:
            raise missing_field(cls.__name__, "image")
        image = _from_dict_SoraCamImageExportUsage(_required_image)

        _required_metered_year_month = d.pop("meteredYearMonth", None)
        if _required_metered_year_month is None:
            raise missing_field(cls.__name__, "meteredYearMonth")
        metered_year_month = _required_metered_year_month

        _required_video = d.pop("video", None)
        if _required_video is None:
            raise missing_field(cls.__name__, "video")
        video = _from_dict_SoraCamVideoExportUsage(_required_video)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.image = image
        _self.metered_year_month = metered_year_month
        _self.video = video
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
from ..models.sora_cam_image_export_usage import SoraCamImageExportUsage  # noqa: E402
from ..models.sora_cam_video_export_usage import SoraCamVideoExportUsage  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamImageExportUsage = SoraCamImageExportUsage.from_dict
_from_dict_SoraCamVideoExportUsage = SoraCamVideoExportUsage.from_dict
