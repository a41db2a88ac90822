from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class AddSubscriptionBodySubscription(str, Enum, metaclass=OpenEnumMeta):
    PLANARC01 = "planArc01"
    PLANP1 = "planP1"
    PLANX1 = "planX1"
    PLANX2 = "planX2"
    PLANX3 = "planX3"
    PLAN_US_MAX = "plan-US-max"

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
