from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class AddSubscriptionBodySubscription(str, Enum, metaclass=OpenEnumMeta):
    PLAN_ARC_01 = "planArc01"
    PLAN_P1 = "planP1"
    PLAN_US_MAX = "plan-US-max"
    PLAN_X1 = "planX1"
    PLAN_X2 = "planX2"
    PLAN_X3 = "planX3"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AddSubscriptionBodySubscription | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
