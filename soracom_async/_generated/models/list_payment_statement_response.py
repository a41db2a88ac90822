from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.payment_statement_response import PaymentStatementResponse


T = TypeVar("T", bound="ListPaymentStatementResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListPaymentStatementResponse:
    """
    Attributes:
        payment_statements_list (list[PaymentStatementResponse] | None | Unset): Payment statements.
    """

    payment_statements_list: list[PaymentStatementResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        payment_statements_list: Sequence[PaymentStatementResponse | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.payment_statements_list = as_models(
            payment_statements_list,
            PaymentStatementResponse,
            "ListPaymentStatementResponse",
            "payment_statements_list",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"payment_statements_list={self.payment_statements_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, ListPaymentStatementResponse
        ):
            return NotImplemented
        return (
            self.payment_statements_list,
            self.additional_properties,
        ) == (
            other.payment_statements_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        payment_statements_list: list[dict[str, Any]] | None | Unset
        if self.payment_statements_list is None or self.payment_statements_list is UNSET:
            payment_statements_list = self.payment_statements_list
        else:
            payment_statements_list = []
            for payment_statements_list_item_data in self.payment_statements_list:
                payment_statements_list_item = payment_statements_list_item_data.to_dict()

                payment_statements_list.append(payment_statements_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_statements_list is not UNSET:
            field_dict["paymentStatementsList"] = payment_statements_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _payment_statements_list = d.pop("paymentStatementsList", UNSET)
        payment_statements_list: list[PaymentStatementResponse] | None | Unset
        if _payment_statements_list is None or _payment_statements_list is UNSET:
            payment_statements_list = _payment_statements_list
        elif not isinstance(_payment_statements_list, list):
            raise wrong_shape("paymentStatementsList", "a JSON array", _payment_statements_list)
        else:
            payment_statements_list = [
                _from_dict_PaymentStatementResponse(v) for v in _payment_statements_list
            ]

        _self = cls.__new__(cls)
        _self.payment_statements_list = payment_statements_list
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
from ..models.payment_statement_response import PaymentStatementResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_PaymentStatementResponse = PaymentStatementResponse.from_dict
