from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SandboxCreateCouponRequestApplicableBillItemName(str, Enum, metaclass=OpenEnumMeta):
    DAILY_CHARGE_TOTAL = "dailyChargeTotal"
    DAILY_DATA_TRAFFIC_CHARGE_TOTAL = "dailyDataTrafficChargeTotal"
    DAILY_SORACOM_BEAM_REQUEST_CHARGE_TOTAL = "dailySoracomBeamRequestChargeTotal"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SandboxCreateCouponRequestApplicableBillItemName | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
