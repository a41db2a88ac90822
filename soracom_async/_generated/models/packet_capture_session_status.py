from enum import Enum
from typing import Any


class PacketCaptureSessionStatus(str, Enum):
    ACCEPTED = "ACCEPTED"
    CAPTURING = "CAPTURING"
    DONE = "DONE"
    FAILED = "FAILED"
    POST_PROCESSING = "POST_PROCESSING"
    REQUESTED = "REQUESTED"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "PacketCaptureSessionStatus | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
