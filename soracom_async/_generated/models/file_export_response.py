from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="FileExportResponse")


@_attrs_define(init=False, repr=False, eq=False)
class FileExportResponse:
    """
    Attributes:
        exported_file_id (str | None | Unset): File Export ID. Specify this ID when calling [Files:getExportedFile
            API](#!/Files/getExportedFile) to get the URL to download the file. Included only if `export_mode` is `async`.
        exported_file_path (str | None | Unset): Path of the exported file. Included only if `export_mode` is `async`.
        url (str | None | Unset): URL to download the file. Included only if `export_mode` is `sync`.
    """

    exported_file_id: str | None | Unset = UNSET
    exported_file_path: str | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        exported_file_id: str | None | Unset = UNSET,
        exported_file_path: str | None | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        self.exported_file_id = exported_file_id
        self.exported_file_path = exported_file_path
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"exported_file_id={self.exported_file_id!r}, "
            f"exported_file_path={self.exported_file_path!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FileExportResponse):
            return NotImplemented
        return (
            self.exported_file_id,
            self.exported_file_path,
            self.url,
            self.additional_properties,
        ) == (
            other.exported_file_id,
            other.exported_file_path,
            other.url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        exported_file_id = self.exported_file_id

        exported_file_path = self.exported_file_path

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exported_file_id is not UNSET:
            field_dict["exportedFileId"] = exported_file_id
        if exported_file_path is not UNSET:
            field_dict["exportedFilePath"] = exported_file_path
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        exported_file_id = d.pop("exportedFileId", UNSET)

        exported_file_path = d.pop("exportedFilePath", UNSET)

        url = d.pop("url", UNSET)

        _self = cls.__new__(cls)
        _self.exported_file_id = exported_file_id
        _self.exported_file_path = exported_file_path
        _self.url = url
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
