from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SandboxCreateSubscriberRequestBundlesItem(str, Enum, metaclass=OpenEnumMeta):
    DU_100GB = "DU-100GB"
    DU_10GB = "DU-10GB"
    DU_50GB = "DU-50GB"
    D_500MB = "D-500MB"
    K2_500MB = "K2-500MB"
    X3_5MB = "X3-5MB"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SandboxCreateSubscriberRequestBundlesItem | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
