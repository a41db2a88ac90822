from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class MonthlyBillPaymentStatus(str, Enum, metaclass=OpenEnumMeta):
    CANCELING = "canceling"
    CANCELLED = "cancelled"
    CANCEL_FAILED = "cancel_failed"
    CHARGING = "charging"
    DELEGATED_TO_THIRD_PARTY = "delegated_to_third_party"
    DELEGATING_TO_THIRD_PARTY = "delegating_to_third_party"
    FAIL = "fail"
    LESS_THAN_MINIMUM_CHARGE = "lessThanMinimumCharge"
    PAID = "paid"
    PAYING = "paying"
    REFUNDED = "refunded"
    REFUNDING = "refunding"
    REFUND_FAIL = "refund_fail"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MonthlyBillPaymentStatus | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
