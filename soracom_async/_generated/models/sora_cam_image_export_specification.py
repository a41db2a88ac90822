from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_image_export_specification_image_filters_item import (
    SoraCamImageExportSpecificationImageFiltersItem,
)
from ..types import UNSET, Unset, as_enums, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_export_image_to_harvest_files import SoraCamExportImageToHarvestFiles


T = TypeVar("T", bound="SoraCamImageExportSpecification")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamImageExportSpecification:
    """
    Attributes:
        time (int): Time to be exported (unix time in milliseconds). A still image is exported from the recorded video
            taken at the specified time.
        harvest_files (SoraCamExportImageToHarvestFiles | None | Unset): Specifies the settings for exporting images to
            Harvest Files.

            Example: `harvestFiles: { pathPrefix: "/sora_cam/{device_id}" }`

            If the `pathPrefix` is omitted or set to an empty string, the export will be saved in the root directory of
            Harvest Files.

            Example of exporting to the root directory: `harvestFiles: { pathPrefix: "" }`
        image_filters (list[SoraCamImageExportSpecificationImageFiltersItem] | None | Unset): Image filters to be
            applied to the exported image.
    """

    time: int
    harvest_files: SoraCamExportImageToHarvestFiles | None | Unset = UNSET
    image_filters: list[SoraCamImageExportSpecificationImageFiltersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        time: int,
        harvest_files: SoraCamExportImageToHarvestFiles | Mapping[str, Any] | None | Unset = UNSET,
        image_filters: Sequence[
            SoraCamImageExportSpecificationImageFiltersItem | Literal["wide_angle_correction"]
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.time = time
        self.harvest_files = as_model(
            harvest_files,
            SoraCamExportImageToHarvestFiles,
            "SoraCamImageExportSpecification",
            "harvest_files",
        )
        self.image_filters = as_enums(
            image_filters,
            SoraCamImageExportSpecificationImageFiltersItem,
            "SoraCamImageExportSpecification",
            "image_filters",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"time={self.time!r}, "
            f"harvest_files={self.harvest_files!r}, "
            f"image_filters={self.image_filters!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamImageExportSpecification
        ):
            return NotImplemented
        return (
            self.time,
            self.harvest_files,
            self.image_filters,
            self.additional_properties,
        ) == (
            other.time,
            other.harvest_files,
            other.image_filters,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        harvest_files: dict[str, Any] | None | Unset
        if self.harvest_files is None or self.harvest_files is UNSET:
            harvest_files = self.harvest_files
        else:
            harvest_files = self.harvest_files.to_dict()

        image_filters: list[str] | None | Unset
        if self.image_filters is None or self.image_filters is UNSET:
            image_filters = self.image_filters
        else:
            image_filters = []
            for image_filters_item_data in self.image_filters:
                image_filters_item = str(image_filters_item_data)

                image_filters.append(image_filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
            }
        )
        if harvest_files is not UNSET:
            field_dict["harvestFiles"] = harvest_files
        if image_filters is not UNSET:
            field_dict["imageFilters"] = image_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_time = d.pop("time", None)
        if _required_time is None:
            raise missing_field(cls.__name__, "time")
        time = _required_time

        _harvest_files = d.pop("harvestFiles", UNSET)
        harvest_files: SoraCamExportImageToHarvestFiles | None | Unset
        if _harvest_files is None or _harvest_files is UNSET:
            harvest_files = _harvest_files
        else:
            harvest_files = _from_dict_SoraCamExportImageToHarvestFiles(_harvest_files)

        _image_filters = d.pop("imageFilters", UNSET)
        image_filters: list[SoraCamImageExportSpecificationImageFiltersItem] | None | Unset
        if _image_filters is None or _image_filters is UNSET:
            image_filters = _image_filters
        elif not isinstance(_image_filters, list):
            raise wrong_shape("imageFilters", "a JSON array", _image_filters)
        else:
            image_filters = []
            for image_filters_item_data in _image_filters:
                _image_filters_item = image_filters_item_data
                try:
                    image_filters_item = _by_value_SoraCamImageExportSpecificationImageFiltersItem[
                        _image_filters_item
                    ]
                except (KeyError, TypeError):
                    image_filters_item = SoraCamImageExportSpecificationImageFiltersItem(
                        _image_filters_item
                    )

                image_filters.append(image_filters_item)

        _self = cls.__new__(cls)
        _self.time = time
        _self.harvest_files = harvest_files
        _self.image_filters = image_filters
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
from ..models.sora_cam_export_image_to_harvest_files import SoraCamExportImageToHarvestFiles  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SoraCamImageExportSpecificationImageFiltersItem = (
    SoraCamImageExportSpecificationImageFiltersItem._value2member_map_
)
_from_dict_SoraCamExportImageToHarvestFiles = SoraCamExportImageToHarvestFiles.from_dict
