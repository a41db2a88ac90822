from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions")


@_attrs_define
class SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions:
    """
    Attributes:
        file_path (str): The filePath to Harvest Files.

            The following strings can be entered, and they will be replaced according to the rules during export:

            - `{sim_id}`: The sim ID (e.g., `0000000000000000000`).
            - `{time}`: The timestamp when the snapshot was taken (UNIX time in milliseconds) (e.g., `1728393803000`).

            **Info**: It is recommended to end the file name with `.jpg` or `.jpeg`.
             Example: /path/to/snapshot_{sim_id}_{time}.jpg.
    """

    file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        file_path = d.pop("filePath")

        sim_downlink_rtsp_command_snapshot_harvest_files_destination_options = cls(
            file_path=file_path,
        )

        sim_downlink_rtsp_command_snapshot_harvest_files_destination_options.additional_properties = d
        return sim_downlink_rtsp_command_snapshot_harvest_files_destination_options

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
