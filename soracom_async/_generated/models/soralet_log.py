from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SoraletLog")


@_attrs_define(init=False, repr=False, eq=False)
class SoraletLog:
    """
    Attributes:
        created_time (int | None | Unset):
        message (str | None | Unset):
        operator_id (str | None | Unset):
        soralet_id (str | None | Unset):
        version (int | None | Unset):
    """

    created_time: int | None | Unset = UNSET
    message: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    soralet_id: str | None | Unset = UNSET
    version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: int | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        soralet_id: str | None | Unset = UNSET,
        version: int | None | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.message = message
        self.operator_id = operator_id
        self.soralet_id = soralet_id
        self.version = version
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"message={self.message!r}, "
            f"operator_id={self.operator_id!r}, "
            f"soralet_id={self.soralet_id!r}, "
            f"version={self.version!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraletLog):
            return NotImplemented
        return (
            self.created_time,
            self.message,
            self.operator_id,
            self.soralet_id,
            self.version,
            self.additional_properties,
        ) == (
            other.created_time,
            other.message,
            other.operator_id,
            other.soralet_id,
            other.version,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        message = self.message

        operator_id = self.operator_id

        soralet_id = self.soralet_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if message is not UNSET:
            field_dict["message"] = message
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if soralet_id is not UNSET:
            field_dict["soraletId"] = soralet_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        created_time = d.pop("createdTime", UNSET)

        message = d.pop("message", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        soralet_id = d.pop("soraletId", UNSET)

        version = d.pop("version", UNSET)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.message = message
        _self.operator_id = operator_id
        _self.soralet_id = soralet_id
        _self.version = version
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
