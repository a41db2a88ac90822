from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="Soralet")


@_attrs_define(init=False, repr=False, eq=False)
class Soralet:
    """
    Attributes:
        soralet_id (str):
        created_time (int | None | Unset):
        description (str | None | Unset):
        operator_id (str | None | Unset):
        updated_time (int | None | Unset):
    """

    soralet_id: str
    created_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        soralet_id: str,
        created_time: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        updated_time: int | None | Unset = UNSET,
    ) -> None:
        self.soralet_id = soralet_id
        self.created_time = created_time
        self.description = description
        self.operator_id = operator_id
        self.updated_time = updated_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"soralet_id={self.soralet_id!r}, "
            f"created_time={self.created_time!r}, "
            f"description={self.description!r}, "
            f"operator_id={self.operator_id!r}, "
            f"updated_time={self.updated_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Soralet):
            return NotImplemented
        return (
            self.soralet_id,
            self.created_time,
            self.description,
            self.operator_id,
            self.updated_time,
            self.additional_properties,
        ) == (
            other.soralet_id,
            other.created_time,
            other.description,
            other.operator_id,
            other.updated_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        soralet_id = self.soralet_id

        created_time = self.created_time

        description = self.description

        operator_id = self.operator_id

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "soraletId": soralet_id,
            }
        )
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_soralet_id = d.pop("soraletId", None)
        if _required_soralet_id is None:
            raise missing_field(cls.__name__, "soraletId")
        soralet_id = _required_soralet_id

        created_time = d.pop("createdTime", UNSET)

        description = d.pop("description", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        _self = cls.__new__(cls)
        _self.soralet_id = soralet_id
        _self.created_time = created_time
        _self.description = description
        _self.operator_id = operator_id
        _self.updated_time = updated_time
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
