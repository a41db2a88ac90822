from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_image_export_usage import SoraCamImageExportUsage
    from ..models.sora_cam_video_export_usage import SoraCamVideoExportUsage


T = TypeVar("T", bound="SoraCamExportUsage")


@_attrs_define
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
        device_id = d.pop("deviceId")

        image = SoraCamImageExportUsage.from_dict(d.pop("image"))

        metered_year_month = d.pop("meteredYearMonth")

        video = SoraCamVideoExportUsage.from_dict(d.pop("video"))

        sora_cam_export_usage = cls(
            device_id=device_id,
            image=image,
            metered_year_month=metered_year_month,
            video=video,
        )

        sora_cam_export_usage.additional_properties = d
        return sora_cam_export_usage

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
