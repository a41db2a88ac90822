from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.testing_usage_usage_limit_next_status import TestingUsageUsageLimitNextStatus
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="TestingUsageUsageLimit")


@_attrs_define
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
        data_bytes = d.pop("dataBytes")

        days = d.pop("days")

        next_status = TestingUsageUsageLimitNextStatus(d.pop("nextStatus"))

        number_of_sms = d.pop("numberOfSms")

        status_transition_delay_days = d.pop("statusTransitionDelayDays", UNSET)

        testing_usage_usage_limit = cls(
            data_bytes=data_bytes,
            days=days,
            next_status=next_status,
            number_of_sms=number_of_sms,
            status_transition_delay_days=status_transition_delay_days,
        )

        testing_usage_usage_limit.additional_properties = d
        return testing_usage_usage_limit

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
