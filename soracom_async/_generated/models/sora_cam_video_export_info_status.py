from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class SoraCamVideoExportInfoStatus(str, Enum, metaclass=OpenEnumMeta):
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    INITIALIZING = "initializing"
    LIMIT_EXCEEDED = "limitExceeded"
    PROCESSING = "processing"
    RETRYING = "retrying"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "SoraCamVideoExportInfoStatus | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
