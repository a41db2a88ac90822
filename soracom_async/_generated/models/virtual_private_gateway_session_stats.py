from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="VirtualPrivateGatewaySessionStats")


@_attrs_define(init=False, repr=False, eq=False)
class VirtualPrivateGatewaySessionStats:
    """
    Attributes:
        last_updated_at (int | None | Unset): Date and time (Unix timestamp in milliseconds) that the number of online
            sessions was last updated.
        online (int | None | Unset): Number of Soracom Air IoT SIMs and Soracom Arc Virtual SIMs that are connected to
            the VPG and online. Please note that this number is not updated in real-time. Use the lastUpdatedAt property to
            check the date and time this number was updated.
    """

    last_updated_at: int | None | Unset = UNSET
    online: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        last_updated_at: int | None | Unset = UNSET,
        online: int | None | Unset = UNSET,
    ) -> None:
        self.last_updated_at = last_updated_at
        self.online = online
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"last_updated_at={self.last_updated_at!r}, "
            f"online={self.online!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, VirtualPrivateGatewaySessionStats
        ):
            return NotImplemented
        return (
            self.last_updated_at,
            self.online,
            self.additional_properties,
        ) == (
            other.last_updated_at,
            other.online,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        last_updated_at = self.last_updated_at

        online = self.online

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at
        if online is not UNSET:
            field_dict["online"] = online

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        last_updated_at = d.pop("lastUpdatedAt", UNSET)

        online = d.pop("online", UNSET)

        _self = cls.__new__(cls)
        _self.last_updated_at = last_updated_at
        _self.online = online
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
