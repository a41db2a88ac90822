from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.get_order_response import GetOrderResponse


T = TypeVar("T", bound="ListOrderResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListOrderResponse:
    """
    Attributes:
        order_list (list[GetOrderResponse] | None | Unset): List of confirmed orders.
    """

    order_list: list[GetOrderResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        order_list: Sequence[GetOrderResponse | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.order_list = as_models(order_list, GetOrderResponse, "ListOrderResponse", "order_list")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"order_list={self.order_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListOrderResponse):
            return NotImplemented
        return (
            self.order_list,
            self.additional_properties,
        ) == (
            other.order_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        order_list: list[dict[str, Any]] | None | Unset
        if self.order_list is None or self.order_list is UNSET:
            order_list = self.order_list
        else:
            order_list = []
            for order_list_item_data in self.order_list:
                order_list_item = order_list_item_data.to_dict()

                order_list.append(order_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_list is not UNSET:
            field_dict["orderList"] = order_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _order_list = d.pop("orderList", UNSET)
        order_list: list[GetOrderResponse] | None | Unset
        if _order_list is None or _order_list is UNSET:
            order_list = _order_list
        elif not isinstance(_order_list, list):
            raise wrong_shape("orderList", "a JSON array", _order_list)
        else:
            order_list = [_from_dict_GetOrderResponse(v) for v in _order_list]

        _self = cls.__new__(cls)
        _self.order_list = order_list
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
from ..models.get_order_response import GetOrderResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_GetOrderResponse = GetOrderResponse.from_dict
