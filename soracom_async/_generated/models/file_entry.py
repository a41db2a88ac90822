from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="FileEntry")


@_attrs_define(init=False, repr=False, eq=False)
class FileEntry:
    """
    Attributes:
        content_length (int | None | Unset): Content length of the file.
        content_type (str | None | Unset): Content type of the file.
        created_time (int | None | Unset): Created time of the file.
        directory (str | None | Unset): Parent directory name.
        etag (str | None | Unset): ETag of the file.
        file_path (str | None | Unset): Absolute path of the file.
        filename (str | None | Unset): File name.
        is_directory (bool | None | Unset): Whether the entry is directory or not.
        last_modified_time (int | None | Unset): Last modified time of the file.
    """

    content_length: int | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    directory: str | None | Unset = UNSET
    etag: str | None | Unset = UNSET
    file_path: str | None | Unset = UNSET
    filename: str | None | Unset = UNSET
    is_directory: bool | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        content_length: int | None | Unset = UNSET,
        content_type: str | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        directory: str | None | Unset = UNSET,
        etag: str | None | Unset = UNSET,
        file_path: str | None | Unset = UNSET,
        filename: str | None | Unset = UNSET,
        is_directory: bool | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
    ) -> None:
        self.content_length = content_length
        self.content_type = content_type
        self.created_time = created_time
        self.directory = directory
        self.etag = etag
        self.file_path = file_path
        self.filename = filename
        self.is_directory = is_directory
        self.last_modified_time = last_modified_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"content_length={self.content_length!r}, "
            f"content_type={self.content_type!r}, "
            f"created_time={self.created_time!r}, "
            f"directory={self.directory!r}, "
            f"etag={self.etag!r}, "
            f"file_path={self.file_path!r}, "
            f"filename={self.filename!r}, "
            f"is_directory={self.is_directory!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FileEntry):
            return NotImplemented
        return (
            self.content_length,
            self.content_type,
            self.created_time,
            self.directory,
            self.etag,
            self.file_path,
            self.filename,
            self.is_directory,
            self.last_modified_time,
            self.additional_properties,
        ) == (
            other.content_length,
            other.content_type,
            other.created_time,
            other.directory,
            other.etag,
            other.file_path,
            other.filename,
            other.is_directory,
            other.last_modified_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        content_length = self.content_length

        content_type = self.content_type

        created_time = self.created_time

        directory = self.directory

        etag = self.etag

        file_path = self.file_path

        filename = self.filename

        is_directory = self.is_directory

        last_modified_time = self.last_modified_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_length is not UNSET:
            field_dict["contentLength"] = content_length
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if directory is not UNSET:
            field_dict["directory"] = directory
        if etag is not UNSET:
            field_dict["etag"] = etag
        if file_path is not UNSET:
            field_dict["filePath"] = file_path
        if filename is not UNSET:
            field_dict["filename"] = filename
        if is_directory is not UNSET:
            field_dict["isDirectory"] = is_directory
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        content_length = d.pop("contentLength", UNSET)

        content_type = d.pop("contentType", UNSET)

        created_time = d.pop("createdTime", UNSET)

        directory = d.pop("directory", UNSET)

        etag = d.pop("etag", UNSET)

        file_path = d.pop("filePath", UNSET)

        filename = d.pop("filename", UNSET)

        is_directory = d.pop("isDirectory", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        _self = cls.__new__(cls)
        _self.content_length = content_length
        _self.content_type = content_type
        _self.created_time = created_time
        _self.directory = directory
        _self.etag = etag
        _self.file_path = file_path
        _self.filename = filename
        _self.is_directory = is_directory
        _self.last_modified_time = last_modified_time
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
