from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_model_currency import ProductModelCurrency
from ..models.product_model_product_type import ProductModelProductType
from ..types import UNSET, Unset, as_enum, as_model, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.price_by_quantity import PriceByQuantity
    from ..models.product_model_properties import ProductModelProperties


T = TypeVar("T", bound="ProductModel")


@_attrs_define(init=False, repr=False, eq=False)
class ProductModel:
    """Product.

    Attributes:
        campaign_code (str | None | Unset): Campaign code.
        consignor_id (str | None | Unset): Consignor ID.
        consignor_name (str | None | Unset): Consignor name.
        count (float | None | Unset): Count.
        currency (ProductModelCurrency | None | Unset): Currency.
        description (str | None | Unset): Product Description.
        max_quantity (int | None | Unset): Max quantity.
        price (float | None | Unset): Price.
        price_by_quantity_list (list[PriceByQuantity] | None | Unset): Price List by Quantity.
        product_code (str | None | Unset): Product code.
        product_info_url (str | None | Unset): URL of product page.
        product_name (str | None | Unset): Product name.
        product_type (ProductModelProductType | None | Unset): Product type.
        properties (ProductModelProperties | None | Unset): Properties.
        regular_price (float | None | Unset): Regular price.
        tax_included_price (float | None | Unset): Tax Included price.
        tax_included_regular_price (float | None | Unset): Tax included regular price.
        terms_of_consignor_url (str | None | Unset): The URL of terms of conditions for the consignor product.
        terms_of_solution_name (str | None | Unset): The name of terms and conditions for the solution.
        terms_of_solution_url (str | None | Unset): The URL of terms and conditions for the solution.
    """

    campaign_code: str | None | Unset = UNSET
    consignor_id: str | None | Unset = UNSET
    consignor_name: str | None | Unset = UNSET
    count: float | None | Unset = UNSET
    currency: ProductModelCurrency | None | Unset = UNSET
    description: str | None | Unset = UNSET
    max_quantity: int | None | Unset = UNSET
    price: float | None | Unset = UNSET
    price_by_quantity_list: list[PriceByQuantity] | None | Unset = UNSET
    product_code: str | None | Unset = UNSET
    product_info_url: str | None | Unset = UNSET
    product_name: str | None | Unset = UNSET
    product_type: ProductModelProductType | None | Unset = UNSET
    properties: ProductModelProperties | None | Unset = UNSET
    regular_price: float | None | Unset = UNSET
    tax_included_price: float | None | Unset = UNSET
    tax_included_regular_price: float | None | Unset = UNSET
    terms_of_consignor_url: str | None | Unset = UNSET
    terms_of_solution_name: str | None | Unset = UNSET
    terms_of_solution_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        campaign_code: str | None | Unset = UNSET,
        consignor_id: str | None | Unset = UNSET,
        consignor_name: str | None | Unset = UNSET,
        count: float | None | Unset = UNSET,
        currency: ProductModelCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        max_quantity: int | None | Unset = UNSET,
        price: float | None | Unset = UNSET,
        price_by_quantity_list: Sequence[PriceByQuantity | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        product_code: str | None | Unset = UNSET,
        product_info_url: str | None | Unset = UNSET,
        product_name: str | None | Unset = UNSET,
        product_type: ProductModelProductType
        | Literal["sim", "lora", "sigfox", "network_module", "misc"]
        | None
        | Unset = UNSET,
        properties: ProductModelProperties | Mapping[str, Any] | None | Unset = UNSET,
        regular_price: float | None | Unset = UNSET,
        tax_included_price: float | None | Unset = UNSET,
        tax_included_regular_price: float | None | Unset = UNSET,
        terms_of_consignor_url: str | None | Unset = UNSET,
        terms_of_solution_name: str | None | Unset = UNSET,
        terms_of_solution_url: str | None | Unset = UNSET,
    ) -> None:
        self.campaign_code = campaign_code
        self.consignor_id = consignor_id
        self.consignor_name = consignor_name
        self.count = count
        self.currency = as_enum(currency, ProductModelCurrency, "ProductModel", "currency")
        self.description = description
        self.max_quantity = max_quantity
        self.price = price
        self.price_by_quantity_list = as_models(
            price_by_quantity_list, PriceByQuantity, "ProductModel", "price_by_quantity_list"
        )
        self.product_code = product_code
        self.product_info_url = product_info_url
        self.product_name = product_name
        self.product_type = as_enum(
            product_type, ProductModelProductType, "ProductModel", "product_type"
        )
        self.properties = as_model(properties, ProductModelProperties, "ProductModel", "properties")
        self.regular_price = regular_price
        self.tax_included_price = tax_included_price
        self.tax_included_regular_price = tax_included_regular_price
        self.terms_of_consignor_url = terms_of_consignor_url
        self.terms_of_solution_name = terms_of_solution_name
        self.terms_of_solution_url = terms_of_solution_url
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"campaign_code={self.campaign_code!r}, "
            f"consignor_id={self.consignor_id!r}, "
            f"consignor_name={self.consignor_name!r}, "
            f"count={self.count!r}, "
            f"currency={self.currency!r}, "
            f"description={self.description!r}, "
            f"max_quantity={self.max_quantity!r}, "
            f"price={self.price!r}, "
            f"price_by_quantity_list={self.price_by_quantity_list!r}, "
            f"product_code={self.product_code!r}, "
            f"product_info_url={self.product_info_url!r}, "
            f"product_name={self.product_name!r}, "
            f"product_type={self.product_type!r}, "
            f"properties={self.properties!r}, "
            f"regular_price={self.regular_price!r}, "
            f"tax_included_price={self.tax_included_price!r}, "
            f"tax_included_regular_price={self.tax_included_regular_price!r}, "
            f"terms_of_consignor_url={self.terms_of_consignor_url!r}, "
            f"terms_of_solution_name={self.terms_of_solution_name!r}, "
            f"terms_of_solution_url={self.terms_of_solution_url!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ProductModel):
            return NotImplemented
        return (
            self.campaign_code,
            self.consignor_id,
            self.consignor_name,
            self.count,
            self.currency,
            self.description,
            self.max_quantity,
            self.price,
            self.price_by_quantity_list,
            self.product_code,
            self.product_info_url,
            self.product_name,
            self.product_type,
            self.properties,
            self.regular_price,
            self.tax_included_price,
            self.tax_included_regular_price,
            self.terms_of_consignor_url,
            self.terms_of_solution_name,
            self.terms_of_solution_url,
            self.additional_properties,
        ) == (
            other.campaign_code,
            other.consignor_id,
            other.consignor_name,
            other.count,
            other.currency,
            other.description,
            other.max_quantity,
            other.price,
            other.price_by_quantity_list,
            other.product_code,
            other.product_info_url,
            other.product_name,
            other.product_type,
            other.properties,
            other.regular_price,
            other.tax_included_price,
            other.tax_included_regular_price,
            other.terms_of_consignor_url,
            other.terms_of_solution_name,
            other.terms_of_solution_url,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        campaign_code = self.campaign_code

        consignor_id = self.consignor_id

        consignor_name = self.consignor_name

        count = self.count

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        description = self.description

        max_quantity = self.max_quantity

        price = self.price

        price_by_quantity_list: list[dict[str, Any]] | None | Unset
        if self.price_by_quantity_list is None or self.price_by_quantity_list is UNSET:
            price_by_quantity_list = self.price_by_quantity_list
        else:
            price_by_quantity_list = []
            for price_by_quantity_list_item_data in self.price_by_quantity_list:
                price_by_quantity_list_item = price_by_quantity_list_item_data.to_dict()

                price_by_quantity_list.append(price_by_quantity_list_item)

        product_code = self.product_code

        product_info_url = self.product_info_url

        product_name = self.product_name

        product_type: str | None | Unset
        if self.product_type is None or self.product_type is UNSET:
            product_type = self.product_type
        else:
            product_type = str(self.product_type)

        properties: dict[str, Any] | None | Unset
        if self.properties is None or self.properties is UNSET:
            properties = self.properties
        else:
            properties = self.properties.to_dict()

        regular_price = self.regular_price

        tax_included_price = self.tax_included_price

        tax_included_regular_price = self.tax_included_regular_price

        terms_of_consignor_url = self.terms_of_consignor_url

        terms_of_solution_name = self.terms_of_solution_name

        terms_of_solution_url = self.terms_of_solution_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_code is not UNSET:
            field_dict["campaignCode"] = campaign_code
        if consignor_id is not UNSET:
            field_dict["consignorId"] = consignor_id
        if consignor_name is not UNSET:
            field_dict["consignorName"] = consignor_name
        if count is not UNSET:
            field_dict["count"] = count
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if max_quantity is not UNSET:
            field_dict["maxQuantity"] = max_quantity
        if price is not UNSET:
            field_dict["price"] = price
        if price_by_quantity_list is not UNSET:
            field_dict["priceByQuantityList"] = price_by_quantity_list
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if product_info_url is not UNSET:
            field_dict["productInfoURL"] = product_info_url
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if properties is not UNSET:
            field_dict["properties"] = properties
        if regular_price is not UNSET:
            field_dict["regularPrice"] = regular_price
        if tax_included_price is not UNSET:
            field_dict["taxIncludedPrice"] = tax_included_price
        if tax_included_regular_price is not UNSET:
            field_dict["taxIncludedRegularPrice"] = tax_included_regular_price
        if terms_of_consignor_url is not UNSET:
            field_dict["termsOfConsignorURL"] = terms_of_consignor_url
        if terms_of_solution_name is not UNSET:
            field_dict["termsOfSolutionName"] = terms_of_solution_name
        if terms_of_solution_url is not UNSET:
            field_dict["termsOfSolutionURL"] = terms_of_solution_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        campaign_code = d.pop("campaignCode", UNSET)

        consignor_id = d.pop("consignorId", UNSET)

        consignor_name = d.pop("consignorName", UNSET)

        count = d.pop("count", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: ProductModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_ProductModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = ProductModelCurrency(_currency)

        description = d.pop("description", UNSET)

        max_quantity = d.pop("maxQuantity", UNSET)

        price = d.pop("price", UNSET)

        _price_by_quantity_list = d.pop("priceByQuantityList", UNSET)
        price_by_quantity_list: list[PriceByQuantity] | None | Unset
        if _price_by_quantity_list is None or _price_by_quantity_list is UNSET:
            price_by_quantity_list = _price_by_quantity_list
        elif not isinstance(_price_by_quantity_list, list):
            raise wrong_shape("priceByQuantityList", "a JSON array", _price_by_quantity_list)
        else:
            price_by_quantity_list = [
                _from_dict_PriceByQuantity(v) for v in _price_by_quantity_list
            ]

        product_code = d.pop("productCode", UNSET)

        product_info_url = d.pop("productInfoURL", UNSET)

        product_name = d.pop("productName", UNSET)

        _product_type = d.pop("productType", UNSET)
        product_type: ProductModelProductType | None | Unset
        if _product_type is None or _product_type is UNSET:
            product_type = _product_type
        else:
            try:
                product_type = _by_value_ProductModelProductType[_product_type]
            except (KeyError, TypeError):
                product_type = ProductModelProductType(_product_type)

        _properties = d.pop("properties", UNSET)
        properties: ProductModelProperties | None | Unset
        if _properties is None or _properties is UNSET:
            properties = _properties
        else:
            properties = _from_dict_ProductModelProperties(_properties)

        regular_price = d.pop("regularPrice", UNSET)

        tax_included_price = d.pop("taxIncludedPrice", UNSET)

        tax_included_regular_price = d.pop("taxIncludedRegularPrice", UNSET)

        terms_of_consignor_url = d.pop("termsOfConsignorURL", UNSET)

        terms_of_solution_name = d.pop("termsOfSolutionName", UNSET)

        terms_of_solution_url = d.pop("termsOfSolutionURL", UNSET)

        _self = cls.__new__(cls)
        _self.campaign_code = campaign_code
        _self.consignor_id = consignor_id
        _self.consignor_name = consignor_name
        _self.count = count
        _self.currency = currency
        _self.description = description
        _self.max_quantity = max_quantity
        _self.price = price
        _self.price_by_quantity_list = price_by_quantity_list
        _self.product_code = product_code
        _self.product_info_url = product_info_url
        _self.product_name = product_name
        _self.product_type = product_type
        _self.properties = properties
        _self.regular_price = regular_price
        _self.tax_included_price = tax_included_price
        _self.tax_included_regular_price = tax_included_regular_price
        _self.terms_of_consignor_url = terms_of_consignor_url
        _self.terms_of_solution_name = terms_of_solution_name
        _self.terms_of_solution_url = terms_of_solution_url
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
from ..models.price_by_quantity import PriceByQuantity  # noqa: E402
from ..models.product_model_properties import ProductModelProperties  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ProductModelCurrency = ProductModelCurrency._value2member_map_
_by_value_ProductModelProductType = ProductModelProductType._value2member_map_
_from_dict_PriceByQuantity = PriceByQuantity.from_dict
_from_dict_ProductModelProperties = ProductModelProperties.from_dict
