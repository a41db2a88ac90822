from enum import IntEnum
from typing import Any

from ..types import OpenEnumMeta


class SoraCamAtomCamSettingsAllRotation(IntEnum, metaclass=OpenEnumMeta):
    VALUE_0 = 0
    VALUE_180 = 180

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SoraCamAtomCamSettingsAllRotation | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
