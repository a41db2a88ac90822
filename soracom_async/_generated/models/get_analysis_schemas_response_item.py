from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.get_analysis_schemas_response_item_column_info_item import (
        GetAnalysisSchemasResponseItemColumnInfoItem,
    )


T = TypeVar("T", bound="GetAnalysisSchemasResponseItem")


@_attrs_define(init=False, repr=False, eq=False)
class GetAnalysisSchemasResponseItem:
    """
    Attributes:
        column_info (list[GetAnalysisSchemasResponseItemColumnInfoItem] | None | Unset): Table column information.
        name (str | None | Unset): Table name.
    """

    column_info: list[GetAnalysisSchemasResponseItemColumnInfoItem] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        column_info: Sequence[GetAnalysisSchemasResponseItemColumnInfoItem | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        name: str | None | Unset = UNSET,
    ) -> None:
        self.column_info = as_models(
            column_info,
            GetAnalysisSchemasResponseItemColumnInfoItem,
            "GetAnalysisSchemasResponseItem",
            "column_info",
        )
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"column_info={self.column_info!r}, "
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetAnalysisSchemasResponseItem
        ):
            return NotImplemented
        return (
            self.column_info,
            self.name,
            self.additional_properties,
        ) == (
            other.column_info,
            other.name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        column_info: list[dict[str, Any]] | None | Unset
        if self.column_info is None or self.column_info is UNSET:
            column_info = self.column_info
        else:
            column_info = []
            for column_info_item_data in self.column_info:
                column_info_item = column_info_item_data.to_dict()

                column_info.append(column_info_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_info is not UNSET:
            field_dict["columnInfo"] = column_info
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _column_info = d.pop("columnInfo", UNSET)
        column_info: list[GetAnalysisSchemasResponseItemColumnInfoItem] | None | Unset
        if _column_info is None or _column_info is UNSET:
            column_info = _column_info
        elif not isinstance(_column_info, list):
            raise wrong_shape("columnInfo", "a JSON array", _column_info)
        else:
            column_info = [
                _from_dict_GetAnalysisSchemasResponseItemColumnInfoItem(v) for v in _column_info
            ]

        name = d.pop("name", UNSET)

        _self = cls.__new__(cls)
        _self.column_info = column_info
        _self.name = name
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
from ..models.get_analysis_schemas_response_item_column_info_item import (
    GetAnalysisSchemasResponseItemColumnInfoItem,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_GetAnalysisSchemasResponseItemColumnInfoItem = (
    GetAnalysisSchemasResponseItemColumnInfoItem.from_dict
)
