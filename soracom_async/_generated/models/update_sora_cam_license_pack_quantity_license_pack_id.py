from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class UpdateSoraCamLicensePackQuantityLicensePackId(str, Enum, metaclass=OpenEnumMeta):
    CR14_SC = "CR14-SC"
    CR30_SC = "CR30-SC"
    CR60_SC = "CR60-SC"
    CR7_SC = "CR7-SC"
    CR90_SC = "CR90-SC"
    MR14_SC = "MR14-SC"
    MR30_SC = "MR30-SC"
    MR60_SC = "MR60-SC"
    MR7_SC = "MR7-SC"
    MR90_SC = "MR90-SC"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "UpdateSoraCamLicensePackQuantityLicensePackId | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
