from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class ActionConfigType(str, Enum, metaclass=OpenEnumMeta):
    ACTIVATION_ACTION = "ActivationAction"
    CHANGE_SPEED_CLASS_ACTION = "ChangeSpeedClassAction"
    DEACTIVATION_ACTION = "DeactivationAction"
    EXECUTE_WEB_REQUEST_ACTION = "ExecuteWebRequestAction"
    IMEI_LOCK_ACTION = "ImeiLockAction"
    INVOKE_AWS_LAMBDA_ACTION = "InvokeAWSLambdaAction"
    SEND_MAIL_ACTION = "SendMailAction"
    SEND_MAIL_TO_OPERATOR_ACTION = "SendMailToOperatorAction"
    STANDBY_ACTION = "StandbyAction"
    SUSPEND_ACTION = "SuspendAction"

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
