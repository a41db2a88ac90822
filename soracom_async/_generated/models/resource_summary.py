from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.resource_summary_item import ResourceSummaryItem


T = TypeVar("T", bound="ResourceSummary")


@_attrs_define(init=False, repr=False, eq=False)
class ResourceSummary:
    """
    Attributes:
        resource_summary_type (str): The type of the resource summary.

            - `simsPerStatus`: The number of IoT SIMs per status.
             Example: simsPerStatus.
        resource_summary_items (list[ResourceSummaryItem] | None | Unset): A list of resource summary items.
    """

    resource_summary_type: str
    resource_summary_items: list[ResourceSummaryItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        resource_summary_type: str,
        resource_summary_items: Sequence[ResourceSummaryItem | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.resource_summary_type = resource_summary_type
        self.resource_summary_items = as_models(
            resource_summary_items, ResourceSummaryItem, "ResourceSummary", "resource_summary_items"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"resource_summary_type={self.resource_summary_type!r}, "
            f"resource_summary_items={self.resource_summary_items!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ResourceSummary):
            return NotImplemented
        return (
            self.resource_summary_type,
            self.resource_summary_items,
            self.additional_properties,
        ) == (
            other.resource_summary_type,
            other.resource_summary_items,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        resource_summary_type = self.resource_summary_type

        resource_summary_items: list[dict[str, Any]] | None | Unset
        if self.resource_summary_items is None or self.resource_summary_items is UNSET:
            resource_summary_items = self.resource_summary_items
        else:
            resource_summary_items = []
            for resource_summary_items_item_data in self.resource_summary_items:
                resource_summary_items_item = resource_summary_items_item_data.to_dict()

                resource_summary_items.append(resource_summary_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceSummaryType": resource_summary_type,
            }
        )
        if resource_summary_items is not UNSET:
            field_dict["resourceSummaryItems"] = resource_summary_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_resource_summary_type = d.pop("resourceSummaryType", None)
        if _required_resource_summary_type is None:
            raise missing_field(cls.__name__, "resourceSummaryType")
        resource_summary_type = _required_resource_summary_type

        _resource_summary_items = d.pop("resourceSummaryItems", UNSET)
        resource_summary_items: list[ResourceSummaryItem] | None | Unset
        if _resource_summary_items is None or _resource_summary_items is UNSET:
            resource_summary_items = _resource_summary_items
        elif not isinstance(_resource_summary_items, list):
            raise wrong_shape("resourceSummaryItems", "a JSON array", _resource_summary_items)
        else:
            resource_summary_items = [
                _from_dict_ResourceSummaryItem(v) for v in _resource_summary_items
            ]

        _self = cls.__new__(cls)
        _self.resource_summary_type = resource_summary_type
        _self.resource_summary_items = resource_summary_items
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
from ..models.resource_summary_item import ResourceSummaryItem  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_ResourceSummaryItem = ResourceSummaryItem.from_dict
