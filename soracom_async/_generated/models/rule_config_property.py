from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_config_property_inactive_timeout_date_const import (
    RuleConfigPropertyInactiveTimeoutDateConst,
)
from ..models.rule_config_property_run_once_among_target import RuleConfigPropertyRunOnceAmongTarget
from ..models.rule_config_property_session_status import RuleConfigPropertySessionStatus
from ..models.rule_config_property_source_status import RuleConfigPropertySourceStatus
from ..models.rule_config_property_target_ota_status import RuleConfigPropertyTargetOtaStatus
from ..models.rule_config_property_target_speed_class import RuleConfigPropertyTargetSpeedClass
from ..models.rule_config_property_target_status import RuleConfigPropertyTargetStatus
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="RuleConfigProperty")


@_attrs_define(init=False, repr=False, eq=False)
class RuleConfigProperty:
    """
    Attributes:
        inactive_timeout_date_const (RuleConfigPropertyInactiveTimeoutDateConst): The timing for re-evaluation. For more
            details, refer to [Rule Parameters](/en/docs/air/event-handler/#rule-parameters). Specify one of the following,
            depending on the `type` value:

            - For types `SubscriberDailyTrafficRule`, `SubscriberMonthlyTrafficRule`, `SubscriberCumulativeTrafficRule`
            (*1), `SimDailyTotalTrafficRule`, `SimMonthlyTotalTrafficRule`, `SimCumulativeTotalTrafficRule` (*1),
            `SimSubscriptionStatusRule`, `DailyTotalTrafficRule`, `MonthlyTotalTrafficRule`:
              - `BEGINNING_OF_NEXT_MONTH`
              - `BEGINNING_OF_NEXT_DAY`
              - `AFTER_ONE_DAY`
              - `NEVER`

              (*1) Since cumulative data traffic volume does not reset, actions are repeatedly executed at re-evaluation
            timing after exceeding the threshold.
            - For type `SubscriberFirstTrafficRule`:
              - `NEVER`
            - For types `SubscriberStatusAttributeRule`, `SubscriberSessionStatusRule`, `SubscriberSpeedClassAttributeRule`,
            `SubscriberExpiredRule`, `SubscriberImeiMismatchedRule`, `SimStatusAttributeRule`, `SimSpeedClassAttributeRule`,
            `SimExpiredRule`, `SimImeiMismatchedRule`, `MonthlyChargeRule`:
              - `IMMEDIATELY`
              - `BEGINNING_OF_NEXT_MONTH`
              - `BEGINNING_OF_NEXT_DAY`
              - `AFTER_ONE_DAY`
              - `NEVER`
        has_imei (bool | None | Unset): Specify `true` if you want to target only session events that include an IMEI.
        inactive_timeout_offset_minutes (str | None | Unset): Offset (in minutes) for rule re-evaluation. For more
            details, refer to [Rule Parameters](/en/docs/air/event-handler/#rule-parameters). The default is `0`. Specify an
            integer between `0` and `525600` as a string.

            If `inactiveTimeoutDateConst` is set to `NEVER`, `inactiveTimeoutOffsetMinutes` cannot be specified.
        limit_total_amount (str | None | Unset): The threshold for "this month's usage fees for the operator". The unit
            is yen (for Japan coverage) or USD (for global coverage). Specify an integer between `1` and `2147483647` as a
            string.
        limit_total_traffic_mega_byte (str | None | Unset): The threshold for data traffic volume. The unit is MiB.
            Specify an integer between `1` and `2147483647` as a string.
        run_once_among_target (RuleConfigPropertyRunOnceAmongTarget | None | Unset): Do not re-execute until the timing
            for re-evaluation. For more details, refer to [Rule Parameters](/en/docs/air/event-handler/#rule-parameters).
        session_status (RuleConfigPropertySessionStatus | None | Unset): The session event type that triggers the
            action. Specify either `Created` (online) or `Deleted` (offline).
        source_status (RuleConfigPropertySourceStatus | None | Unset): The status of the IoT SIM before change. Specify
            one of the following when limiting the action execution to a specific pre-change status. If omitted, the action
            is executed when the status changes from any status.

            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`

            If both `sourceStatus` and `targetStatus` are omitted, the action is executed whenever the IoT SIM's status
            changes, regardless of the status.
        target_ota_status (RuleConfigPropertyTargetOtaStatus | None | Unset): The post-change status of OTA. Specify
            when executing an action based on the limited OTA status.

            - (Omitted): The action is executed when any status change occurs.
            - `started`: The action is executed when OTA starts.
            - `finished`: The action is executed when OTA is successfully completed.
            - `failed`: The action is executed when OTA fails.
        target_speed_class (RuleConfigPropertyTargetSpeedClass | None | Unset): The speed class after the change.
            Specify one of the following when limiting the action execution to a specific post-change speed class. If
            omitted, the action is executed when the speed class changes to any class.

            - For plans plan01s, plan01s - Low Data Volume, planXM1, planX3 (X3-5MB), planP1, plan-D (without bundle),
            plan-D (D-500MB), plan-K2 (K2-500MB), plan-K:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
            - For plan-US:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
                - `s1.8xfast`
            - For plan-DU:
                - `u1.standard`
                - `u1.slow`

            **Warning**: For plan-KM1 and virtual SIM/Subscriber, the speed class cannot be changed as there is only one
            type available.
        target_status (RuleConfigPropertyTargetStatus | None | Unset): The status of the IoT SIM after change. Specify
            one of the following when limiting the action execution to a specific post-change status. If omitted, the action
            is executed when the status changes to any status.

            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`

            If both `sourceStatus` and `targetStatus` are omitted, the action is executed whenever the IoT SIM's status
            changes, regardless of the status.
    """

    inactive_timeout_date_const: RuleConfigPropertyInactiveTimeoutDateConst
    has_imei: bool | None | Unset = UNSET
    inactive_timeout_offset_minutes: str | None | Unset = UNSET
    limit_total_amount: str | None | Unset = UNSET
    limit_total_traffic_mega_byte: str | None | Unset = UNSET
    run_once_among_target: RuleConfigPropertyRunOnceAmongTarget | None | Unset = UNSET
    session_status: RuleConfigPropertySessionStatus | None | Unset = UNSET
    source_status: RuleConfigPropertySourceStatus | None | Unset = UNSET
    target_ota_status: RuleConfigPropertyTargetOtaStatus | None | Unset = UNSET
    target_speed_class: RuleConfigPropertyTargetSpeedClass | None | Unset = UNSET
    target_status: RuleConfigPropertyTargetStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        inactive_timeout_date_const: RuleConfigPropertyInactiveTimeoutDateConst
        | Literal[
            "IMMEDIATELY",
            "BEGINNING_OF_NEXT_MONTH",
            "BEGINNING_OF_NEXT_DAY",
            "AFTER_ONE_DAY",
            "NEVER",
        ],
        has_imei: bool | None | Unset = UNSET,
        inactive_timeout_offset_minutes: str | None | Unset = UNSET,
        limit_total_amount: str | None | Unset = UNSET,
        limit_total_traffic_mega_byte: str | None | Unset = UNSET,
        run_once_among_target: RuleConfigPropertyRunOnceAmongTarget
        | Literal["true", "false"]
        | None
        | Unset = UNSET,
        session_status: RuleConfigPropertySessionStatus
        | Literal["Created", "Deleted"]
        | None
        | Unset = UNSET,
        source_status: RuleConfigPropertySourceStatus
        | Literal["ready", "active", "inactive", "standby", "suspended"]
        | None
        | Unset = UNSET,
        target_ota_status: RuleConfigPropertyTargetOtaStatus
        | Literal["started", "finished", "failed"]
        | None
        | Unset = UNSET,
        target_speed_class: RuleConfigPropertyTargetSpeedClass
        | Literal[
            "s1.minimum",
            "s1.slow",
            "s1.standard",
            "s1.fast",
            "s1.4xfast",
            "s1.8xfast",
            "u1.standard",
            "u1.slow",
        ]
        | None
        | Unset = UNSET,
        target_status: RuleConfigPropertyTargetStatus
        | Literal["ready", "active", "inactive", "standby", "suspended", "terminated"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.inactive_timeout_date_const = as_enum(
            inactive_timeout_date_const,
            RuleConfigPropertyInactiveTimeoutDateConst,
            "RuleConfigProperty",
            "inactive_timeout_date_const",
        )
        self.has_imei = has_imei
        self.inactive_timeout_offset_minutes = inactive_timeout_offset_minutes
        self.limit_total_amount = limit_total_amount
        self.limit_total_traffic_mega_byte = limit_total_traffic_mega_byte
        self.run_once_among_target = as_enum(
            run_once_among_target,
            RuleConfigPropertyRunOnceAmongTarget,
            "RuleConfigProperty",
            "run_once_among_target",
        )
        self.session_status = as_enum(
            session_status, RuleConfigPropertySessionStatus, "RuleConfigProperty", "session_status"
        )
        self.source_status = as_enum(
            source_status, RuleConfigPropertySourceStatus, "RuleConfigProperty", "source_status"
        )
        self.target_ota_status = as_enum(
            target_ota_status,
            RuleConfigPropertyTargetOtaStatus,
            "RuleConfigProperty",
            "target_ota_status",
        )
        self.target_speed_class = as_enum(
            target_speed_class,
            RuleConfigPropertyTargetSpeedClass,
            "RuleConfigProperty",
            "target_speed_class",
        )
        self.target_status = as_enum(
            target_status, RuleConfigPropertyTargetStatus, "RuleConfigProperty", "target_status"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"inactive_timeout_date_const={self.inactive_timeout_date_const!r}, "
            f"has_imei={self.has_imei!r}, "
            f"inactive_timeout_offset_minutes={self.inactive_timeout_offset_minutes!r}, "
            f"limit_total_amount={self.limit_total_amount!r}, "
            f"limit_total_traffic_mega_byte={self.limit_total_traffic_mega_byte!r}, "
            f"run_once_among_target={self.run_once_among_target!r}, "
            f"session_status={self.session_status!r}, "
            f"source_status={self.source_status!r}, "
            f"target_ota_status={self.target_ota_status!r}, "
            f"target_speed_class={self.target_speed_class!r}, "
            f"target_status={self.target_status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RuleConfigProperty):
            return NotImplemented
        return (
            self.inactive_timeout_date_const,
            self.has_imei,
            self.inactive_timeout_offset_minutes,
            self.limit_total_amount,
            self.limit_total_traffic_mega_byte,
            self.run_once_among_target,
            self.session_status,
            self.source_status,
            self.target_ota_status,
            self.target_speed_class,
            self.target_status,
            self.additional_properties,
        ) == (
            other.inactive_timeout_date_const,
            other.has_imei,
            other.inactive_timeout_offset_minutes,
            other.limit_total_amount,
            other.limit_total_traffic_mega_byte,
            other.run_once_among_target,
            other.session_status,
            other.source_status,
            other.target_ota_status,
            other.target_speed_class,
            other.target_status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        inactive_timeout_date_const = str(self.inactive_timeout_date_const)

        has_imei = self.has_imei

        inactive_timeout_offset_minutes = self.inactive_timeout_offset_minutes

        limit_total_amount = self.limit_total_amount

        limit_total_traffic_mega_byte = self.limit_total_traffic_mega_byte

        run_once_among_target: str | None | Unset
        if self.run_once_among_target is None or self.run_once_among_target is UNSET:
            run_once_among_target = self.run_once_among_target
        else:
            run_once_among_target = str(self.run_once_among_target)

        session_status: str | None | Unset
        if self.session_status is None or self.session_status is UNSET:
            session_status = self.session_status
        else:
            session_status = str(self.session_status)

        source_status: str | None | Unset
        if self.source_status is None or self.source_status is UNSET:
            source_status = self.source_status
        else:
            source_status = str(self.source_status)

        target_ota_status: str | None | Unset
        if self.target_ota_status is None or self.target_ota_status is UNSET:
            target_ota_status = self.target_ota_status
        else:
            target_ota_status = str(self.target_ota_status)

        target_speed_class: str | None | Unset
        if self.target_speed_class is None or self.target_speed_class is UNSET:
            target_speed_class = self.target_speed_class
        else:
            target_speed_class = str(self.target_speed_class)

        target_status: str | None | Unset
        if self.target_status is None or self.target_status is UNSET:
            target_status = self.target_status
        else:
            target_status = str(self.target_status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inactiveTimeoutDateConst": inactive_timeout_date_const,
            }
        )
        if has_imei is not UNSET:
            field_dict["hasImei"] = has_imei
        if inactive_timeout_offset_minutes is not UNSET:
            field_dict["inactiveTimeoutOffsetMinutes"] = inactive_timeout_offset_minutes
        if limit_total_amount is not UNSET:
            field_dict["limitTotalAmount"] = limit_total_amount
        if limit_total_traffic_mega_byte is not UNSET:
            field_dict["limitTotalTrafficMegaByte"] = limit_total_traffic_mega_byte
        if run_once_among_target is not UNSET:
            field_dict["runOnceAmongTarget"] = run_once_among_target
        if session_status is not UNSET:
            field_dict["sessionStatus"] = session_status
        if source_status is not UNSET:
            field_dict["sourceStatus"] = source_status
        if target_ota_status is not UNSET:
            field_dict["targetOtaStatus"] = target_ota_status
        if target_speed_class is not UNSET:
            field_dict["targetSpeedClass"] = target_speed_class
        if target_status is not UNSET:
            field_dict["targetStatus"] = target_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_inactive_timeout_date_const = d.pop("inactiveTimeoutDateConst", None)
        if _required_inactive_timeout_date_const is None:
            raise missing_field(cls.__name__, "inactiveTimeoutDateConst")
        _inactive_timeout_date_const = _required_inactive_timeout_date_const
        try:
            inactive_timeout_date_const = _by_value_RuleConfigPropertyInactiveTimeoutDateConst[
                _inactive_timeout_date_const
            ]
        except (KeyError, TypeError):
            inactive_timeout_date_const = RuleConfigPropertyInactiveTimeoutDateConst(
                _inactive_timeout_date_const
            )

        has_imei = d.pop("hasImei", UNSET)

        inactive_timeout_offset_minutes = d.pop("inactiveTimeoutOffsetMinutes", UNSET)

        limit_total_amount = d.pop("limitTotalAmount", UNSET)

        limit_total_traffic_mega_byte = d.pop("limitTotalTrafficMegaByte", UNSET)

        _run_once_among_target = d.pop("runOnceAmongTarget", UNSET)
        run_once_among_target: RuleConfigPropertyRunOnceAmongTarget | None | Unset
        if _run_once_among_target is None or _run_once_among_target is UNSET:
            run_once_among_target = _run_once_among_target
        else:
            try:
                run_once_among_target = _by_value_RuleConfigPropertyRunOnceAmongTarget[
                    _run_once_among_target
                ]
            except (KeyError, TypeError):
                run_once_among_target = RuleConfigPropertyRunOnceAmongTarget(_run_once_among_target)

        _session_status = d.pop("sessionStatus", UNSET)
        session_status: RuleConfigPropertySessionStatus | None | Unset
        if _session_status is None or _session_status is UNSET:
            session_status = _session_status
        else:
            try:
                session_status = _by_value_RuleConfigPropertySessionStatus[_session_status]
            except (KeyError, TypeError):
                session_status = RuleConfigPropertySessionStatus(_session_status)

        _source_status = d.pop("sourceStatus", UNSET)
        source_status: RuleConfigPropertySourceStatus | None | Unset
        if _source_status is None or _source_status is UNSET:
            source_status = _source_status
        else:
            try:
                source_status = _by_value_RuleConfigPropertySourceStatus[_source_status]
            except (KeyError, TypeError):
                source_status = RuleConfigPropertySourceStatus(_source_status)

        _target_ota_status = d.pop("targetOtaStatus", UNSET)
        target_ota_status: RuleConfigPropertyTargetOtaStatus | None | Unset
        if _target_ota_status is None or _target_ota_status is UNSET:
            target_ota_status = _target_ota_status
        else:
            try:
                target_ota_status = _by_value_RuleConfigPropertyTargetOtaStatus[_target_ota_status]
            except (KeyError, TypeError):
                target_ota_status = RuleConfigPropertyTargetOtaStatus(_target_ota_status)

        _target_speed_class = d.pop("targetSpeedClass", UNSET)
        target_speed_class: RuleConfigPropertyTargetSpeedClass | None | Unset
        if _target_speed_class is None or _target_speed_class is UNSET:
            target_speed_class = _target_speed_class
        else:
            try:
                target_speed_class = _by_value_RuleConfigPropertyTargetSpeedClass[
                    _target_speed_class
                ]
            except (KeyError, TypeError):
                target_speed_class = RuleConfigPropertyTargetSpeedClass(_target_speed_class)

        _target_status = d.pop("targetStatus", UNSET)
        target_status: RuleConfigPropertyTargetStatus | None | Unset
        if _target_status is None or _target_status is UNSET:
            target_status = _target_status
        else:
            try:
                target_status = _by_value_RuleConfigPropertyTargetStatus[_target_status]
            except (KeyError, TypeError):
                target_status = RuleConfigPropertyTargetStatus(_target_status)

        _self = cls.__new__(cls)
        _self.inactive_timeout_date_const = inactive_timeout_date_const
        _self.has_imei = has_imei
        _self.inactive_timeout_offset_minutes = inactive_timeout_offset_minutes
        _self.limit_total_amount = limit_total_amount
        _self.limit_total_traffic_mega_byte = limit_total_traffic_mega_byte
        _self.run_once_among_target = run_once_among_target
        _self.session_status = session_status
        _self.source_status = source_status
        _self.target_ota_status = target_ota_status
        _self.target_speed_class = target_speed_class
        _self.target_status = target_status
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


# Parsers called per object, bound once (after every import).
_by_value_RuleConfigPropertyInactiveTimeoutDateConst = (
    RuleConfigPropertyInactiveTimeoutDateConst._value2member_map_
)
_by_value_RuleConfigPropertyRunOnceAmongTarget = (
    RuleConfigPropertyRunOnceAmongTarget._value2member_map_
)
_by_value_RuleConfigPropertySessionStatus = RuleConfigPropertySessionStatus._value2member_map_
_by_value_RuleConfigPropertySourceStatus = RuleConfigPropertySourceStatus._value2member_map_
_by_value_RuleConfigPropertyTargetOtaStatus = RuleConfigPropertyTargetOtaStatus._value2member_map_
_by_value_RuleConfigPropertyTargetSpeedClass = RuleConfigPropertyTargetSpeedClass._value2member_map_
_by_value_RuleConfigPropertyTargetStatus = RuleConfigPropertyTargetStatus._value2member_map_
