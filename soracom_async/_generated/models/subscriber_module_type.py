from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SubscriberModuleType(str, Enum, metaclass=OpenEnumMeta):
    EMBEDDED = "embedded"
    INTEGRATED = "integrated"
    MICRO = "micro"
    MINI = "mini"
    NANO = "nano"
    PROFILE_PACKAGE = "profilePackage"
    TRIO = "trio"
    VALUE_8 = "(null value)"
    VIRTUAL = "virtual"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SubscriberModuleType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
