from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SearchSigfoxDevicesStatus(str, Enum, metaclass=OpenEnumMeta):
    ACTIVE = "active"
    BANNED = "banned"
    INACTIVE = "inactive"
    IN_STOCK = "inStock"
    READY = "ready"
    SHIPPED = "shipped"
    STANDBY = "standby"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SearchSigfoxDevicesStatus | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
