from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class ShippingCostModelShippingArea(str, Enum, metaclass=OpenEnumMeta):
    CHUBU = "chubu"
    CHUGOKU = "chugoku"
    HOKKAIDO = "hokkaido"
    HOKURIKU = "hokuriku"
    KANSAI = "kansai"
    KANTO = "kanto"
    KITA_TOHOKU = "kita_tohoku"
    KYUSHU = "kyushu"
    MINAMI_TOHOKU = "minami_tohoku"
    OKINAWA = "okinawa"
    SHIKOKU = "shikoku"
    SHINETSU = "shinetsu"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ShippingCostModelShippingArea | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
