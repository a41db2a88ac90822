from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="StartAnalysisQueriesRequest")


@_attrs_define(init=False, repr=False, eq=False)
class StartAnalysisQueriesRequest:
    """
    Attributes:
        from_ (int | None | Unset): Start of the period to apply the SQL query (UNIX time (seconds)).
        sql (str | None | Unset): A SQL query.
        to (int | None | Unset): End of the period to apply the SQL query (UNIX time (seconds)).
    """

    from_: int | None | Unset = UNSET
    sql: str | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        from_: int | None | Unset = UNSET,
        sql: str | None | Unset = UNSET,
        to: int | None | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.sql = sql
        self.to = to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"from_={self.from_!r}, "
            f"sql={self.sql!r}, "
            f"to={self.to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, StartAnalysisQueriesRequest
        ):
            return NotImplemented
        return (
            self.from_,
            self.sql,
            self.to,
            self.additional_properties,
        ) == (
            other.from_,
            other.sql,
            other.to,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        sql = self.sql

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if sql is not UNSET:
            field_dict["sql"] = sql
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        sql = d.pop("sql", UNSET)

        to = d.pop("to", UNSET)

        _self = cls.__new__(cls)
        _self.from_ = from_
        _self.sql = sql
        _self.to = to
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
