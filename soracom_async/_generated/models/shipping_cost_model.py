from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipping_cost_model_currency import ShippingCostModelCurrency
from ..models.shipping_cost_model_shipping_area import ShippingCostModelShippingArea
from ..types import UNSET, Unset, as_enum, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.shipping_cost_model_applied_shipping_options_item import (
        ShippingCostModelAppliedShippingOptionsItem,
    )


T = TypeVar("T", bound="ShippingCostModel")


@_attrs_define(init=False, repr=False, eq=False)
class ShippingCostModel:
    """Shipping cost.

    Attributes:
        applied_shipping_options (list[ShippingCostModelAppliedShippingOptionsItem] | None | Unset): Applied shipping
            options.
        currency (ShippingCostModelCurrency | None | Unset): Currency.
        shipping_area (ShippingCostModelShippingArea | None | Unset): (Japan coverage only) Shipping area.
        shipping_area_name (str | None | Unset): Shipping Area name.
        shipping_cost (float | None | Unset): Shipping Cost.
        size (int | None | Unset): Size.
    """

    applied_shipping_options: list[ShippingCostModelAppliedShippingOptionsItem] | None | Unset = (
        UNSET
    )
    currency: ShippingCostModelCurrency | None | Unset = UNSET
    shipping_area: ShippingCostModelShippingArea | None | Unset = UNSET
    shipping_area_name: str | None | Unset = UNSET
    shipping_cost: float | None | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        applied_shipping_options: Sequence[
            ShippingCostModelAppliedShippingOptionsItem | Mapping[str, Any]
        ]
        | None
        | Unset = UNSET,
        currency: ShippingCostModelCurrency | Literal["JPY", "USD", "EUR"] | None | Unset = UNSET,
        shipping_area: ShippingCostModelShippingArea
        | Literal[
            "hokkaido",
            "kita_tohoku",
            "minami_tohoku",
            "kanto",
            "shinetsu",
            "chubu",
            "hokuriku",
            "kansai",
            "chugoku",
            "shikoku",
            "kyushu",
            "okinawa",
        ]
        | None
        | Unset = UNSET,
        shipping_area_name: str | None | Unset = UNSET,
        shipping_cost: float | None | Unset = UNSET,
        size: int | None | Unset = UNSET,
    ) -> None:
        self.applied_shipping_options = as_models(
            applied_shipping_options,
            ShippingCostModelAppliedShippingOptionsItem,
            "ShippingCostModel",
            "applied_shipping_options",
        )
        self.currency = as_enum(
            currency, ShippingCostModelCurrency, "ShippingCostModel", "currency"
        )
        self.shipping_area = as_enum(
            shipping_area, ShippingCostModelShippingArea, "ShippingCostModel", "shipping_area"
        )
        self.shipping_area_name = shipping_area_name
        self.shipping_cost = shipping_cost
        self.size = size
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"applied_shipping_options={self.applied_shipping_options!r}, "
            f"currency={self.currency!r}, "
            f"shipping_area={self.shipping_area!r}, "
            f"shipping_area_name={self.shipping_area_name!r}, "
            f"shipping_cost={self.shipping_cost!r}, "
            f"size={self.size!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ShippingCostModel):
            return NotImplemented
        return (
            self.applied_shipping_options,
            self.currency,
            self.shipping_area,
            self.shipping_area_name,
            self.shipping_cost,
            self.size,
            self.additional_properties,
        ) == (
            other.applied_shipping_options,
            other.currency,
            other.shipping_area,
            other.shipping_area_name,
            other.shipping_cost,
            other.size,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        applied_shipping_options: list[dict[str, Any]] | None | Unset
        if self.applied_shipping_options is None or self.applied_shipping_options is UNSET:
            applied_shipping_options = self.applied_shipping_options
        else:
            applied_shipping_options = []
            for applied_shipping_options_item_data in self.applied_shipping_options:
                applied_shipping_options_item = applied_shipping_options_item_data.to_dict()

                applied_shipping_options.append(applied_shipping_options_item)

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        shipping_area: str | None | Unset
        if self.shipping_area is None or self.shipping_area is UNSET:
            shipping_area = self.shipping_area
        else:
            shipping_area = str(self.shipping_area)

        shipping_area_name = self.shipping_area_name

        shipping_cost = self.shipping_cost

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applied_shipping_options is not UNSET:
            field_dict["appliedShippingOptions"] = applied_shipping_options
        if currency is not UNSET:
            field_dict["currency"] = currency
        if shipping_area is not UNSET:
            field_dict["shippingArea"] = shipping_area
        if shipping_area_name is not UNSET:
            field_dict["shippingAreaName"] = shipping_area_name
        if shipping_cost is not UNSET:
            field_dict["shippingCost"] = shipping_cost
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _applied_shipping_options = d.pop("appliedShippingOptions", UNSET)
        applied_shipping_options: list[ShippingCostModelAppliedShippingOptionsItem] | None | Unset
        if _applied_shipping_options is None or _applied_shipping_options is UNSET:
            applied_shipping_options = _applied_shipping_options
        elif not isinstance(_applied_shipping_options, list):
            raise wrong_shape("appliedShippingOptions", "a JSON array", _applied_shipping_options)
        else:
            applied_shipping_options = [
                _from_dict_ShippingCostModelAppliedShippingOptionsItem(v)
                for v in _applied_shipping_options
            ]

        _currency = d.pop("currency", UNSET)
        currency: ShippingCostModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_ShippingCostModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = ShippingCostModelCurrency(_currency)

        _shipping_area = d.pop("shippingArea", UNSET)
        shipping_area: ShippingCostModelShippingArea | None | Unset
        if _shipping_area is None or _shipping_area is UNSET:
            shipping_area = _shipping_area
        else:
            try:
                shipping_area = _by_value_ShippingCostModelShippingArea[_shipping_area]
            except (KeyError, TypeError):
                shipping_area = ShippingCostModelShippingArea(_shipping_area)

        shipping_area_name = d.pop("shippingAreaName", UNSET)

        shipping_cost = d.pop("shippingCost", UNSET)

        size = d.pop("size", UNSET)

        _self = cls.__new__(cls)
        _self.applied_shipping_options = applied_shipping_options
        _self.currency = currency
        _self.shipping_area = shipping_area
        _self.shipping_area_name = shipping_area_name
        _self.shipping_cost = shipping_cost
        _self.size = size
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
from ..models.shipping_cost_model_applied_shipping_options_item import (
    ShippingCostModelAppliedShippingOptionsItem,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_by_value_ShippingCostModelCurrency = ShippingCostModelCurrency._value2member_map_
_by_value_ShippingCostModelShippingArea = ShippingCostModelShippingArea._value2member_map_
_from_dict_ShippingCostModelAppliedShippingOptionsItem = (
    ShippingCostModelAppliedShippingOptionsItem.from_dict
)
