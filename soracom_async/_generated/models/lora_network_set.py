from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_model,
    parse_datetime,
    wrong_shape,
)

if TYPE_CHECKING:
    from ..models.lora_network_set_tags import LoraNetworkSetTags


T = TypeVar("T", bound="LoraNetworkSet")


@_attrs_define(init=False, repr=False, eq=False)
class LoraNetworkSet:
    """
    Attributes:
        allowed_operators (list[str] | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_modified_time (datetime.datetime | None | Unset):
        network_set_id (str | None | Unset):
        operator_id (str | None | Unset):
        tags (LoraNetworkSetTags | None | Unset):
    """

    allowed_operators: list[str] | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    network_set_id: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    tags: LoraNetworkSetTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        allowed_operators: list[str] | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        last_modified_time: datetime.datetime | None | Unset = UNSET,
        network_set_id: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        tags: LoraNetworkSetTags | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.allowed_operators = allowed_operators
        self.created_time = created_time
        self.last_modified_time = last_modified_time
        self.network_set_id = network_set_id
        self.operator_id = operator_id
        self.tags = as_model(tags, LoraNetworkSetTags, "LoraNetworkSet", "tags")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"allowed_operators={self.allowed_operators!r}, "
            f"created_time={self.created_time!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"network_set_id={self.network_set_id!r}, "
            f"operator_id={self.operator_id!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LoraNetworkSet):
            return NotImplemented
        return (
            self.allowed_operators,
            self.created_time,
            self.last_modified_time,
            self.network_set_id,
            self.operator_id,
            self.tags,
            self.additional_properties,
        ) == (
            other.allowed_operators,
            other.created_time,
            other.last_modified_time,
            other.network_set_id,
            other.operator_id,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        allowed_operators: list[str] | None | Unset
        if self.allowed_operators is None or self.allowed_operators is UNSET:
            allowed_operators = self.allowed_operators
        else:
            allowed_operators = self.allowed_operators

        created_time: str | None | Unset
        if self.created_time is None or self.created_time is UNSET:
            created_time = self.created_time
        else:
            created_time = self.created_time.isoformat()

        last_modified_time: str | None | Unset
        if self.last_modified_time is None or self.last_modified_time is UNSET:
            last_modified_time = self.last_modified_time
        else:
            last_modified_time = self.last_modified_time.isoformat()

        network_set_id = self.network_set_id

        operator_id = self.operator_id

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_operators is not UNSET:
            field_dict["allowedOperators"] = allowed_operators
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if network_set_id is not UNSET:
            field_dict["networkSetId"] = network_set_id
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _allowed_operators = d.pop("allowedOperators", UNSET)
        allowed_operators: list[str] | None | Unset
        if _allowed_operators is None or _allowed_operators is UNSET:
            allowed_operators = _allowed_operators
        elif not isinstance(_allowed_operators, list):
            raise wrong_shape("allowedOperators", "a JSON array", _allowed_operators)
        else:
            allowed_operators = _allowed_operators

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time is None or _created_time is UNSET:
            created_time = _created_time
        else:
            created_time = parse_datetime(_created_time)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | None | Unset
        if _last_modified_time is None or _last_modified_time is UNSET:
            last_modified_time = _last_modified_time
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        network_set_id = d.pop("networkSetId", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: LoraNetworkSetTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_LoraNetworkSetTags(_tags)

        _self = cls.__new__(cls)
        _self.allowed_operators = allowed_operators
        _self.created_time = created_time
        _self.last_modified_time = last_modified_time
        _self.network_set_id = network_set_id
        _self.operator_id = operator_id
        _self.tags = tags
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.lora_network_set_tags import LoraNetworkSetTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_LoraNetworkSetTags = LoraNetworkSetTags.from_dict
