from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GetAnalysisQueriesResponseColumnInfoItem")


@_attrs_define(init=False, repr=False, eq=False)
class GetAnalysisQueriesResponseColumnInfoItem:
    """
    Attributes:
        database_type (str | None | Unset): Database data type.
            - `TEXT`: String type.
            - `FIXED`: Fixed-length string type.
            - `REAL`: Floating-point type.
            - `TIMESTAMP_TZ`: Timestamp type.
            - `BOOLEAN`: Boolean type.
            - `VARIANT`: Variable-length string type.
        name (str | None | Unset): Column name.
        type_ (str | None | Unset): Reference type for programming languages (inferred).
            - `string`: String type.
            - `int64`: Integer type.
            - `float64`: Floating-point type.
            - `Time`: DateTime type.
            - `bool`: Boolean type.
    """

    database_type: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        database_type: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
    ) -> None:
        self.database_type = database_type
        self.name = name
        self.type_ = type_
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"database_type={self.database_type!r}, "
            f"name={self.name!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetAnalysisQueriesResponseColumnInfoItem
        ):
            return NotImplemented
        return (
            self.database_type,
            self.name,
            self.type_,
            self.additional_properties,
        ) == (
            other.database_type,
            other.name,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        database_type = self.database_type

        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if database_type is not UNSET:
            field_dict["databaseType"] = database_type
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        database_type = d.pop("databaseType", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _self = cls.__new__(cls)
        _self.database_type = database_type
        _self.name = name
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
