from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_summary_response_of_bill_items_currency import (
    BillingSummaryResponseOfBillItemsCurrency,
)
from ..types import UNSET, Unset, as_enum, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.bill_item_cost_breakdown import BillItemCostBreakdown


T = TypeVar("T", bound="BillingSummaryResponseOfBillItems")


@_attrs_define(init=False, repr=False, eq=False)
class BillingSummaryResponseOfBillItems:
    """
    Attributes:
        cost_breakdown_list (list[BillItemCostBreakdown] | None | Unset): List of cost breakdown. The list is sorted by
            amount in descending order.
        currency (BillingSummaryResponseOfBillItemsCurrency | None | Unset): Currency of bills.
        updated_time (int | None | Unset): Last updated time in UNIX time in seconds.
        year_month (str | None | Unset): Year and month.
    """

    cost_breakdown_list: list[BillItemCostBreakdown] | None | Unset = UNSET
    currency: BillingSummaryResponseOfBillItemsCurrency | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    year_month: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        cost_breakdown_list: Sequence[BillItemCostBreakdown | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        currency: BillingSummaryResponseOfBillItemsCurrency
        | Literal["JPY", "USD", "EUR"]
        | None
        | Unset = UNSET,
        updated_time: int | None | Unset = UNSET,
        year_month: str | None | Unset = UNSET,
    ) -> None:
        self.cost_breakdown_list = as_models(
            cost_breakdown_list,
            BillItemCostBreakdown,
            "BillingSummaryResponseOfBillItems",
            "cost_breakdown_list",
        )
        self.currency = as_enum(
            currency,
            BillingSummaryResponseOfBillItemsCurrency,
            "BillingSummaryResponseOfBillItems",
            "currency",
        )
        self.updated_time = updated_time
        self.year_month = year_month
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cost_breakdown_list={self.cost_breakdown_list!r}, "
            f"currency={self.currency!r}, "
            f"updated_time={self.updated_time!r}, "
            f"year_month={self.year_month!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, BillingSummaryResponseOfBillItems
        ):
            return NotImplemented
        return (
            self.cost_breakdown_list,
            self.currency,
            self.updated_time,
            self.year_month,
            self.additional_properties,
        ) == (
            other.cost_breakdown_list,
            other.currency,
            other.updated_time,
            other.year_month,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        cost_breakdown_list: list[dict[str, Any]] | None | Unset
        if self.cost_breakdown_list is None or self.cost_breakdown_list is UNSET:
            cost_breakdown_list = self.cost_breakdown_list
        else:
            cost_breakdown_list = []
            for cost_breakdown_list_item_data in self.cost_breakdown_list:
                cost_breakdown_list_item = cost_breakdown_list_item_data.to_dict()

                cost_breakdown_list.append(cost_breakdown_list_item)

        currency: str | None | Unset
        if self.currency is None or self.currency is UNSET:
            currency = self.currency
        else:
            currency = str(self.currency)

        updated_time = self.updated_time

        year_month = self.year_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_breakdown_list is not UNSET:
            field_dict["costBreakdownList"] = cost_breakdown_list
        if currency is not UNSET:
            field_dict["currency"] = currency
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time
        if year_month is not UNSET:
            field_dict["yearMonth"] = year_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _cost_breakdown_list = d.pop("costBreakdownList", UNSET)
        cost_breakdown_list: list[BillItemCostBreakdown] | None | Unset
        if _cost_breakdown_list is None or _cost_breakdown_list is UNSET:
            cost_breakdown_list = _cost_breakdown_list
        elif not isinstance(_cost_breakdown_list, list):
            raise wrong_shape("costBreakdownList", "a JSON array", _cost_breakdown_list)
        else:
            cost_breakdown_list = [
                _from_dict_BillItemCostBreakdown(v) for v in _cost_breakdown_list
            ]

        _currency = d.pop("currency", UNSET)
        currency: BillingSummaryResponseOfBillItemsCurrency | None | Unset
        if _currency is None or _currency is UNSET:
            currency = _currency
        else:
            try:
                currency = _by_value_BillingSummaryResponseOfBillItemsCurrency[_currency]
            except (KeyError, TypeError):
                currency = BillingSummaryResponseOfBillItemsCurrency(_currency)

        updated_time = d.pop("updatedTime", UNSET)

        year_month = d.pop("yearMonth", UNSET)

        _self = cls.__new__(cls)
        _self.cost_breakdown_list = cost_breakdown_list
        _self.currency = currency
        _self.updated_time = updated_time
        _self.year_month = year_month
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
from ..models.bill_item_cost_breakdown import BillItemCostBreakdown  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_BillingSummaryResponseOfBillItemsCurrency = (
    BillingSummaryResponseOfBillItemsCurrency._value2member_map_
)
_from_dict_BillItemCostBreakdown = BillItemCostBreakdown.from_dict
