from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions")


@_attrs_define(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        *,
        file_path: str,
    ) -> None:
        self.file_path = file_path
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"file_path={self.file_path!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkRtspCommandSnapshotHarvestFilesDestinationOptions
        ):
            return NotImplemented
        return (
            self.file_path,
            self.additional_properties,
        ) == (
            other.file_path,
            other.additional_properties,
        )

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
        _required_file_path = d.pop("filePath", None)
        if _required_file_path is None:
            raise missing_field(cls.__name__, "filePath")
        file_path = _required_file_path

        _self = cls.__new__(cls)
        _self.file_path = file_path
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
