from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.ordered_subscriber import OrderedSubscriber


T = TypeVar("T", bound="ListOrderedSubscriberResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListOrderedSubscriberResponse:
    """
    Attributes:
        ordered_subscriber_list (list[OrderedSubscriber] | None | Unset): List of ordered SIMs.
    """

    ordered_subscriber_list: list[OrderedSubscriber] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        ordered_subscriber_list: Sequence[OrderedSubscriber | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.ordered_subscriber_list = as_models(
            ordered_subscriber_list,
            OrderedSubscriber,
            "ListOrderedSubscriberResponse",
            "ordered_subscriber_list",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ordered_subscriber_list={self.ordered_subscriber_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, ListOrderedSubscriberResponse
        ):
            return NotImplemented
        return (
            self.ordered_subscriber_list,
            self.additional_properties,
        ) == (
            other.ordered_subscriber_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        ordered_subscriber_list: list[dict[str, Any]] | None | Unset
        if self.ordered_subscriber_list is None or self.ordered_subscriber_list is UNSET:
            ordered_subscriber_list = self.ordered_subscriber_list
        else:
            ordered_subscriber_list = []
            for ordered_subscriber_list_item_data in self.ordered_subscriber_list:
                ordered_subscriber_list_item = ordered_subscriber_list_item_data.to_dict()

                ordered_subscriber_list.append(ordered_subscriber_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ordered_subscriber_list is not UNSET:
            field_dict["orderedSubscriberList"] = ordered_subscriber_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _ordered_subscriber_list = d.pop("orderedSubscriberList", UNSET)
        ordered_subscriber_list: list[OrderedSubscriber] | None | Unset
        if _ordered_subscriber_list is None or _ordered_subscriber_list is UNSET:
            ordered_subscriber_list = _ordered_subscriber_list
        elif not isinstance(_ordered_subscriber_list, list):
            raise wrong_shape("orderedSubscriberList", "a JSON array", _ordered_subscriber_list)
        else:
            ordered_subscriber_list = [
                _from_dict_OrderedSubscriber(v) for v in _ordered_subscriber_list
            ]

        _self = cls.__new__(cls)
        _self.ordered_subscriber_list = ordered_subscriber_list
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
from ..models.ordered_subscriber import OrderedSubscriber  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_OrderedSubscriber = OrderedSubscriber.from_dict
