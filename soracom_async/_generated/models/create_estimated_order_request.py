from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.order_item_model import OrderItemModel
    from ..models.shipping_option_of_expedited_shipping import ShippingOptionOfExpeditedShipping
    from ..models.shipping_option_of_nekopos import ShippingOptionOfNekopos


T = TypeVar("T", bound="CreateEstimatedOrderRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateEstimatedOrderRequest:
    """
    Attributes:
        order_item_list (list[OrderItemModel] | None | Unset): Order item list.
        preferred_delivery_date (str | None | Unset): Preferred delivery date.
        shipping_address_id (str | None | Unset): Shipping address ID.
        shipping_options (list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset): Shipping
            options.
    """

    order_item_list: list[OrderItemModel] | None | Unset = UNSET
    preferred_delivery_date: str | None | Unset = UNSET
    shipping_address_id: str | None | Unset = UNSET
    shipping_options: (
        list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        order_item_list: Sequence[OrderItemModel | Mapping[str, Any]] | None | Unset = UNSET,
        preferred_delivery_date: str | None | Unset = UNSET,
        shipping_address_id: str | None | Unset = UNSET,
        shipping_options: list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos]
        | None
        | Unset = UNSET,
    ) -> None:
        self.order_item_list = as_models(
            order_item_list, OrderItemModel, "CreateEstimatedOrderRequest", "order_item_list"
        )
        self.preferred_delivery_date = preferred_delivery_date
        self.shipping_address_id = shipping_address_id
        self.shipping_options = shipping_options
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"order_item_list={self.order_item_list!r}, "
            f"preferred_delivery_date={self.preferred_delivery_date!r}, "
            f"shipping_address_id={self.shipping_address_id!r}, "
            f"shipping_options={self.shipping_options!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateEstimatedOrderRequest
        ):
            return NotImplemented
        return (
            self.order_item_list,
            self.preferred_delivery_date,
            self.shipping_address_id,
            self.shipping_options,
            self.additional_properties,
        ) == (
            other.order_item_list,
            other.preferred_delivery_date,
            other.shipping_address_id,
            other.shipping_options,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        order_item_list: list[dict[str, Any]] | None | Unset
        if self.order_item_list is None or self.order_item_list is UNSET:
            order_item_list = self.order_item_list
        else:
            order_item_list = []
            for order_item_list_item_data in self.order_item_list:
                order_item_list_item = order_item_list_item_data.to_dict()

                order_item_list.append(order_item_list_item)

        preferred_delivery_date = self.preferred_delivery_date

        shipping_address_id = self.shipping_address_id

        shipping_options: list[dict[str, Any]] | None | Unset
        if self.shipping_options is None or self.shipping_options is UNSET:
            shipping_options = self.shipping_options
        else:
            shipping_options = []
            for shipping_options_item_data in self.shipping_options:
                shipping_options_item: dict[str, Any]
                if isinstance(shipping_options_item_data, ShippingOptionOfNekopos):
                    shipping_options_item = shipping_options_item_data.to_dict()

                else:
                    shipping_options_item = shipping_options_item_data.to_dict()

                shipping_options.append(shipping_options_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_item_list is not UNSET:
            field_dict["orderItemList"] = order_item_list
        if preferred_delivery_date is not UNSET:
            field_dict["preferredDeliveryDate"] = preferred_delivery_date
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if shipping_options is not UNSET:
            field_dict["shippingOptions"] = shipping_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _order_item_list = d.pop("orderItemList", UNSET)
        order_item_list: list[OrderItemModel] | None | Unset
        if _order_item_list is None or _order_item_list is UNSET:
            order_item_list = _order_item_list
        elif not isinstance(_order_item_list, list):
            raise wrong_shape("orderItemList", "a JSON array", _order_item_list)
        else:
            order_item_list = [_from_dict_OrderItemModel(v) for v in _order_item_list]

        preferred_delivery_date = d.pop("preferredDeliveryDate", UNSET)

        shipping_address_id = d.pop("shippingAddressId", UNSET)

        _shipping_options = d.pop("shippingOptions", UNSET)
        shipping_options: (
            list[ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos] | None | Unset
        )
        if _shipping_options is None or _shipping_options is UNSET:
            shipping_options = _shipping_options
        elif not isinstance(_shipping_options, list):
            raise wrong_shape("shippingOptions", "a JSON array", _shipping_options)
        else:
            shipping_options = []
            for shipping_options_item_data in _shipping_options:

                def _parse_shipping_options_item(
                    data: object,
                ) -> ShippingOptionOfExpeditedShipping | ShippingOptionOfNekopos:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        shipping_options_item_type_0 = _from_dict_ShippingOptionOfNekopos(data)

                        return shipping_options_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    shipping_options_item_type_1 = _from_dict_ShippingOptionOfExpeditedShipping(
                        data
                    )

                    return shipping_options_item_type_1

                shipping_options_item = _parse_shipping_options_item(shipping_options_item_data)

                shipping_options.append(shipping_options_item)

        _self = cls.__new__(cls)
        _self.order_item_list = order_item_list
        _self.preferred_delivery_date = preferred_delivery_date
        _self.shipping_address_id = shipping_address_id
        _self.shipping_options = shipping_options
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
from ..models.order_item_model import OrderItemModel  # noqa: E402
from ..models.shipping_option_of_expedited_shipping import ShippingOptionOfExpeditedShipping  # noqa: E402
from ..models.shipping_option_of_nekopos import ShippingOptionOfNekopos  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_OrderItemModel = OrderItemModel.from_dict
_from_dict_ShippingOptionOfExpeditedShipping = ShippingOptionOfExpeditedShipping.from_dict
_from_dict_ShippingOptionOfNekopos = ShippingOptionOfNekopos.from_dict
