from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_exported_file_response_status import GetExportedFileResponseStatus
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="GetExportedFileResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetExportedFileResponse:
    """
    Attributes:
        status (GetExportedFileResponseStatus | None | Unset): Export status.

            - `processing`: Export is in progress. Please wait.
            - `exported`: Export has completed. The file is ready for download.
            - `failed`: Export has failed.
        url (str | None | Unset): File download URL. Verify that the `status` is `exported`, then download the CSV file
            from the URL obtained from `url`.

            ```bash
            $ wget -O export.csv "https://soracom-xxxxxxxx-...."
            ```
    """

    status: GetExportedFileResponseStatus | None | Unset = UNSET
    url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        status: GetExportedFileResponseStatus
        | Literal["processing", "exported", "failed"]
        | None
        | Unset = UNSET,
        url: str | None | Unset = UNSET,
    ) -> None:
        self.status = as_enum(
            status, GetExportedFileResponseStatus, "GetExportedFileResponse", "status"
        )
        self.url = url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"status={self.status!r}, "
            f"url={self.url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GetExportedFileResponse):
            return NotImplemented
        return (
            self.status,
            self.url,
            self.additional_properties,
        ) == (
            other.status,
            other.url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GetExportedFileResponseStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_GetExportedFileResponseStatus[_status]
            except (KeyError, TypeError):
                status = GetExportedFileResponseStatus(_status)

        url = d.pop("url", UNSET)

        _self = cls.__new__(cls)
        _self.status = status
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


# Parsers called per object, bound once (after every import).
_by_value_GetExportedFileResponseStatus = GetExportedFileResponseStatus._value2member_map_
