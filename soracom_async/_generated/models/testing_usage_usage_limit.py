from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="TestingUsageUsageLimit")


@_attrs_define(init=False, repr=False, eq=False)
class TestingUsageUsageLimit:
    """Configuration of the testing status. If any of the thresholds (`days`, `dataBytes`, or `numberOfSms`) are exceeded,
    the IoT SIM status will automatically change to `nextStatus` after `statusTransitionDelayDays` days.

        Attributes:
            data_bytes (int): Amount of data usage exempt from charges during testing status.
            days (int): Number of days during which usage charges are waived while in testing status.
            next_status (TestingUsageUsageLimitNextStatus): IoT SIM status to automatically switch to once any testing limit
                is exceeded.
            number_of_sms (int): Number of SMS sent/received exempt from charges during testing status.
            status_transition_delay_days (int | None | Unset): Number of days to delay automatic status change after any
                limit is exceeded.
    """

    data_bytes: int
    days: int
    next_status: TestingUsageUsageLimitNextStatus
    number_of_sms: int
    status_transition_delay_days: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        data_bytes: int,
        days: int,
        next_status: TestingUsageUsageLimitNextStatus | Literal["active", "standby", "suspended"],
        number_of_sms: int,
        status_transition_delay_days: int | None | Unset = UNSET,
    ) -> None:
        self.data_bytes = data_bytes
        self.days = days
        self.next_status = as_enum(
            next_status, TestingUsageUsageLimitNextStatus, "TestingUsageUsageLimit", "next_status"
        )
        self.number_of_sms = number_of_sms
        self.status_transition_delay_days = status_transition_delay_days
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data_bytes={self.data_bytes!r}, "
            f"days={self.days!r}, "
            f"next_status={self.next_status!r}, "
            f"number_of_sms={self.number_of_sms!r}, "
            f"status_transition_delay_days={self.status_transition_delay_days!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TestingUsageUsageLimit):
            return NotImplemented
        return (
            self.data_bytes,
            self.days,
            self.next_status,
            self.number_of_sms,
            self.status_transition_delay_days,
            self.additional_properties,
        ) == (
            other.data_bytes,
            other.days,
            other.next_status,
            other.number_of_sms,
            other.status_transition_delay_days,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data_bytes = self.data_bytes

        days = self.days

        next_status = str(self.next_status)

        number_of_sms = self.number_of_sms

        status_transition_delay_days = self.status_transition_delay_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataBytes": data_bytes,
                "days": days,
                "nextStatus": next_status,
                "numberOfSms": number_of_sms,
            }
        )
        if status_transition_delay_days is not UNSET:
            field_dict["statusTransitionDelayDays"] = status_transition_delay_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_data_bytes = d.pop("dataBytes", None)
        if _required_data_bytes is None:
            raise missing_field(cls.__name__, "dataBytes")
        data_bytes = _required_data_bytes

        _required_days = d.pop("days", None)
        if _required_days is None:
            raise missing_field(cls.__name__, "days")
        days = _required_days

        _required_next_status = d.pop("nextStatus", None)
        if _required_next_status is None:
            raise missing_field(cls.__name__, "nextStatus")
        _next_status = _required_next_status
        try:
            next_status = _by_value_TestingUsageUsageLimitNextStatus[_next_status]
        except (KeyError, TypeError):
            next_status = TestingUsageUsageLimitNextStatus(_next_status)

        _required_number_of_sms = d.pop("numberOfSms", None)
        if _required_number_of_sms is None:
            raise missing_field(cls.__name__, "numberOfSms")
        number_of_sms = _required_number_of_sms

        status_transition_delay_days = d.pop("statusTransitionDelayDays", UNSET)

        _self = cls.__new__(cls)
        _self.data_bytes = data_bytes
        _self.days = days
        _self.next_status = next_status
        _self.number_of_sms = number_of_sms
        _self.status_transition_delay_days = status_transition_delay_days
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
_by_value_TestingUsageUsageLimitNextStatus = TestingUsageUsageLimitNextStatus._value2member_map_
