from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.monthly_bill import MonthlyBill


T = TypeVar("T", bound="GetBillingHistoryResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetBillingHistoryResponse:
    """
    Attributes:
        bill_list (list[MonthlyBill] | None | Unset): List of monthly bills.
    """

    bill_list: list[MonthlyBill] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        bill_list: Sequence[MonthlyBill | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.bill_list = as_models(bill_list, MonthlyBill, "GetBillingHistoryResponse", "bill_list")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bill_list={self.bill_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetBillingHistoryResponse
        ):
            return NotImplemented
        return (
            self.bill_list,
            self.additional_properties,
        ) == (
            other.bill_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        bill_list: list[dict[str, Any]] | None | Unset
        if self.bill_list is None or self.bill_list is UNSET:
            bill_list = self.bill_list
        else:
            bill_list = []
            for bill_list_item_data in self.bill_list:
                bill_list_item = bill_list_item_data.to_dict()

                bill_list.append(bill_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bill_list is not UNSET:
            field_dict["billList"] = bill_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _bill_list = d.pop("billList", UNSET)
        bill_list: list[MonthlyBill] | None | Unset
        if _bill_list is None or _bill_list is UNSET:
            bill_list = _bill_list
        elif not isinstance(_bill_list, list):
            raise wrong_shape("billList", "a JSON array", _bill_list)
        else:
            bill_list = [_from_dict_MonthlyBill(v) for v in _bill_list]

        _self = cls.__new__(cls)
        _self.bill_list = bill_list
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
from ..models.monthly_bill import MonthlyBill  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_MonthlyBill = MonthlyBill.from_dict
