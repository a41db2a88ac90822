from enum import IntEnum
from typing import Any

from ..types import OpenEnumMeta


class CreateVirtualPrivateGatewayRequestType(IntEnum, metaclass=OpenEnumMeta):
    VALUE_14 = 14
    VALUE_15 = 15
    VALUE_242 = 242

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "CreateVirtualPrivateGatewayRequestType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
