from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class VolumeDiscountModelVolumeDiscountType(str, Enum, metaclass=OpenEnumMeta):
    SORACOM_AIR_BASIC_CHARGE = "SORACOM_AIR_BASIC_CHARGE"
    SORACOM_AIR_BASIC_CHARGE_V2 = "SORACOM_AIR_BASIC_CHARGE_V2"
    SORACOM_AIR_MONTHLY_FIXED_BASIC_CHARGE = "SORACOM_AIR_MONTHLY_FIXED_BASIC_CHARGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "VolumeDiscountModelVolumeDiscountType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
