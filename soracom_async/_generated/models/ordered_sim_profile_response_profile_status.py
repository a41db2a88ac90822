from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class OrderedSimProfileResponseProfileStatus(str, Enum, metaclass=OpenEnumMeta):
    ACTIVATION_FAILED = "ACTIVATION_FAILED"
    ACTIVATION_SUCCEEDED = "ACTIVATION_SUCCEEDED"
    DELETION_FAILED = "DELETION_FAILED"
    DELETION_SUCCEEDED = "DELETION_SUCCEEDED"
    INACTIVATION_FAILED = "INACTIVATION_FAILED"
    INACTIVATION_SUCCEEDED = "INACTIVATION_SUCCEEDED"
    INSTALLATION_FAILED = "INSTALLATION_FAILED"
    INSTALLATION_SUCCEEDED = "INSTALLATION_SUCCEEDED"
    SUBSCRIBER_REGISTRATION_SUCCEEDED = "SUBSCRIBER_REGISTRATION_SUCCEEDED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OrderedSimProfileResponseProfileStatus | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
