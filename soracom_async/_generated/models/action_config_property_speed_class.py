from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class ActionConfigPropertySpeedClass(str, Enum, metaclass=OpenEnumMeta):
    S1_4XFAST = "s1.4xfast"
    S1_8XFAST = "s1.8xfast"
    S1_FAST = "s1.fast"
    S1_MINIMUM = "s1.minimum"
    S1_SLOW = "s1.slow"
    S1_STANDARD = "s1.standard"
    U1_SLOW = "u1.slow"
    U1_STANDARD = "u1.standard"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActionConfigPropertySpeedClass | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
