from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_command_snapshot_harvest_files_destination_options import (
        SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,
    )


T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotOptionsDestinations")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkRtspCommandSnapshotOptionsDestinations:
    """Storage destination for the snapshot image.

    Attributes:
        harvest_files (SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions | None | Unset):
    """

    harvest_files: SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        harvest_files: SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.harvest_files = as_model(
            harvest_files,
            SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,
            "SimDownlinkRtspCommandSnapshotOptionsDestinations",
            "harvest_files",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"harvest_files={self.harvest_files!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkRtspCommandSnapshotOptionsDestinations
        ):
            return NotImplemented
        return (
            self.harvest_files,
            self.additional_properties,
        ) == (
            other.harvest_files,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        harvest_files: dict[str, Any] | None | Unset
        if self.harvest_files is None or self.harvest_files is UNSET:
            harvest_files = self.harvest_files
        else:
            harvest_files = self.harvest_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if harvest_files is not UNSET:
            field_dict["harvestFiles"] = harvest_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _harvest_files = d.pop("harvestFiles", UNSET)
        harvest_files: SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions | None | Unset
        if _harvest_files is None or _harvest_files is UNSET:
            harvest_files = _harvest_files
        else:
            harvest_files = _from_dict_SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions(
                _harvest_files
            )

        _self = cls.__new__(cls)
        _self.harvest_files = harvest_files
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
from ..models.sim_downlink_rtsp_command_snapshot_harvest_files_destination_options import (
    SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions = (
    SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions.from_dict
)
