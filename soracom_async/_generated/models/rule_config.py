from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_config_type import RuleConfigType
from ..types import as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.rule_config_property import RuleConfigProperty


T = TypeVar("T", bound="RuleConfig")


@_attrs_define(init=False, repr=False, eq=False)
class RuleConfig:
    """
    Attributes:
        properties (RuleConfigProperty):
        type_ (RuleConfigType): The type of rule. Set one of the following. The values that can be specified in
            `properties` vary depending on the type.

            - `SubscriberFirstTrafficRule`: Execute when a subscriber's data traffic is recorded for the first time.

              The properties that can be set in `properties` are as follows:
              - `inactiveTimeoutDateConst` (required)
            - `SubscriberDailyTrafficRule`: Execute when a subscriber's daily data traffic volume exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
            - `SubscriberMonthlyTrafficRule`: Execute when a subscriber's monthly data traffic volume exceeds a certain
            limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
            - `SubscriberCumulativeTrafficRule`: Execute when the cumulative data traffic volume from the start of use of a
            subscriber exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
            - `SubscriberStatusAttributeRule`: Execute when a subscriber's status changes.

              The properties that can be set in `properties` are as follows:
              - `sourceStatus`
              - `targetStatus`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinute`
              - `runOnceAmongTarget`
            - `SubscriberSessionStatusRule`: Execute when a subscriber's session status changes.

              The properties that can be set in `properties` are as follows:
              - `sessionStatus` (required)
              - `hasImei`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`

              **Warning**: Enabling this rule requires a request to use the session status rule.
            - `SimStatusAttributeRule`: Execute when the status of an IoT SIM changes.

              The properties that can be set in `properties` are as follows:
              - `sourceStatus`
              - `targetStatus`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinute`
              - `runOnceAmongTarget`
            - `SubscriberSpeedClassAttributeRule`: Execute when a subscriber's speed class changes.

              The properties that can be set in `properties` are as follows:
              - `targetSpeedClass`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimSpeedClassAttributeRule`: Execute when the speed class of an IoT SIM changes.

              The properties that can be set in `properties` are as follows:
              - `targetSpeedClass`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SubscriberExpiredRule`: Execute when a subscriber's validity period expires.

              The properties that can be set in `properties` are as follows:
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimExpiredRule`: Execute when the validity period of an IoT SIM expires.

              The properties that can be set in `properties` are as follows:
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SubscriberImeiMismatchedRule`: Execute when a subscriber fails to connect due to an IMEI lock.

              The properties that can be set in `properties` are as follows:
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimImeiMismatchedRule`: Execute when an IoT SIM fails to connect due to an IMEI lock.

              The properties that can be set in `properties` are as follows:
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimDailyTotalTrafficRule`: Execute when the total daily data traffic volume of all subscribers linked to an
            IoT SIM exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimMonthlyTotalTrafficRule`: Execute when the total monthly data traffic volume of all subscribers linked to
            an IoT SIM exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimCumulativeTotalTrafficRule`: Execute when the total cumulative data traffic volume from the start of use
            of all subscribers linked to an IoT SIM exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `SimSubscriptionStatusRule`: Execute when a subscription is added to an IoT SIM.

              The properties that can be set in `properties` are as follows:
              - `targetOtaStatus`
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `DailyTotalTrafficRule`: Execute when the total daily data traffic volume of all IoT SIMs linked to a
            group/operator exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `MonthlyTotalTrafficRule`: Execute when the total monthly data traffic volume of all IoT SIMs linked to a
            group/operator exceeds a certain limit.

              The properties that can be set in `properties` are as follows:
              - `limitTotalTrafficMegaByte` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
              - `runOnceAmongTarget`
            - `MonthlyChargeRule`: Execute when this month's usage fee exceeds a set amount.

              The properties that can be set in `properties` are as follows:
              - `limitTotalAmount` (required)
              - `inactiveTimeoutDateConst` (required)
              - `inactiveTimeoutOffsetMinutes`
    """

    properties: RuleConfigProperty
    type_: RuleConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        properties: RuleConfigProperty | Mapping[str, Any],
        type_: RuleConfigType
        | Literal[
            "SubscriberFirstTrafficRule",
            "SubscriberDailyTrafficRule",
            "SubscriberMonthlyTrafficRule",
            "SubscriberCumulativeTrafficRule",
            "SubscriberStatusAttributeRule",
            "SimStatusAttributeRule",
            "SubscriberSpeedClassAttributeRule",
            "SimSpeedClassAttributeRule",
            "SubscriberExpiredRule",
            "SimExpiredRule",
            "SubscriberImeiMismatchedRule",
            "SimImeiMismatchedRule",
            "SimDailyTotalTrafficRule",
            "SimMonthlyTotalTrafficRule",
            "SimCumulativeTotalTrafficRule",
            "SimSubscriptionStatusRule",
            "DailyTotalTrafficRule",
            "MonthlyTotalTrafficRule",
            "MonthlyChargeRule",
            "SubscriberSessionStatusRule",
        ],
    ) -> None:
        self.properties = as_model(properties, RuleConfigProperty, "RuleConfig", "properties")
        self.type_ = as_enum(type_, RuleConfigType, "RuleConfig", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"properties={self.properties!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RuleConfig):
            return NotImplemented
        return (
            self.properties,
            self.type_,
            self.additional_properties,
        ) == (
            other.properties,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_properties = d.pop("properties", None)
        if _required_properties is None:
            raise missing_field(cls.__name__, "properties")
        properties = _from_dict_RuleConfigProperty(_required_properties)

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_RuleConfigType[_type_]
        except (KeyError, TypeError):
            type_ = RuleConfigType(_type_)

        _self = cls.__new__(cls)
        _self.properties = properties
        _self.type_ = type_
        _self.additional_properties = d if d else {}
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Referenced models, imported after the class so that cycles resolve.
from ..models.rule_config_property import RuleConfigProperty  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_RuleConfigType = RuleConfigType._value2member_map_
_from_dict_RuleConfigProperty = RuleConfigProperty.from_dict
