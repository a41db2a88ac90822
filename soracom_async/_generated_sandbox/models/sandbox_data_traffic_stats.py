from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SandboxDataTrafficStats")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxDataTrafficStats:
    """
    Attributes:
        download_byte_size_total (int | None | Unset):
        download_packet_size_total (int | None | Unset):
        upload_byte_size_total (int | None | Unset):
        upload_packet_size_total (int | None | Unset):
    """

    download_byte_size_total: int | None | Unset = UNSET
    download_packet_size_total: int | None | Unset = UNSET
    upload_byte_size_total: int | None | Unset = UNSET
    upload_packet_size_total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        download_byte_size_total: int | None | Unset = UNSET,
        download_packet_size_total: int | None | Unset = UNSET,
        upload_byte_size_total: int | None | Unset = UNSET,
        upload_packet_size_total: int | None | Unset = UNSET,
    ) -> None:
        self.download_byte_size_total = download_byte_size_total
        self.download_packet_size_total = download_packet_size_total
        self.upload_byte_size_total = upload_byte_size_total
        self.upload_packet_size_total = upload_packet_size_total
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"download_byte_size_total={self.download_byte_size_total!r}, "
            f"download_packet_size_total={self.download_packet_size_total!r}, "
            f"upload_byte_size_total={self.upload_byte_size_total!r}, "
            f"upload_packet_size_total={self.upload_packet_size_total!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SandboxDataTrafficStats):
            return NotImplemented
        return (
            self.download_byte_size_total,
            self.download_packet_size_total,
            self.upload_byte_size_total,
            self.upload_packet_size_total,
            self.additional_properties,
        ) == (
            other.download_byte_size_total,
            other.download_packet_size_total,
            other.upload_byte_size_total,
            other.upload_packet_size_total,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        download_byte_size_total = self.download_byte_size_total

        download_packet_size_total = self.download_packet_size_total

        upload_byte_size_total = self.upload_byte_size_total

        upload_packet_size_total = self.upload_packet_size_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_byte_size_total is not UNSET:
            field_dict["downloadByteSizeTotal"] = download_byte_size_total
        if download_packet_size_total is not UNSET:
            field_dict["downloadPacketSizeTotal"] = download_packet_size_total
        if upload_byte_size_total is not UNSET:
            field_dict["uploadByteSizeTotal"] = upload_byte_size_total
        if upload_packet_size_total is not UNSET:
            field_dict["uploadPacketSizeTotal"] = upload_packet_size_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        download_byte_size_total = d.pop("downloadByteSizeTotal", UNSET)

        download_packet_size_total = d.pop("downloadPacketSizeTotal", UNSET)

        upload_byte_size_total = d.pop("uploadByteSizeTotal", UNSET)

        upload_packet_size_total = d.pop("uploadPacketSizeTotal", UNSET)

        _self = cls.__new__(cls)
        _self.download_byte_size_total = download_byte_size_total
        _self.download_packet_size_total = download_packet_size_total
        _self.upload_byte_size_total = upload_byte_size_total
        _self.upload_packet_size_total = upload_packet_size_total
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
