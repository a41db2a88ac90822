from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class RuleConfigType(str, Enum, metaclass=OpenEnumMeta):
    DAILY_TOTAL_TRAFFIC_RULE = "DailyTotalTrafficRule"
    MONTHLY_CHARGE_RULE = "MonthlyChargeRule"
    MONTHLY_TOTAL_TRAFFIC_RULE = "MonthlyTotalTrafficRule"
    SIM_CUMULATIVE_TOTAL_TRAFFIC_RULE = "SimCumulativeTotalTrafficRule"
    SIM_DAILY_TOTAL_TRAFFIC_RULE = "SimDailyTotalTrafficRule"
    SIM_EXPIRED_RULE = "SimExpiredRule"
    SIM_IMEI_MISMATCHED_RULE = "SimImeiMismatchedRule"
    SIM_MONTHLY_TOTAL_TRAFFIC_RULE = "SimMonthlyTotalTrafficRule"
    SIM_SPEED_CLASS_ATTRIBUTE_RULE = "SimSpeedClassAttributeRule"
    SIM_STATUS_ATTRIBUTE_RULE = "SimStatusAttributeRule"
    SIM_SUBSCRIPTION_STATUS_RULE = "SimSubscriptionStatusRule"
    SUBSCRIBER_CUMULATIVE_TRAFFIC_RULE = "SubscriberCumulativeTrafficRule"
    SUBSCRIBER_DAILY_TRAFFIC_RULE = "SubscriberDailyTrafficRule"
    SUBSCRIBER_EXPIRED_RULE = "SubscriberExpiredRule"
    SUBSCRIBER_FIRST_TRAFFIC_RULE = "SubscriberFirstTrafficRule"
    SUBSCRIBER_IMEI_MISMATCHED_RULE = "SubscriberImeiMismatchedRule"
    SUBSCRIBER_MONTHLY_TRAFFIC_RULE = "SubscriberMonthlyTrafficRule"
    SUBSCRIBER_SESSION_STATUS_RULE = "SubscriberSessionStatusRule"
    SUBSCRIBER_SPEED_CLASS_ATTRIBUTE_RULE = "SubscriberSpeedClassAttributeRule"
    SUBSCRIBER_STATUS_ATTRIBUTE_RULE = "SubscriberStatusAttributeRule"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RuleConfigType | None":
        # A value this pin does not list (the API grew): keep it rather than fail to parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
