from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="OperatorMFAVerifyingResponse")


@_attrs_define(init=False, repr=False, eq=False)
class OperatorMFAVerifyingResponse:
    """
    Attributes:
        backup_codes (list[str] | None | Unset):
    """

    backup_codes: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        backup_codes: list[str] | None | Unset = UNSET,
    ) -> None:
        self.backup_codes = backup_codes
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"backup_codes={self.backup_codes!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OperatorMFAVerifyingResponse
        ):
            return NotImplemented
        return (
            self.backup_codes,
            self.additional_properties,
        ) == (
            other.backup_codes,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        backup_codes: list[str] | None | Unset
        if self.backup_codes is None or self.backup_codes is UNSET:
            backup_codes = self.backup_codes
        else:
            backup_codes = self.backup_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backup_codes is not UNSET:
            field_dict["backupCodes"] = backup_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _backup_codes = d.pop("backupCodes", UNSET)
        backup_codes: list[str] | None | Unset
        if _backup_codes is None or _backup_codes is UNSET:
            backup_codes = _backup_codes
        elif not isinstance(_backup_codes, list):
            raise wrong_shape("backupCodes", "a JSON array", _backup_codes)
        else:
            backup_codes = _backup_codes

        _self = cls.__new__(cls)
        _self.backup_codes = backup_codes
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
