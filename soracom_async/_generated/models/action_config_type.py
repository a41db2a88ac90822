from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class ActionConfigType(str, Enum, metaclass=OpenEnumMeta):
    ACTIVATIONACTION = "ActivationAction"
    CHANGESPEEDCLASSACTION = "ChangeSpeedClassAction"
    DEACTIVATIONACTION = "DeactivationAction"
    EXECUTEWEBREQUESTACTION = "ExecuteWebRequestAction"
    IMEILOCKACTION = "ImeiLockAction"
    INVOKEAWSLAMBDAACTION = "InvokeAWSLambdaAction"
    SENDMAILACTION = "SendMailAction"
    SENDMAILTOOPERATORACTION = "SendMailToOperatorAction"
    STANDBYACTION = "StandbyAction"
    SUSPENDACTION = "SuspendAction"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ActionConfigType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
