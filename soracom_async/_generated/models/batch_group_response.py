from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="BatchGroupResponse")


@_attrs_define(init=False, repr=False, eq=False)
class BatchGroupResponse:
    """
    Attributes:
        batch_group_id (str): Batch group ID. Example: aaaa1111.
        batch_group_name (str | None | Unset): Batch group name. Example: Monthly SIM Tag Update.
        created_time (int | None | Unset): Created time. Example: 1704067200.
        description (str | None | Unset): Description of the batch group.
        updated_time (int | None | Unset): Updated time. Example: 1704153600.
    """

    batch_group_id: str
    batch_group_name: str | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        batch_group_id: str,
        batch_group_name: str | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        updated_time: int | None | Unset = UNSET,
    ) -> None:
        self.batch_group_id = batch_group_id
        self.batch_group_name = batch_group_name
        self.created_time = created_time
        self.description = description
        self.updated_time = updated_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"batch_group_id={self.batch_group_id!r}, "
            f"batch_group_name={self.batch_group_name!r}, "
            f"created_time={self.created_time!r}, "
            f"description={self.description!r}, "
            f"updated_time={self.updated_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchGroupResponse):
            return NotImplemented
        return (
            self.batch_group_id,
            self.batch_group_name,
            self.created_time,
            self.description,
            self.updated_time,
            self.additional_properties,
        ) == (
            other.batch_group_id,
            other.batch_group_name,
            other.created_time,
            other.description,
            other.updated_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        batch_group_id = self.batch_group_id

        batch_group_name = self.batch_group_name

        created_time = self.created_time

        description = self.description

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchGroupId": batch_group_id,
            }
        )
        if batch_group_name is not UNSET:
            field_dict["batchGroupName"] = batch_group_name
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_batch_group_id = d.pop("batchGroupId", None)
        if _required_batch_group_id is None:
            raise missing_field(cls.__name__, "batchGroupId")
        batch_group_id = _required_batch_group_id

        batch_group_name = d.pop("batchGroupName", UNSET)

        created_time = d.pop("createdTime", UNSET)

        description = d.pop("description", UNSET)

        updated_time = d.pop("updatedTime", UNSET)

        _self = cls.__new__(cls)
        _self.batch_group_id = batch_group_id
        _self.batch_group_name = batch_group_name
        _self.created_time = created_time
        _self.description = description
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
