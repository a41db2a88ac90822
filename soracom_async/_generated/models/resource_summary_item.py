from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.resource_summary_item_dimension import ResourceSummaryItemDimension
    from ..models.resource_summary_item_value import ResourceSummaryItemValue


T = TypeVar("T", bound="ResourceSummaryItem")


@_attrs_define(init=False, repr=False, eq=False)
class ResourceSummaryItem:
    """
    Attributes:
        dimensions (list[ResourceSummaryItemDimension] | None | Unset): A list of dimensions for the resource summary
            item. Example: [].
        updated_time (int | None | Unset): The last updated time of the resource summary item (UNIX time in
            milliseconds). Example: 1654007722000.
        values (list[ResourceSummaryItemValue] | None | Unset): A list of values for the resource summary item.
    """

    dimensions: list[ResourceSummaryItemDimension] | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    values: list[ResourceSummaryItemValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        dimensions: Sequence[ResourceSummaryItemDimension | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        updated_time: int | None | Unset = UNSET,
        values: Sequence[ResourceSummaryItemValue | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.dimensions = as_models(
            dimensions, ResourceSummaryItemDimension, "ResourceSummaryItem", "dimensions"
        )
        self.updated_time = updated_time
        self.values = as_models(values, ResourceSummaryItemValue, "ResourceSummaryItem", "values")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"dimensions={self.dimensions!r}, "
            f"updated_time={self.updated_time!r}, "
            f"values={self.values!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ResourceSummaryItem):
            return NotImplemented
        return (
            self.dimensions,
            self.updated_time,
            self.values,
            self.additional_properties,
        ) == (
            other.dimensions,
            other.updated_time,
            other.values,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        dimensions: list[dict[str, Any]] | None | Unset
        if self.dimensions is None or self.dimensions is UNSET:
            dimensions = self.dimensions
        else:
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()

                dimensions.append(dimensions_item)

        updated_time = self.updated_time

        values: list[dict[str, Any]] | None | Unset
        if self.values is None or self.values is UNSET:
            values = self.values
        else:
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()

                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[ResourceSummaryItemDimension] | None | Unset
        if _dimensions is None or _dimensions is UNSET:
            dimensions = _dimensions
        elif not isinstance(_dimensions, list):
            raise wrong_shape("dimensions", "a JSON array", _dimensions)
        else:
            dimensions = [_from_dict_ResourceSummaryItemDimension(v) for v in _dimensions]

        updated_time = d.pop("updatedTime", UNSET)

        _values = d.pop("values", UNSET)
        values: list[ResourceSummaryItemValue] | None | Unset
        if _values is None or _values is UNSET:
            values = _values
        elif not isinstance(_values, list):
            raise wrong_shape("values", "a JSON array", _values)
        else:
            values = [_from_dict_ResourceSummaryItemValue(v) for v in _values]

        _self = cls.__new__(cls)
        _self.dimensions = dimensions
        _self.updated_time = updated_time
        _self.values = values
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
from ..models.resource_summary_item_dimension import ResourceSummaryItemDimension  # noqa: E402
from ..models.resource_summary_item_value import ResourceSummaryItemValue  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_ResourceSummaryItemDimension = ResourceSummaryItemDimension.from_dict
_from_dict_ResourceSummaryItemValue = ResourceSummaryItemValue.from_dict
