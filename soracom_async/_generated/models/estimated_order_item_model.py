from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_model import ProductModel


T = TypeVar("T", bound="EstimatedOrderItemModel")


@_attrs_define
class EstimatedOrderItemModel:
    """
    Attributes:
        product (ProductModel | Unset): Product.
        product_amount (float | Unset): Product amount.
        quantity (int | Unset): Quantity.
        tax_included_product_amount (float | Unset):
    """

    product: ProductModel | Unset = UNSET
    product_amount: float | Unset = UNSET
    quantity: int | Unset = UNSET
    tax_included_product_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | Unset = UNSET
        if self.product is not UNSET:
            product = self.product.to_dict()

        product_amount = self.product_amount

        quantity = self.quantity

        tax_included_product_amount = self.tax_included_product_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if product_amount is not UNSET:
            field_dict["productAmount"] = product_amount
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if tax_included_product_amount is not UNSET:
            field_dict["taxIncludedProductAmount"] = tax_included_product_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: ProductModel | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductModel.from_dict(_product)

        product_amount = d.pop("productAmount", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_included_product_amount = d.pop("taxIncludedProductAmount", UNSET)

        estimated_order_item_model = cls(
            product=product,
            product_amount=product_amount,
            quantity=quantity,
            tax_included_product_amount=tax_included_product_amount,
        )

        estimated_order_item_model.additional_properties = d
        return estimated_order_item_model

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
