from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_payment_transaction_result_message_code import (
    GetPaymentTransactionResultMessageCode,
)
from ..models.get_payment_transaction_result_status import GetPaymentTransactionResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.payment_amount import PaymentAmount
    from ..models.payment_description import PaymentDescription


T = TypeVar("T", bound="GetPaymentTransactionResult")


@_attrs_define
class GetPaymentTransactionResult:
    """
    Attributes:
        amount (PaymentAmount | Unset): Payment amount.
        description (PaymentDescription | Unset): Payment description.
        message (str | Unset): Message
        message_code (GetPaymentTransactionResultMessageCode | Unset): Message code
        status (GetPaymentTransactionResultStatus | Unset): Status
    """

    amount: PaymentAmount | Unset = UNSET
    description: PaymentDescription | Unset = UNSET
    message: str | Unset = UNSET
    message_code: GetPaymentTransactionResultMessageCode | Unset = UNSET
    status: GetPaymentTransactionResultStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if self.amount is not UNSET:
            amount = self.amount.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if self.description is not UNSET:
            description = self.description.to_dict()

        message = self.message

        message_code: str | Unset = UNSET
        if self.message_code is not UNSET:
            message_code = self.message_code.value

        status: str | Unset = UNSET
        if self.status is not UNSET:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if description is not UNSET:
            field_dict["description"] = description
        if message is not UNSET:
            field_dict["message"] = message
        if message_code is not UNSET:
            field_dict["messageCode"] = message_code
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: PaymentAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = PaymentAmount.from_dict(_amount)

        _description = d.pop("description", UNSET)
        description: PaymentDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = PaymentDescription.from_dict(_description)

        message = d.pop("message", UNSET)

        _message_code = d.pop("messageCode", UNSET)
        message_code: GetPaymentTransactionResultMessageCode | Unset
        if isinstance(_message_code, Unset):
            message_code = UNSET
        else:
            message_code = GetPaymentTransactionResultMessageCode(_message_code)

        _status = d.pop("status", UNSET)
        status: GetPaymentTransactionResultStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetPaymentTransactionResultStatus(_status)

        get_payment_transaction_result = cls(
            amount=amount,
            description=description,
            message=message,
            message_code=message_code,
            status=status,
        )

        get_payment_transaction_result.additional_properties = d
        return get_payment_transaction_result

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
from ..models.payment_amount import PaymentAmount  # noqa: E402
from ..models.payment_description import PaymentDescription  # noqa: E402
