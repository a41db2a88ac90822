from enum import Enum
from typing import Any

from ..types import OpenEnumMeta


class RuleConfigType(str, Enum, metaclass=OpenEnumMeta):
    DAILYTOTALTRAFFICRULE = "DailyTotalTrafficRule"
    MONTHLYCHARGERULE = "MonthlyChargeRule"
    MONTHLYTOTALTRAFFICRULE = "MonthlyTotalTrafficRule"
    SIMCUMULATIVETOTALTRAFFICRULE = "SimCumulativeTotalTrafficRule"
    SIMDAILYTOTALTRAFFICRULE = "SimDailyTotalTrafficRule"
    SIMEXPIREDRULE = "SimExpiredRule"
    SIMIMEIMISMATCHEDRULE = "SimImeiMismatchedRule"
    SIMMONTHLYTOTALTRAFFICRULE = "SimMonthlyTotalTrafficRule"
    SIMSPEEDCLASSATTRIBUTERULE = "SimSpeedClassAttributeRule"
    SIMSTATUSATTRIBUTERULE = "SimStatusAttributeRule"
    SIMSUBSCRIPTIONSTATUSRULE = "SimSubscriptionStatusRule"
    SUBSCRIBERCUMULATIVETRAFFICRULE = "SubscriberCumulativeTrafficRule"
    SUBSCRIBERDAILYTRAFFICRULE = "SubscriberDailyTrafficRule"
    SUBSCRIBEREXPIREDRULE = "SubscriberExpiredRule"
    SUBSCRIBERFIRSTTRAFFICRULE = "SubscriberFirstTrafficRule"
    SUBSCRIBERIMEIMISMATCHEDRULE = "SubscriberImeiMismatchedRule"
    SUBSCRIBERMONTHLYTRAFFICRULE = "SubscriberMonthlyTrafficRule"
    SUBSCRIBERSESSIONSTATUSRULE = "SubscriberSessionStatusRule"
    SUBSCRIBERSPEEDCLASSATTRIBUTERULE = "SubscriberSpeedClassAttributeRule"
    SUBSCRIBERSTATUSATTRIBUTERULE = "SubscriberStatusAttributeRule"

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
