from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SandboxInitRequestCoverageTypesItem(str, Enum, metaclass=OpenEnumMeta):
    G = "g"
    JP = "jp"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SandboxInitRequestCoverageTypesItem | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
