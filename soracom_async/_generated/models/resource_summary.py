from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

if TYPE_CHECKING:
    from ..models.resource_summary_item import ResourceSummaryItem


T = TypeVar("T", bound="ResourceSummary")


@_attrs_define
class ResourceSummary:
    """
    Attributes:
        resource_summary_items (list[ResourceSummaryItem] | None | Unset): A list of resource summary items.
        resource_summary_type (str | None | Unset): The type of the resource summary.

            - `simsPerStatus`: The number of IoT SIMs per status.
             Example: simsPerStatus.
    """

    resource_summary_items: list[ResourceSummaryItem] | None | Unset = UNSET
    resource_summary_type: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_summary_items: list[dict[str, Any]] | None | Unset
        if self.resource_summary_items is None or self.resource_summary_items is UNSET:
            resource_summary_items = self.resource_summary_items
        else:
            resource_summary_items = []
            for resource_summary_items_item_data in self.resource_summary_items:
                resource_summary_items_item = resource_summary_items_item_data.to_dict()

                resource_summary_items.append(resource_summary_items_item)

        resource_summary_type = self.resource_summary_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_summary_items is not UNSET:
            field_dict["resourceSummaryItems"] = resource_summary_items
        if resource_summary_type is not UNSET:
            field_dict["resourceSummaryType"] = resource_summary_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _resource_summary_items = d.pop("resourceSummaryItems", UNSET)
        resource_summary_items: list[ResourceSummaryItem] | None | Unset
        if _resource_summary_items is None or _resource_summary_items is UNSET:
            resource_summary_items = _resource_summary_items
        elif not isinstance(_resource_summary_items, list):
            raise wrong_shape("resourceSummaryItems", "a JSON array", _resource_summary_items)
        else:
            resource_summary_items = []
            for resource_summary_items_item_data in _resource_summary_items:
                resource_summary_items_item = ResourceSummaryItem.from_dict(
                    resource_summary_items_item_data
                )

                resource_summary_items.append(resource_summary_items_item)

        resource_summary_type = d.pop("resourceSummaryType", UNSET)

        resource_summary = cls(
            resource_summary_items=resource_summary_items,
            resource_summary_type=resource_summary_type,
        )

        resource_summary.additional_properties = d
        return resource_summary

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
