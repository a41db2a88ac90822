from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraCamExportImageToHarvestFiles")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamExportImageToHarvestFiles:
    """Specifies the settings for exporting images to Harvest Files.

    Example: `harvestFiles: { pathPrefix: "/sora_cam/{device_id}" }`

    If the `pathPrefix` is omitted or set to an empty string, the export will be saved in the root directory of Harvest
    Files.

    Example of exporting to the root directory: `harvestFiles: { pathPrefix: "" }`

        Attributes:
            path_prefix (str | None | Unset): The directory name where the images will be saved when exporting to Harvest
                Files.

                The following strings can be entered, and they will be replaced according to the rules during export:

                - `{export_id}`: The export ID (e.g., `123e4567-e89b-12d3-a456-426614174000`).
                - `{device_id}`: The device ID (e.g., `001A2B3C4D5E`).
                - `{date}`: The request date and time of the export (e.g., `2024/10/01/12/34`).
                - `{time}`: The capture time of the image (UNIX time in milliseconds) (e.g., `1728393803000`).

                For example, if you enter `/sora_cam/{device_id}`, the images will be exported to a directory unique to each
                SoraCam compatible camera device. `{date}` and `{time}` are useful when saving images captured/exported at the
                same time from multiple SoraCam compatible camera devices to the same directory.

                **Info**: If omitted or set to an empty string, the export will be saved in the root directory of Harvest Files.
    """

    path_prefix: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        path_prefix: str | None | Unset = UNSET,
    ) -> None:
        self.path_prefix = path_prefix
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"path_prefix={self.path_prefix!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamExportImageToHarvestFiles
        ):
            return NotImplemented
        return (
            self.path_prefix,
            self.additional_properties,
        ) == (
            other.path_prefix,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        path_prefix = self.path_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path_prefix is not UNSET:
            field_dict["pathPrefix"] = path_prefix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        path_prefix = d.pop("pathPrefix", UNSET)

        _self = cls.__new__(cls)
        _self.path_prefix = path_prefix
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
