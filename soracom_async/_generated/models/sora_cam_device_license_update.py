from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_device_license_update_type import SoraCamDeviceLicenseUpdateType
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SoraCamDeviceLicenseUpdate")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamDeviceLicenseUpdate:
    """
    Attributes:
        type_ (SoraCamDeviceLicenseUpdateType | None | Unset): Type of license to assign.

            - `CR7-SC`: Cloud Recording License (7 Days).
            - `CR14-SC`: Cloud Recording License (14 Days).
            - `CR30-SC`: Cloud Recording License (30 Days).
            - `CR60-SC`: Cloud Recording License (60 Days).
            - `CR90-SC`: Cloud Recording License (90 Days).
            - `MR7-SC`: Cloud Motion Detection "Unlimited" Recording License (7 Days).
            - `MR14-SC`: Cloud Motion Detection "Unlimited" Recording License (14 Days).
            - `MR30-SC`: Cloud Motion Detection "Unlimited" Recording License (30 Days).
            - `MR60-SC`: Cloud Motion Detection "Unlimited" Recording License (60 Days).
            - `MR90-SC`: Cloud Motion Detection "Unlimited" Recording License (90 Days).
    """

    type_: SoraCamDeviceLicenseUpdateType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SoraCamDeviceLicenseUpdateType
        | Literal[
            "CR7-SC",
            "CR14-SC",
            "CR30-SC",
            "CR60-SC",
            "CR90-SC",
            "MR7-SC",
            "MR14-SC",
            "MR30-SC",
            "MR60-SC",
            "MR90-SC",
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.type_ = as_enum(
            type_, SoraCamDeviceLicenseUpdateType, "SoraCamDeviceLicenseUpdate", "type_"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamDeviceLicenseUpdate
        ):
            return NotImplemented
        return (
            self.type_,
            self.additional_properties,
        ) == (
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SoraCamDeviceLicenseUpdateType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SoraCamDeviceLicenseUpdateType[_type_]
            except (KeyError, TypeError):
                type_ = SoraCamDeviceLicenseUpdateType(_type_)

        _self = cls.__new__(cls)
        _self.type_ = type_
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
_by_value_SoraCamDeviceLicenseUpdateType = SoraCamDeviceLicenseUpdateType._value2member_map_
