from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class IpAddressMapEntryType(str, Enum, metaclass=OpenEnumMeta):
    CUSTOMER_GATE_PEER = "customerGatePeer"
    DYNAMIC = "dynamic"
    GATE_PEER = "gatePeer"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "IpAddressMapEntryType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
