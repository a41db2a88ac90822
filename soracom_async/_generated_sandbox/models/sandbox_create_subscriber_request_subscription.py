from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SandboxCreateSubscriberRequestSubscription(str, Enum, metaclass=OpenEnumMeta):
    PLAN01S = "plan01s"
    PLAN01S_LOW_DATA_VOLUME = "plan01s-low_data_volume"
    PLAN_D = "plan-D"
    PLAN_DU = "plan-DU"
    PLAN_K = "plan-K"
    PLAN_K2 = "plan-K2"
    PLAN_KM1 = "plan-KM1"
    PLAN_P1 = "planP1"
    PLAN_X3 = "planX3"
    PLAN_XM1 = "planXM1"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SandboxCreateSubscriberRequestSubscription | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
