from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.estimated_volume_discount_model_currency import EstimatedVolumeDiscountModelCurrency
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.volume_discount_model import VolumeDiscountModel


T = TypeVar("T", bound="EstimatedVolumeDiscountModel")


@_attrs_define(init=False, repr=False, eq=False)
class EstimatedVolumeDiscountModel:
    """
    Attributes:
        currency (EstimatedVolumeDiscountModelCurrency | None | Unset): Currency.
        order_id (str | None | Unset): Order ID.
        tax_amount (float | None | Unset): Tax amount.
        total_amount (float | None | Unset): Total amount.
        volume_discount (VolumeDiscountModel | None | Unset): Long term discount.
    """

    currency: EstimatedVolumeDiscountModelCurrency | None | Unset = UNSET
    order_id: str | None | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    total_amount: float | None | Unset = UNSET
    volume_discount: VolumeDiscountModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        currency: EstimatedVolumeDiscountModelCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        order_id: str | None | Unset = UNSET,
        tax_amount: float | None | Unset = UNSET,
        total_amount: float | None | Unset = UNSET,
        volume_discount: VolumeDiscountModel | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.currency = as_enum(
            currency,
            EstimatedVolumeDiscountModelCurrency,
            "EstimatedVolumeDiscountModel",
            "currency",
        )
        self.order_id = order_id
        self.tax_amount = tax_amount
        self.total_amount = total_amount
        self.volume_discount = as_model(
            volume_discount, VolumeDiscountModel, "EstimatedVolumeDiscountModel", "volume_discount"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"currency={self.currency!r}, "
            f"order_id={self.order_id!r}, "
            f"tax_amount={self.tax_amount!r}, "
            f"total_amount={self.total_amount!r}, "
            f"volume_discount={self.volume_discount!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, EstimatedVolumeDiscountModel
        ):
            return NotImplemented
        return (
            self.currency,
            self.order_id,
            self.tax_amount,
            self.total_amount,
            self.volume_discount,
            self.additional_properties,
        ) == (
            other.currency,
            other.order_id,
            other.tax_amount,
            other.total_amount,
            other.volume_discount,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        order_id = self.order_id

        tax_amount = self.tax_amount

        total_amount = self.total_amount

        volume_discount: dict[str, Any] | None | Unset
        if self.volume_discount is None or self.volume_discount is UNSET:
            volume_discount = self.volume_discount
        else:
            volume_discount = self.volume_discount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if volume_discount is not UNSET:
            field_dict["volumeDiscount"] = volume_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: EstimatedVolumeDiscountModelCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_EstimatedVolumeDiscountModelCurrency[_currency]
            except (KeyError, TypeError):
                currency = EstimatedVolumeDiscountModelCurrency(_currency)

        order_id = d.pop("orderId", UNSET)

        tax_amount = d.pop("taxAmount", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        _volume_discount = d.pop("volumeDiscount", UNSET)
        volume_discount: VolumeDiscountModel | None | Unset
        if _volume_discount is None or _volume_discount is UNSET:
            volume_discount = _volume_discount
        else:
            volume_discount = _from_dict_VolumeDiscountModel(_volume_discount)

        _self = cls.__new__(cls)
        _self.currency = currency
        _self.order_id = order_id
        _self.tax_amount = tax_amount
        _self.total_amount = total_amount
        _self.volume_discount = volume_discount
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
from ..models.volume_discount_model import VolumeDiscountModel  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_EstimatedVolumeDiscountModelCurrency = (
    EstimatedVolumeDiscountModelCurrency._value2member_map_
)
_from_dict_VolumeDiscountModel = VolumeDiscountModel.from_dict
