from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_order_response_currency import GetOrderResponseCurrency
from ..models.get_order_response_order_status import GetOrderResponseOrderStatus
from ..models.get_order_response_payment_status import GetOrderResponsePaymentStatus
from ..types import UNSET, Unset, as_enum, as_model, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.estimated_order_item_model import EstimatedOrderItemModel
    from ..models.get_order_response_applied_shipping_options_item import (
        GetOrderResponseAppliedShippingOptionsItem,
    )
    from ..models.resource_initial_setting import ResourceInitialSetting
    from ..models.shipping_address_model import ShippingAddressModel
    from ..models.shipping_label_detail import ShippingLabelDetail


T = TypeVar("T", bound="GetOrderResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetOrderResponse:
    """
    Attributes:
        order_id (str): Order ID.
        applied_shipping_options (list[GetOrderResponseAppliedShippingOptionsItem] | None | Unset): Applied shipping
            options.
        balance_due (float | None | Unset): Balance due.
        contains_tax_included_amounts (bool | None | Unset):
        currency (GetOrderResponseCurrency | None | Unset): Currency.
        email (str | None | Unset): Email address.
        order_channel (str | None | Unset): Order channel.
        order_date_time (str | None | Unset): Order date and time (yyyyMMddHHmmss).
        order_item_list (list[EstimatedOrderItemModel] | None | Unset): Order item list.
        order_status (GetOrderResponseOrderStatus | None | Unset): Order status. For details, please refer to [Where is
            my order?](https://support.soracom.io/hc/en-us/articles/19543496440345).

            - `orderProcessing`: New order (pending payment).
            - `ordering`: New order (payment in progress).
            - `ordered`: New order (payment completed).
            - `kitting`: Preparing shipment.
            - `shipped`: Shipped.
            - `receiving`: Receiving.
            - `received`: Received.
            - `cancelling`: Cancelling.
            - `cancelled`: Cancelled.
            - `failed`: Failed.
        payment_status (GetOrderResponsePaymentStatus | None | Unset): Latest payment status. For details, please refer
            to [Payment status of usage charges](https://support.soracom.io/hc/en-us/articles/360029337031).

            - `lessThanMinimumCharge`: Will be billed in the next month or later. (due to less than minimum charge.)
            - `paying`: Payment in progress.
            - `paid`: Paid.
            - `fail`: Process failed.
            - `refunding`: Refund in progress.
            - `refunded`: Refunded.
            - `refund_fail`: Refund failed.
            - `delegating_to_third_party`: Delegating receivables.
            - `delegated_to_third_party`: Delegated.
            - `charging`: Charging in progress.
            - `canceling`: Canceling.
            - `cancelled`: Cancelled.
            - `cancel_failed`: Failed to cancel.
        preferred_delivery_date (str | None | Unset): Preferred delivery date.
        purchase_order_number (str | None | Unset): Purchase order number.
        resource_initial_setting (ResourceInitialSetting | None | Unset): Initial setting for the resource.
        shipping_address (ShippingAddressModel | None | Unset): Shipping address.
        shipping_address_id (str | None | Unset): Shipping address ID.
        shipping_cost (float | None | Unset): Shipping cost.
        shipping_date_time (str | None | Unset): Shipping date and time (yyyyMMddHHmmss). Example: 20231004123456.
        shipping_label_details (list[ShippingLabelDetail] | None | Unset): Shipping label details.
        shipping_label_number (str | None | Unset): Shipping label number (representative). Example: 0000-1111-2222.
        shipping_label_numbers (list[str] | None | Unset): Shipping label numbers. Example: ['0000-1111-2222'].
        tax_amount (float | None | Unset): Tax amount.
        tax_included_in_shipping_cost (float | None | Unset): Tax included in shipping cost.
        tax_on_shipping_cost (bool | None | Unset): Whether shipping cost is taxable.
        total_amount (float | None | Unset): Total amount.
        withholding_tax_amount (float | None | Unset): Withholding tax amount.
    """

    order_id: str
    applied_shipping_options: list[GetOrderResponseAppliedShippingOptionsItem] | None | Unset = (
        UNSET
    )
    balance_due: float | None | Unset = UNSET
    contains_tax_included_amounts: bool | None | Unset = UNSET
    currency: GetOrderResponseCurrency | None | Unset = UNSET
    email: str | None | Unset = UNSET
    order_channel: str | None | Unset = UNSET
    order_date_time: str | None | Unset = UNSET
    order_item_list: list[EstimatedOrderItemModel] | None | Unset = UNSET
    order_status: GetOrderResponseOrderStatus | None | Unset = UNSET
    payment_status: GetOrderResponsePaymentStatus | None | Unset = UNSET
    preferred_delivery_date: str | None | Unset = UNSET
    purchase_order_number: str | None | Unset = UNSET
    resource_initial_setting: ResourceInitialSetting | None | Unset = UNSET
    shipping_address: ShippingAddressModel | None | Unset = UNSET
    shipping_address_id: str | None | Unset = UNSET
    shipping_cost: float | None | Unset = UNSET
    shipping_date_time: str | None | Unset = UNSET
    shipping_label_details: list[ShippingLabelDetail] | None | Unset = UNSET
    shipping_label_number: str | None | Unset = UNSET
    shipping_label_numbers: list[str] | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    tax_included_in_shipping_cost: float | None | Unset = UNSET
    tax_on_shipping_cost: bool | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    withholding_tax_amount: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        order_id: str,
        applied_shipping_options: Sequence[
            GetOrderResponseAppliedShippingOptionsItem | Mapping[str, Any]
        ]
        | None
        | Unset = UNSET,
        balance_due: float | None | Unset = UNSET,
        contains_tax_included_amounts: bool | None | Unset = UNSET,
        currency: GetOrderResponseCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        order_channel: str | None | Unset = UNSET,
        order_date_time: str | None | Unset = UNSET,
        order_item_list: Sequence[EstimatedOrderItemModel | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        order_status: GetOrderResponseOrderStatus
        | Literal[
            "orderProcessing",
            "ordering",
            "ordered",
            "kitting",
            "shipped",
            "receiving",
            "received",
            "cancelling",
            "cancelled",
            "failed",
        ]
        | None
        | Unset = UNSET,
        payment_status: GetOrderResponsePaymentStatus
        | Literal[
            "lessThanMinimumCharge",
            "paying",
            "paid",
            "fail",
            "refunding",
            "refunded",
            "refund_fail",
            "delegating_to_third_party",
            "delegated_to_third_party",
            "charging",
            "canceling",
            "cancelled",
            "cancel_failed",
        ]
        | None
        | Unset = UNSET,
        preferred_delivery_date: str | None | Unset = UNSET,
        purchase_order_number: str | None | Unset = UNSET,
        resource_initial_setting: ResourceInitialSetting | Mapping[str, Any] | None | Unset = UNSET,
        shipping_address: ShippingAddressModel | Mapping[str, Any] | None | Unset = UNSET,
        shipping_address_id: str | None | Unset = UNSET,
        shipping_cost: float | None | Unset = UNSET,
        shipping_date_time: str | None | Unset = UNSET,
        shipping_label_details: Sequence[ShippingLabelDetail | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        shipping_label_number: str | None | Unset = UNSET,
        shipping_label_numbers: list[str] | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        tax_included_in_shipping_cost: float | None | Unset = UNSET,
        tax_on_shipping_cost: bool | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
        withholding_tax_amount: float | None | Unset = UNSET,
    ) -> None:
        self.order_id = order_id
        self.applied_shipping_options = as_models(
            applied_shipping_options,
            GetOrderResponseAppliedShippingOptionsItem,
            "GetOrderResponse",
            "applied_shipping_options",
        )
        self.balance_due = balance_due
        self.contains_tax_included_amounts = contains_tax_included_amounts
        self.currency = as_enum(currency, GetOrderResponseCurrency, "GetOrderResponse", "currency")
        self.email = email
        self.order_channel = order_channel
        self.order_date_time = order_date_time
        self.order_item_list = as_models(
            order_item_list, EstimatedOrderItemModel, "GetOrderResponse", "order_item_list"
        )
        self.order_status = as_enum(
            order_status, GetOrderResponseOrderStatus, "GetOrderResponse", "order_status"
        )
        self.payment_status = as_enum(
            payment_status, GetOrderResponsePaymentStatus, "GetOrderResponse", "payment_status"
        )
        self.preferred_delivery_date = preferred_delivery_date
        self.purchase_order_number = purchase_order_number
        self.resource_initial_setting = as_model(
            resource_initial_setting,
            ResourceInitialSetting,
            "GetOrderResponse",
            "resource_initial_setting",
        )
        self.shipping_address = as_model(
            shipping_address, ShippingAddressModel, "GetOrderResponse", "shipping_address"
        )
        self.shipping_address_id = shipping_address_id
        self.shipping_cost = shipping_cost
        self.shipping_date_time = shipping_date_time
        self.shipping_label_details = as_models(
            shipping_label_details,
            ShippingLabelDetail,
            "GetOrderResponse",
            "shipping_label_details",
        )
        self.shipping_label_number = shipping_label_number
        self.shipping_label_numbers = shipping_label_numbers
        self.tax_amount = tax_amount
        self.tax_included_in_shipping_cost = tax_included_in_shipping_cost
        self.tax_on_shipping_cost = tax_on_shipping_cost
        self.total_amount = total_amount
        self.withholding_tax_amount = withholding_tax_amount
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"order_id={self.order_id!r}, "
            f"applied_shipping_options={self.applied_shipping_options!r}, "
            f"balance_due={self.balance_due!r}, "
            f"contains_tax_included_amounts={self.contains_tax_included_amounts!r}, "
            f"currency={self.currency!r}, "
            f"email={self.email!r}, "
            f"order_channel={self.order_channel!r}, "
            f"order_date_time={self.order_date_time!r}, "
            f"order_item_list={self.order_item_list!r}, "
            f"order_status={self.order_status!r}, "
            f"payment_status={self.payment_status!r}, "
            f"preferred_delivery_date={self.preferred_delivery_date!r}, "
            f"purchase_order_number={self.purchase_order_number!r}, "
            f"resource_initial_setting={self.resource_initial_setting!r}, "
            f"shipping_address={self.shipping_address!r}, "
            f"shipping_address_id={self.shipping_address_id!r}, "
            f"shipping_cost={self.shipping_cost!r}, "
            f"shipping_date_time={self.shipping_date_time!r}, "
            f"shipping_label_details={self.shipping_label_details!r}, "
            f"shipping_label_number={self.shipping_label_number!r}, "
            f"shipping_label_numbers={self.shipping_label_numbers!r}, "
            f"tax_amount={self.tax_amount!r}, "
            f"tax_included_in_shipping_cost={self.tax_included_in_shipping_cost!r}, "
            f"tax_on_shipping_cost={self.tax_on_shipping_cost!r}, "
            f"total_amount={self.total_amount!r}, "
            f"withholding_tax_amount={self.withholding_tax_amount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GetOrderResponse):
            return NotImplemented
        return (
            self.order_id,
            self.applied_shipping_options,
            self.balance_due,
            self.contains_tax_included_amounts,
            self.currency,
            self.email,
            self.order_channel,
            self.order_date_time,
            self.order_item_list,
            self.order_status,
            self.payment_status,
            self.preferred_delivery_date,
            self.purchase_order_number,
            self.resource_initial_setting,
            self.shipping_address,
            self.shipping_address_id,
            self.shipping_cost,
            self.shipping_date_time,
            self.shipping_label_details,
            self.shipping_label_number,
            self.shipping_label_numbers,
            self.tax_amount,
            self.tax_included_in_shipping_cost,
            self.tax_on_shipping_cost,
            self.total_amount,
            self.withholding_tax_amount,
            self.additional_properties,
        ) == (
            other.order_id,
            other.applied_shipping_options,
            other.balance_due,
            other.contains_tax_included_amounts,
            other.currency,
            other.email,
            other.order_channel,
            other.order_date_time,
            other.order_item_list,
            other.order_status,
            other.payment_status,
            other.preferred_delivery_date,
            other.purchase_order_number,
            other.resource_initial_setting,
            other.shipping_address,
            other.shipping_address_id,
            other.shipping_cost,
            other.shipping_date_time,
            other.shipping_label_details,
            other.shipping_label_number,
            other.shipping_label_numbers,
            other.tax_amount,
            other.tax_included_in_shipping_cost,
            other.tax_on_shipping_cost,
            other.total_amount,
            other.withholding_tax_amount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        applied_shipping_options: list[dict[str, Any]] | None | Unset
        if self.applied_shipping_options is None or self.applied_shipping_options is UNSET:
            applied_shipping_options = self.applied_shipping_options
        else:
            applied_shipping_options = []
            for applied_shipping_options_item_data in self.applied_shipping_options:
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

        order_date_time = self.order_date_time

        order_item_list: list[dict[str, Any]] | None | Unset
        if self.order_item_list is None or self.order_item_list is UNSET:
            order_item_list = self.order_item_list
        else:
            order_item_list = []
            for order_item_list_item_data in self.order_item_list:
                order_item_list_item = order_item_list_item_data.to_dict()

                order_item_list.append(order_item_list_item)

        order_status: str | None | Unset
        if self.order_status is None or self.order_status is UNSET:
            order_status = self.order_status
        else:
            order_status = str(self.order_status)

        payment_status: str | None | Unset
        if self.payment_status is None or self.payment_status is UNSET:
            payment_status = self.payment_status
        else:
            payment_status = str(self.payment_status)

        preferred_delivery_date = self.preferred_delivery_date

        purchase_order_number = self.purchase_order_number

        resource_initial_setting: dict[str, Any] | None | Unset
        if self.resource_initial_setting is None or self.resource_initial_setting is UNSET:
            resource_initial_setting = self.resource_initial_setting
        else:
            resource_initial_setting = self.resource_initial_setting.to_dict()

        shipping_address: dict[str, Any] | None | Unset
        if self.shipping_address is None or self.shipping_address is UNSET:
            shipping_address = self.shipping_address
        else:
            shipping_address = self.shipping_address.to_dict()

        shipping_address_id = self.shipping_address_id

        shipping_cost = self.shipping_cost

        shipping_date_time = self.shipping_date_time

        shipping_label_details: list[dict[str, Any]] | None | Unset
        if self.shipping_label_details is None or self.shipping_label_details is UNSET:
            shipping_label_details = self.shipping_label_details
        else:
            shipping_label_details = []
            for shipping_label_details_item_data in self.shipping_label_details:
                shipping_label_details_item = shipping_label_details_item_data.to_dict()

                shipping_label_details.append(shipping_label_details_item)

        shipping_label_number = self.shipping_label_number

        shipping_label_numbers: list[str] | None | Unset
        if self.shipping_label_numbers is None or self.shipping_label_numbers is UNSET:
            shipping_label_numbers = self.shipping_label_numbers
        else:
            shipping_label_numbers = self.shipping_label_numbers

        tax_amount = self.tax_amount

        tax_included_in_shipping_cost = self.tax_included_in_shipping_cost

        tax_on_shipping_cost = self.tax_on_shipping_cost

        total_amount = self.total_amount

        withholding_tax_amount = self.withholding_tax_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
            }
        )
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
        if order_date_time is not UNSET:
            field_dict["orderDateTime"] = order_date_time
        if order_item_list is not UNSET:
            field_dict["orderItemList"] = order_item_list
        if order_status is not UNSET:
            field_dict["orderStatus"] = order_status
        if payment_status is not UNSET:
            field_dict["paymentStatus"] = payment_status
        if preferred_delivery_date is not UNSET:
            field_dict["preferredDeliveryDate"] = preferred_delivery_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if resource_initial_setting is not UNSET:
            field_dict["resourceInitialSetting"] = resource_initial_setting
        if shipping_address is not UNSET:
            field_dict["shippingAddress"] = shipping_address
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if shipping_cost is not UNSET:
            field_dict["shippingCost"] = shipping_cost
        if shipping_date_time is not UNSET:
            field_dict["shippingDateTime"] = shipping_date_time
        if shipping_label_details is not UNSET:
            field_dict["shippingLabelDetails"] = shipping_label_details
        if shipping_label_number is not UNSET:
            field_dict["shippingLabelNumber"] = shipping_label_number
        if shipping_label_numbers is not UNSET:
            field_dict["shippingLabelNumbers"] = shipping_label_numbers
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
        _required_order_id = d.pop("orderId", None)
        if _required_order_id is None:
            raise missing_field(cls.__name__, "orderId")
        order_id = _required_order_id

        _applied_shipping_options = d.pop("appliedShippingOptions", UNSET)
        applied_shipping_options: list[GetOrderResponseAppliedShippingOptionsItem] | None | Unset
        if _applied_shipping_options is None or _applied_shipping_options is UNSET:
            applied_shipping_options = _applied_shipping_options
        elif not isinstance(_applied_shipping_options, list):
            raise wrong_shape("appliedShippingOptions", "a JSON array", _applied_shipping_options)
        else:
            applied_shipping_options = [
                _from_dict_GetOrderResponseAppliedShippingOptionsItem(v)
                for v in _applied_shipping_options
            ]

        balance_due = d.pop("balanceDue", UNSET)

        contains_tax_included_amounts = d.pop("containsTaxIncludedAmounts", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetOrderResponseCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_GetOrderResponseCurrency[_currency]
            except (KeyError, TypeError):
                currency = GetOrderResponseCurrency(_currency)

        email = d.pop("email", UNSET)

        order_channel = d.pop("orderChannel", UNSET)

        order_date_time = d.pop("orderDateTime", UNSET)

        _order_item_list = d.pop("orderItemList", UNSET)
        order_item_list: list[EstimatedOrderItemModel] | None | Unset
        if _order_item_list is None or _order_item_list is UNSET:
            order_item_list = _order_item_list
        elif not isinstance(_order_item_list, list):
            raise wrong_shape("orderItemList", "a JSON array", _order_item_list)
        else:
            order_item_list = [_from_dict_EstimatedOrderItemModel(v) for v in _order_item_list]

        _order_status = d.pop("orderStatus", UNSET)
        order_status: GetOrderResponseOrderStatus | None | Unset
        if _order_status is None or _order_status is UNSET:
            order_status = _order_status
        else:
            try:
                order_status = _by_value_GetOrderResponseOrderStatus[_order_status]
            except (KeyError, TypeError):
                order_status = GetOrderResponseOrderStatus(_order_status)

        _payment_status = d.pop("paymentStatus", UNSET)
        payment_status: GetOrderResponsePaymentStatus | None | Unset
        if _payment_status is None or _payment_status is UNSET:
            payment_status = _payment_status
        else:
            try:
                payment_status = _by_value_GetOrderResponsePaymentStatus[_payment_status]
            except (KeyError, TypeError):
                payment_status = GetOrderResponsePaymentStatus(_payment_status)

        preferred_delivery_date = d.pop("preferredDeliveryDate", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        _resource_initial_setting = d.pop("resourceInitialSetting", UNSET)
        resource_initial_setting: ResourceInitialSetting | None | Unset
        if _resource_initial_setting is None or _resource_initial_setting is UNSET:
            resource_initial_setting = _resource_initial_setting
        else:
            resource_initial_setting = _from_dict_ResourceInitialSetting(_resource_initial_setting)

        _shipping_address = d.pop("shippingAddress", UNSET)
        shipping_address: ShippingAddressModel | None | Unset
        if _shipping_address is None or _shipping_address is UNSET:
            shipping_address = _shipping_address
        else:
            shipping_address = _from_dict_ShippingAddressModel(_shipping_address)

        shipping_address_id = d.pop("shippingAddressId", UNSET)

        shipping_cost = d.pop("shippingCost", UNSET)

        shipping_date_time = d.pop("shippingDateTime", UNSET)

        _shipping_label_details = d.pop("shippingLabelDetails", UNSET)
        shipping_label_details: list[ShippingLabelDetail] | None | Unset
        if _shipping_label_details is None or _shipping_label_details is UNSET:
            shipping_label_details = _shipping_label_details
        elif not isinstance(_shipping_label_details, list):
            raise wrong_shape("shippingLabelDetails", "a JSON array", _shipping_label_details)
        else:
            shipping_label_details = [
                _from_dict_ShippingLabelDetail(v) for v in _shipping_label_details
            ]

        shipping_label_number = d.pop("shippingLabelNumber", UNSET)

        _shipping_label_numbers = d.pop("shippingLabelNumbers", UNSET)
        shipping_label_numbers: list[str] | None | Unset
        if _shipping_label_numbers is None or _shipping_label_numbers is UNSET:
            shipping_label_numbers = _shipping_label_numbers
        elif not isinstance(_shipping_label_numbers, list):
            raise wrong_shape("shippingLabelNumbers", "a JSON array", _shipping_label_numbers)
        else:
            shipping_label_numbers = _shipping_label_numbers

        tax_amount = d.pop("taxAmount", UNSET)

        tax_included_in_shipping_cost = d.pop("taxIncludedInShippingCost", UNSET)

        tax_on_shipping_cost = d.pop("taxOnShippingCost", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        withholding_tax_amount = d.pop("withholdingTaxAmount", UNSET)

        _self = cls.__new__(cls)
        _self.order_id = order_id
        _self.applied_shipping_options = applied_shipping_options
        _self.balance_due = balance_due
        _self.contains_tax_included_amounts = contains_tax_included_amounts
        _self.currency = currency
        _self.email = email
        _self.order_channel = order_channel
        _self.order_date_time = order_date_time
        _self.order_item_list = order_item_list
        _self.order_status = order_status
        _self.payment_status = payment_status
        _self.preferred_delivery_date = preferred_delivery_date
        _self.purchase_order_number = purchase_order_number
        _self.resource_initial_setting = resource_initial_setting
        _self.shipping_address = shipping_address
        _self.shipping_address_id = shipping_address_id
        _self.shipping_cost = shipping_cost
        _self.shipping_date_time = shipping_date_time
        _self.shipping_label_details = shipping_label_details
        _self.shipping_label_number = shipping_label_number
        _self.shipping_label_numbers = shipping_label_numbers
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
from ..models.get_order_response_applied_shipping_options_item import (
    GetOrderResponseAppliedShippingOptionsItem,  # noqa: E402
)
from ..models.resource_initial_setting import ResourceInitialSetting  # noqa: E402
from ..models.shipping_address_model import ShippingAddressModel  # noqa: E402
from ..models.shipping_label_detail import ShippingLabelDetail  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_GetOrderResponseCurrency = GetOrderResponseCurrency._value2member_map_
_by_value_GetOrderResponseOrderStatus = GetOrderResponseOrderStatus._value2member_map_
_by_value_GetOrderResponsePaymentStatus = GetOrderResponsePaymentStatus._value2member_map_
_from_dict_EstimatedOrderItemModel = EstimatedOrderItemModel.from_dict
_from_dict_GetOrderResponseAppliedShippingOptionsItem = (
    GetOrderResponseAppliedShippingOptionsItem.from_dict
)
_from_dict_ResourceInitialSetting = ResourceInitialSetting.from_dict
_from_dict_ShippingAddressModel = ShippingAddressModel.from_dict
_from_dict_ShippingLabelDetail = ShippingLabelDetail.from_dict
