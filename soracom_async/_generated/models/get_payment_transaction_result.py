from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_payment_transaction_result_message_code import (
    GetPaymentTransactionResultMessageCode,
)
from ..models.get_payment_transaction_result_status import GetPaymentTransactionResultStatus
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.payment_amount import PaymentAmount
    from ..models.payment_description import PaymentDescription


T = TypeVar("T", bound="GetPaymentTransactionResult")


@_attrs_define(init=False, repr=False, eq=False)
class GetPaymentTransactionResult:
    """
    Attributes:
        amount (PaymentAmount | None | Unset): Payment amount.
        description (PaymentDescription | None | Unset): Payment description.
        message (str | None | Unset): Message
        message_code (GetPaymentTransactionResultMessageCode | None | Unset): Message code
        status (GetPaymentTransactionResultStatus | None | Unset): Status
    """

    amount: PaymentAmount | None | Unset = UNSET
    description: PaymentDescription | None | Unset = UNSET
    message: str | None | Unset = UNSET
    message_code: GetPaymentTransactionResultMessageCode | None | Unset = UNSET
    status: GetPaymentTransactionResultStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        amount: PaymentAmount | Mapping[str, Any] | None | Unset = UNSET,
        description: PaymentDescription | Mapping[str, Any] | None | Unset = UNSET,
        message: str | None | Unset = UNSET,
        message_code: GetPaymentTransactionResultMessageCode
        | Literal[
            "success",
            "processing",
            "invalid_request",
            "invalid_number",
            "incorrect_number",
            "invalid_name",
            "invalid_expiry_month",
            "invalid_expiry_year",
            "invalid_expiry",
            "incorrect_expiry",
            "invalid_cvc",
            "incorrect_cvc",
            "card_declined",
            "missing",
            "processing_error",
        ]
        | None
        | Unset = UNSET,
        status: GetPaymentTransactionResultStatus
        | Literal["success", "error"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.amount = as_model(amount, PaymentAmount, "GetPaymentTransactionResult", "amount")
        self.description = as_model(
            description, PaymentDescription, "GetPaymentTransactionResult", "description"
        )
        self.message = message
        self.message_code = as_enum(
            message_code,
            GetPaymentTransactionResultMessageCode,
            "GetPaymentTransactionResult",
            "message_code",
        )
        self.status = as_enum(
            status, GetPaymentTransactionResultStatus, "GetPaymentTransactionResult", "status"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"amount={self.amount!r}, "
            f"description={self.description!r}, "
            f"message={self.message!r}, "
            f"message_code={self.message_code!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GetPaymentTransactionResult
        ):
            return NotImplemented
        return (
            self.amount,
            self.description,
            self.message,
            self.message_code,
            self.status,
            self.additional_properties,
        ) == (
            other.amount,
            other.description,
            other.message,
            other.message_code,
            other.status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | None | Unset
        if self.amount is None or self.amount is UNSET:
            amount = self.amount
        else:
            amount = self.amount.to_dict()

        description: dict[str, Any] | None | Unset
        if self.description is None or self.description is UNSET:
            description = self.description
        else:
            description = self.description.to_dict()

        message = self.message

        message_code: str | None | Unset
        if self.message_code is None or self.message_code is UNSET:
            message_code = self.message_code
        else:
            message_code = str(self.message_code)

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: PaymentAmount | None | Unset
        if _amount is None or _amount is UNSET:
            amount = _amount
        else:
            amount = _from_dict_PaymentAmount(_amount)

        _description = d.pop("description", UNSET)
        description: PaymentDescription | None | Unset
        if _description is None or _description is UNSET:
            description = _description
        else:
            description = _from_dict_PaymentDescription(_description)

        message = d.pop("message", UNSET)

        _message_code = d.pop("messageCode", UNSET)
        message_code: GetPaymentTransactionResultMessageCode | None | Unset
        if _message_code is None or _message_code is UNSET:
            message_code = _message_code
        else:
            try:
                message_code = _by_value_GetPaymentTransactionResultMessageCode[_message_code]
            except (KeyError, TypeError):
                message_code = GetPaymentTransactionResultMessageCode(_message_code)

        _status = d.pop("status", UNSET)
        status: GetPaymentTransactionResultStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_GetPaymentTransactionResultStatus[_status]
            except (KeyError, TypeError):
                status = GetPaymentTransactionResultStatus(_status)

        _self = cls.__new__(cls)
        _self.amount = amount
        _self.description = description
        _self.message = message
        _self.message_code = message_code
        _self.status = status
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
from ..models.payment_amount import PaymentAmount  # noqa: E402
from ..models.payment_description import PaymentDescription  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_GetPaymentTransactionResultMessageCode = (
    GetPaymentTransactionResultMessageCode._value2member_map_
)
_by_value_GetPaymentTransactionResultStatus = GetPaymentTransactionResultStatus._value2member_map_
_from_dict_PaymentAmount = PaymentAmount.from_dict
_from_dict_PaymentDescription = PaymentDescription.from_dict
