from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class GetPaymentTransactionResultMessageCode(str, Enum, metaclass=OpenEnumMeta):
    CARD_DECLINED = "card_declined"
    INCORRECT_CVC = "incorrect_cvc"
    INCORRECT_EXPIRY = "incorrect_expiry"
    INCORRECT_NUMBER = "incorrect_number"
    INVALID_CVC = "invalid_cvc"
    INVALID_EXPIRY = "invalid_expiry"
    INVALID_EXPIRY_MONTH = "invalid_expiry_month"
    INVALID_EXPIRY_YEAR = "invalid_expiry_year"
    INVALID_NAME = "invalid_name"
    INVALID_NUMBER = "invalid_number"
    INVALID_REQUEST = "invalid_request"
    MISSING = "missing"
    PROCESSING = "processing"
    PROCESSING_ERROR = "processing_error"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetPaymentTransactionResultMessageCode | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
