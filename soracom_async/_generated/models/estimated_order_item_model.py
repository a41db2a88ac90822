from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.product_model import ProductModel


T = TypeVar("T", bound="EstimatedOrderItemModel")


@_attrs_define(init=False, repr=False, eq=False)
class EstimatedOrderItemModel:
    """
    Attributes:
        product (ProductModel | None | Unset): Product.
        product_amount (float | None | Unset): Product amount.
        quantity (int | None | Unset): Quantity.
        tax_included_product_amount (float | None | Unset):
    """

    product: ProductModel | None | Unset = UNSET
    product_amount: float | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    tax_included_product_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        product: ProductModel | Mapping[str, Any] | None | Unset = UNSET,
        product_amount: float | None | Unset = UNSET,
        quantity: int | None | Unset = UNSET,
        tax_included_product_amount: float | None | Unset = UNSET,
    ) -> None:
        self.product = as_model(product, ProductModel, "EstimatedOrderItemModel", "product")
        self.product_amount = product_amount
        self.quantity = quantity
        self.tax_included_product_amount = tax_included_product_amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"product={self.product!r}, "
            f"product_amount={self.product_amount!r}, "
            f"quantity={self.quantity!r}, "
            f"tax_included_product_amount={self.tax_included_product_amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EstimatedOrderItemModel):
            return NotImplemented
        return (
            self.product,
            self.product_amount,
            self.quantity,
            self.tax_included_product_amount,
            self.additional_properties,
        ) == (
            other.product,
            other.product_amount,
            other.quantity,
            other.tax_included_product_amount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        product: dict[str, Any] | None | Unset
        if self.product is None or self.product is UNSET:
            product = self.product
        else:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _product = d.pop("product", UNSET)
        product: ProductModel | None | Unset
        if _product is None or _product is UNSET:
            product = _product
        else:
            product = _from_dict_ProductModel(_product)

        product_amount = d.pop("productAmount", UNSET)

        quantity = d.pop("quantity", UNSET)

        tax_included_product_amount = d.pop("taxIncludedProductAmount", UNSET)

        _self = cls.__new__(cls)
        _self.product = product
        _self.product_amount = product_amount
        _self.quantity = quantity
        _self.tax_included_product_amount = tax_included_product_amount
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

# Parsers called per object, bound once (after every import).
_from_dict_ProductModel = ProductModel.from_dict
