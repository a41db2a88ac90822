from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.product_model import ProductModel
    from ..models.shipping_cost_model import ShippingCostModel


T = TypeVar("T", bound="ListProductResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListProductResponse:
    """
    Attributes:
        product_list (list[ProductModel] | None | Unset):
        shipping_cost_list (list[ShippingCostModel] | None | Unset):
    """

    product_list: list[ProductModel] | None | Unset = UNSET
    shipping_cost_list: list[ShippingCostModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        product_list: Sequence[ProductModel | Mapping[str, Any]] | None | Unset = UNSET,
        shipping_cost_list: Sequence[ShippingCostModel | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.product_list = as_models(
            product_list, ProductModel, "ListProductResponse", "product_list"
        )
        self.shipping_cost_list = as_models(
            shipping_cost_list, ShippingCostModel, "ListProductResponse", "shipping_cost_list"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"product_list={self.product_list!r}, "
            f"shipping_cost_list={self.shipping_cost_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListProductResponse):
            return NotImplemented
        return (
            self.product_list,
            self.shipping_cost_list,
            self.additional_properties,
        ) == (
            other.product_list,
            other.shipping_cost_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        product_list: list[dict[str, Any]] | None | Unset
        if self.product_list is None or self.product_list is UNSET:
            product_list = self.product_list
        else:
            product_list = []
            for product_list_item_data in self.product_list:
                product_list_item = product_list_item_data.to_dict()

                product_list.append(product_list_item)

        shipping_cost_list: list[dict[str, Any]] | None | Unset
        if self.shipping_cost_list is None or self.shipping_cost_list is UNSET:
            shipping_cost_list = self.shipping_cost_list
        else:
            shipping_cost_list = []
            for shipping_cost_list_item_data in self.shipping_cost_list:
                shipping_cost_list_item = shipping_cost_list_item_data.to_dict()

                shipping_cost_list.append(shipping_cost_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_list is not UNSET:
            field_dict["productList"] = product_list
        if shipping_cost_list is not UNSET:
            field_dict["shippingCostList"] = shipping_cost_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _product_list = d.pop("productList", UNSET)
        product_list: list[ProductModel] | None | Unset
        if _product_list is None or _product_list is UNSET:
            product_list = _product_list
        elif not isinstance(_product_list, list):
            raise wrong_shape("productList", "a JSON array", _product_list)
        else:
            product_list = [_from_dict_ProductModel(v) for v in _product_list]

        _shipping_cost_list = d.pop("shippingCostList", UNSET)
        shipping_cost_list: list[ShippingCostModel] | None | Unset
        if _shipping_cost_list is None or _shipping_cost_list is UNSET:
            shipping_cost_list = _shipping_cost_list
        elif not isinstance(_shipping_cost_list, list):
            raise wrong_shape("shippingCostList", "a JSON array", _shipping_cost_list)
        else:
            shipping_cost_list = [_from_dict_ShippingCostModel(v) for v in _shipping_cost_list]

        _self = cls.__new__(cls)
        _self.product_list = product_list
        _self.shipping_cost_list = shipping_cost_list
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
from ..models.product_model import ProductModel  # noqa: E402
from ..models.shipping_cost_model import ShippingCostModel  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_ProductModel = ProductModel.from_dict
_from_dict_ShippingCostModel = ShippingCostModel.from_dict
