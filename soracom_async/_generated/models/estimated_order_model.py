from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimated_order_model_currency import EstimatedOrderModelCurrency
from ..types import UNSET, Unset, as_enum, as_model, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.estimated_order_item_model import EstimatedOrderItemModel
    from ..models.shipping_address_model import ShippingAddressModel
    from ..models.shipping_option_of_expedited_shipping import ShippingOptionOfExpeditedShipping
    from ..models.shipping_option_of_nekopos import ShippingOptionOfNekopos


T = TypeVar("T", bound="EstimatedOrderModel")


@_attrs_define(init=False, repr=False, eq=False)
class EstimatedOrderModel:
    """
    Attributes:
        applied_shipping_options (list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset):
            Applied shipping options.
        balance_due (float | None | Unset): Balance due.
        contains_tax_included_amounts (bool | None | Unset): Contains tax included amounts.
        currency (EstimatedOrderModelCurrency | None | Unset): Currency.
        email (str | None | Unset): Email address.
        order_channel (str | None | Unset): Order channel.
        order_id (str | None | Unset): Order ID.
        order_item_list (list[EstimatedOrderItemModel] | None | Unset): Order item list.
        preferred_delivery_date (str | None | Unset): Preferred delivery date.
        purchase_order_number (str | None | Unset): Purchase order number.
        shipping_address (ShippingAddressModel | None | Unset): Shipping address.
        shipping_address_id (str | None | Unset): Shipping address ID.
        shipping_cost (float | None | Unset): Shipping cost.
        tax_amount (float | None | Unset): Tax amount.
        tax_included_in_shipping_cost (float | None | Unset): Tax included in shipping cost.
        tax_on_shipping_cost (bool | None | Unset): Whether shipping cost is taxable.
        total_amount (float | None | Unset): Total amount.
        withholding_tax_amount (float | None | Unset): Withholding tax amount.
    """

    applied_shipping_options: (
        list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset
    ) = UNSET
    balance_due: float | None | Unset = UNSET
    contains_tax_included_amounts: bool | None | Unset = UNSET
    currency: EstimatedOrderModelCurrency | None | Unset = UNSET
    email: str | None | Unset = UNSET
    order_channel: str | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    order_item_list: list[EstimatedOrderItemModel] | None | Unset = UNSET
    preferred_delivery_date: str | None | Unset = UNSET
    purchase_order_number: str | None | Unset = UNSET
    shipping_address: ShippingAddressModel | None | Unset = UNSET
    shipping_address_id: str | None | Unset = UNSET
    shipping_cost: float | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    tax_included_in_shipping_cost: float | None | Unset = UNSET
    tax_on_shipping_cost: bool | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    withholding_tax_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        applied_shipping_options: list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos]
        | None
        | Unset = UNSET,
        balance_due: float | None | Unset = UNSET,
        contains_tax_included_amounts: bool | None | Unset = UNSET,
        currency: EstimatedOrderModelCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        order_channel: str | None | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        order_item_list: Sequence[EstimatedOrderItemModel | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        preferred_delivery_date: str | None | Unset = UNSET,
        purchase_order_number: str | None | Unset = UNSET,
        shipping_address: ShippingAddressModel | Mapping[str, Any] | None | Unset = UNSET,
        shipping_address_id: str | None | Unset = UNSET,
        shipping_cost: float | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        tax_included_in_shipping_cost: float | None | Unset = UNSET,
        tax_on_shipping_cost: bool | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
        withholding_tax_amount: float | None | Unset = UNSET,
    ) -> None:
        self.applied_shipping_options = applied_shipping_options
        self.balance_due = balance_due
        self.contains_tax_included_amounts = contains_tax_included_amounts
        self.currency = as_enum(
            currency, EstimatedOrderModelCurrency, "EstimatedOrderModel", "currency"
        )
        self.email = email
        self.order_channel = order_channel
        self.order_id = order_id
        self.order_item_list = as_models(
            order_item_list, EstimatedOrderItemModel, "EstimatedOrderModel", "order_item_list"
        )
        self.preferred_delivery_date = preferred_delivery_date
        self.purchase_order_number = purchase_order_number
        self.shipping_address = as_model(
            shipping_address, ShippingAddressModel, "EstimatedOrderModel", "shipping_address"
        )
        self.shipping_address_id = shipping_address_id
        self.shipping_cost = shipping_cost
        self.tax_amount = tax_amount
        self.tax_included_in_shipping_cost = tax_included_in_shipping_cost
        self.tax_on_shipping_cost = tax_on_shipping_cost
        self.total_amount = total_amount
        self.withholding_tax_amount = withholding_tax_amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"applied_shipping_options={self.applied_shipping_options!r}, "
            f"balance_due={self.balance_due!r}, "
            f"contains_tax_included_amounts={self.contains_tax_included_amounts!r}, "
            f"currency={self.currency!r}, "
            f"email={self.email!r}, "
            f"order_channel={self.order_channel!r}, "
            f"order_id={self.order_id!r}, "
            f"order_item_list={self.order_item_list!r}, "
            f"preferred_delivery_date={self.preferred_delivery_date!r}, "
            f"purchase_order_number={self.purchase_order_number!r}, "
            f"shipping_address={self.shipping_address!r}, "
            f"shipping_address_id={self.shipping_address_id!r}, "
            f"shipping_cost={self.shipping_cost!r}, "
            f"tax_amount={self.tax_amount!r}, "
            f"tax_included_in_shipping_cost={self.tax_included_in_shipping_cost!r}, "
            f"tax_on_shipping_cost={self.tax_on_shipping_cost!r}, "
            f"total_amount={self.total_amount!r}, "
            f"withholding_tax_amount={self.withholding_tax_amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EstimatedOrderModel):
            return NotImplemented
        return (
            self.applied_shipping_options,
            self.balance_due,
            self.contains_tax_included_amounts,
            self.currency,
            self.email,
            self.order_channel,
            self.order_id,
            self.order_item_list,
            self.preferred_delivery_date,
            self.purchase_order_number,
            self.shipping_address,
            self.shipping_address_id,
            self.shipping_cost,
            self.tax_amount,
            self.tax_included_in_shipping_cost,
            self.tax_on_shipping_cost,
            self.total_amount,
            self.withholding_tax_amount,
            self.additional_properties,
        ) == (
            other.applied_shipping_options,
            other.balance_due,
            other.contains_tax_included_amounts,
            other.currency,
            other.email,
            other.order_channel,
            other.order_id,
            other.order_item_list,
            other.preferred_delivery_date,
            other.purchase_order_number,
            other.shipping_address,
            other.shipping_address_id,
            other.shipping_cost,
            other.tax_amount,
            other.tax_included_in_shipping_cost,
            other.tax_on_shipping_cost,
            other.total_amount,
            other.withholding_tax_amount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        applied_shipping_options: list[dict[str, Any]] | None | Unset
        if self.applied_shipping_options is None or self.applied_shipping_options is UNSET:
            applied_shipping_options = self.applied_shipping_options
        else:
            applied_shipping_options = []
            for applied_shipping_options_item_data in self.applied_shipping_options:
                applied_shipping_options_item: dict[str, Any]
                if isinstance(applied_shipping_options_item_data, ShippingOptionOfNekopos):
                    applied_shipping_options_item = applied_shipping_options_item_data.to_dict()

                else:
                    applied_shipping_options_item = applied_shipping_options_item_data.to_dict()

                applied_shipping_options.append(applied_shipping_options_item)

        balance_due = self.balance_due

        contains_tax_included_amounts = self.contains_tax_included_amounts

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        email = self.email

        order_channel = self.order_channel

        order_id = self.order_id

        order_item_list: list[dict[str, Any]] | None | Unset
        if self.order_item_list is None or self.order_item_list is UNSET:
            order_item_list = self.order_item_list
        else:
            order_item_list = []
            for order_item_list_item_data in self.order_item_list:
                order_item_list_item = order_item_list_item_data.to_dict()

                order_item_list.append(order_item_list_item)

        preferred_delivery_date = self.preferred_delivery_date

        purchase_order_number = self.purchase_order_number

        shipping_address: dict[str, Any] | None | Unset
        if self.shipping_address is None or self.shipping_address is UNSET:
            shipping_address = self.shipping_address
        else:
            shipping_address = self.shipping_address.to_dict()

        shipping_address_id = self.shipping_address_id

        shipping_cost = self.shipping_cost

        tax_amount = self.tax_amount

        tax_included_in_shipping_cost = self.tax_included_in_shipping_cost

        tax_on_shipping_cost = self.tax_on_shipping_cost

        total_amount = self.total_amount

        withholding_tax_amount = self.withholding_tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied_shipping_options is not UNSET:
            field_dict["appliedShippingOptions"] = applied_shipping_options
        if balance_due is not UNSET:
            field_dict["balanceDue"] = balance_due
        if contains_tax_included_amounts is not UNSET:
            field_dict["containsTaxIncludedAmounts"] = contains_tax_included_amounts
        if currency is not UNSET:
            field_dict["currency"] = currency
        if email is not UNSET:
            field_dict["email"] = email
        if order_channel is not UNSET:
            field_dict["orderChannel"] = order_channel
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_item_list is not UNSET:
            field_dict["orderItemList"] = order_item_list
        if preferred_delivery_date is not UNSET:
            field_dict["preferredDeliveryDate"] = preferred_delivery_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if shipping_cost is not UNSET:
            field_dict["shippingCost"] = shipping_cost
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_included_in_shipping_cost is not UNSET:
            field_dict["taxIncludedInShippingCost"] = tax_included_in_shipping_cost
        if tax_on_shipping_cost is not UNSET:
            field_dict["taxOnShippingCost"] = tax_on_shipping_cost
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if withholding_tax_amount is not UNSET:
            field_dict["withholdingTaxAmount"] = withholding_tax_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _applied_shipping_options = d.pop("appliedShippingOptions", UNSET)
        applied_shipping_options: (
            list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset
        )
        if _applied_shipping_options is None or _applied_shipping_options is UNSET:
            applied_shipping_options = _applied_shipping_options
        elif not isinstance(_applied_shipping_options, list):
            raise wrong_shape("appliedShippingOptions", "a JSON array", _applied_shipping_options)
        else:
            applied_shipping_options = []
            for applied_shipping_options_item_data in _applied_shipping_options:

                def _parse_applied_shipping_options_item(
                    data: object,
                ) -> ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        applied_shipping_options_item_type_0 = _from_dict_ShippingOptionOfNekopos(
                            data
                        )

                        return applied_shipping_options_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    applied_shipping_options_item_type_1 = (
                        _from_dict_ShippingOptionOfExpeditedShipping(data)
                    )

                    return applied_shipping_options_item_type_1

                applied_shipping_options_item = _parse_applied_shipping_options_item(
                    applied_shipping_options_item_data
                )

                applied_shipping_options.append(applied_shipping_options_item)

        balance_due = d.pop("balanceDue", UNSET)

        contains_tax_included_amounts = d.pop("containsTaxIncludedAmounts", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: EstimatedOrderModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_EstimatedOrderModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = EstimatedOrderModelCurrency(_currency)

        email = d.pop("email", UNSET)

        order_channel = d.pop("orderChannel", UNSET)

        order_id = d.pop("orderId", UNSET)

        _order_item_list = d.pop("orderItemList", UNSET)
        order_item_list: list[EstimatedOrderItemModel] | None | Unset
        if _order_item_list is None or _order_item_list is UNSET:
            order_item_list = _order_item_list
        elif not isinstance(_order_item_list, list):
            raise wrong_shape("orderItemList", "a JSON array", _order_item_list)
        else:
            order_item_list = [_from_dict_EstimatedOrderItemModel(v) for v in _order_item_list]

        preferred_delivery_date = d.pop("preferredDeliveryDate", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: ShippingAddressModel | None | Unset
        if _shipping_address is None or _shipping_address is UNSET:
            shipping_address = _shipping_address
        else:
            shipping_address = _from_dict_ShippingAddressModel(_shipping_address)

        shipping_address_id = d.pop("shippingAddressId", UNSET)

        shipping_cost = d.pop("shippingCost", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        tax_included_in_shipping_cost = d.pop("taxIncludedInShippingCost", UNSET)

        tax_on_shipping_cost = d.pop("taxOnShippingCost", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        withholding_tax_amount = d.pop("withholdingTaxAmount", UNSET)

        _self = cls.__new__(cls)
        _self.applied_shipping_options = applied_shipping_options
        _self.balance_due = balance_due
        _self.contains_tax_included_amounts = contains_tax_included_amounts
        _self.currency = currency
        _self.email = email
        _self.order_channel = order_channel
        _self.order_id = order_id
        _self.order_item_list = order_item_list
        _self.preferred_delivery_date = preferred_delivery_date
        _self.purchase_order_number = purchase_order_number
        _self.shipping_address = shipping_address
        _self.shipping_address_id = shipping_address_id
        _self.shipping_cost = shipping_cost
        _self.tax_amount = tax_amount
        _self.tax_included_in_shipping_cost = tax_included_in_shipping_cost
        _self.tax_on_shipping_cost = tax_on_shipping_cost
        _self.total_amount = total_amount
        _self.withholding_tax_amount = withholding_tax_amount
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
from ..models.estimated_order_item_model import EstimatedOrderItemModel  # noqa: E402
from ..models.shipping_address_model import ShippingAddressModel  # noqa: E402
from ..models.shipping_option_of_expedited_shipping import ShippingOptionOfExpeditedShipping  # noqa: E402
from ..models.shipping_option_of_nekopos import ShippingOptionOfNekopos  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_EstimatedOrderModelCurrency = EstimatedOrderModelCurrency._value2member_map_
_from_dict_EstimatedOrderItemModel = EstimatedOrderItemModel.from_dict
_from_dict_ShippingAddressModel = ShippingAddressModel.from_dict
_from_dict_ShippingOptionOfExpeditedShipping = ShippingOptionOfExpeditedShipping.from_dict
_from_dict_ShippingOptionOfNekopos = ShippingOptionOfNekopos.from_dict
