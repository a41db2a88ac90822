from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="Soralet")


@_attrs_define
class Soralet:
    """
    Attributes:
        created_time (int | None | Unset):
        description (str | None | Unset):
        operator_id (str | None | Unset):
        soralet_id (str | None | Unset):
        updated_time (int | None | Unset):
    """

    created_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    soralet_id: str | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        description = self.description

        operator_id = self.operator_id

        soralet_id = self.soralet_id

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if soralet_id is not UNSET:
            field_dict["soraletId"] = soralet_id
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        created_time = d.pop("createdTime", UNSET)

        description = d.pop("description", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        soralet_id = d.pop("soraletId", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        soralet = cls(
            created_time=created_time,
            description=description,
            operator_id=operator_id,
            soralet_id=soralet_id,
            updated_time=updated_time,
        )

        soralet.additional_properties = d
        return soralet

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
