from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="AirAggregatedStatsResponse")


@_attrs_define(init=False, repr=False, eq=False)
class AirAggregatedStatsResponse:
    """
    Attributes:
        download_byte_size_total (int | None | Unset): Number of bytes downloaded during the period covered by the
            aggregate
        unixtime (int | None | Unset): Start date and time of the period under consideration (UNIX time in seconds)
        upload_byte_size_total (int | None | Unset): Number of bytes uploaded during the period covered by the aggregate
    """

    download_byte_size_total: int | None | Unset = UNSET
    unixtime: int | None | Unset = UNSET
    upload_byte_size_total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        download_byte_size_total: int | None | Unset = UNSET,
        unixtime: int | None | Unset = UNSET,
        upload_byte_size_total: int | None | Unset = UNSET,
    ) -> None:
        self.download_byte_size_total = download_byte_size_total
        self.unixtime = unixtime
        self.upload_byte_size_total = upload_byte_size_total
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"download_byte_size_total={self.download_byte_size_total!r}, "
            f"unixtime={self.unixtime!r}, "
            f"upload_byte_size_total={self.upload_byte_size_total!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AirAggregatedStatsResponse
        ):
            return NotImplemented
        return (
            self.download_byte_size_total,
            self.unixtime,
            self.upload_byte_size_total,
            self.additional_properties,
        ) == (
            other.download_byte_size_total,
            other.unixtime,
            other.upload_byte_size_total,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        download_byte_size_total = self.download_byte_size_total

        unixtime = self.unixtime

        upload_byte_size_total = self.upload_byte_size_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if download_byte_size_total is not UNSET:
            field_dict["downloadByteSizeTotal"] = download_byte_size_total
        if unixtime is not UNSET:
            field_dict["unixtime"] = unixtime
        if upload_byte_size_total is not UNSET:
            field_dict["uploadByteSizeTotal"] = upload_byte_size_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        download_byte_size_total = d.pop("downloadByteSizeTotal", UNSET)

        unixtime = d.pop("unixtime", UNSET)

        upload_byte_size_total = d.pop("uploadByteSizeTotal", UNSET)

        _self = cls.__new__(cls)
        _self.download_byte_size_total = download_byte_size_total
        _self.unixtime = unixtime
        _self.upload_byte_size_total = upload_byte_size_total
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
