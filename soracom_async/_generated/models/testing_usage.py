from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.testing_usage_usage import TestingUsageUsage
    from ..models.testing_usage_usage_limit import TestingUsageUsageLimit


T = TypeVar("T", bound="TestingUsage")


@_attrs_define(init=False, repr=False, eq=False)
class TestingUsage:
    """
    Attributes:
        started_time (int): Date and time when the IoT SIM status changed to "testing" (UNIX time in milliseconds).
        ended_time (int | None | Unset): Date and time when the "testing" status ended (UNIX time in milliseconds).
            This value is set when the predefined conditions are met, or when the SIM status is changed
            via the Soracom User Console or APIs such as [Sim:activateSim](#/Sim/activateSim).
            Omitted if the SIM is still in the "testing" status.
        usage (TestingUsageUsage | None | Unset): Data usage and number of SMS sent/received while in testing status.
        usage_limit (TestingUsageUsageLimit | None | Unset): Configuration of the testing status. If any of the
            thresholds (`days`, `dataBytes`, or `numberOfSms`) are exceeded, the IoT SIM status will automatically change to
            `nextStatus` after `statusTransitionDelayDays` days.
    """

    started_time: int
    ended_time: int | None | Unset = UNSET
    usage: TestingUsageUsage | None | Unset = UNSET
    usage_limit: TestingUsageUsageLimit | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        started_time: int,
        ended_time: int | None | Unset = UNSET,
        usage: TestingUsageUsage | Mapping[str, Any] | None | Unset = UNSET,
        usage_limit: TestingUsageUsageLimit | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.started_time = started_time
        self.ended_time = ended_time
        self.usage = as_model(usage, TestingUsageUsage, "TestingUsage", "usage")
        self.usage_limit = as_model(
            usage_limit, TestingUsageUsageLimit, "TestingUsage", "usage_limit"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"started_time={self.started_time!r}, "
            f"ended_time={self.ended_time!r}, "
            f"usage={self.usage!r}, "
            f"usage_limit={self.usage_limit!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, TestingUsage):
            return NotImplemented
        return (
            self.started_time,
            self.ended_time,
            self.usage,
            self.usage_limit,
            self.additional_properties,
        ) == (
            other.started_time,
            other.ended_time,
            other.usage,
            other.usage_limit,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        started_time = self.started_time

        ended_time = self.ended_time

        usage: dict[str, Any] | None | Unset
        if self.usage is None or self.usage is UNSET:
            usage = self.usage
        else:
            usage = self.usage.to_dict()

        usage_limit: dict[str, Any] | None | Unset
        if self.usage_limit is None or self.usage_limit is UNSET:
            usage_limit = self.usage_limit
        else:
            usage_limit = self.usage_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startedTime": started_time,
            }
        )
        if ended_time is not UNSET:
            field_dict["endedTime"] = ended_time
        if usage is not UNSET:
            field_dict["usage"] = usage
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_started_time = d.pop("startedTime", None)
        if _required_started_time is None:
            raise missing_field(cls.__name__, "startedTime")
        started_time = _required_started_time

        ended_time = d.pop("endedTime", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: TestingUsageUsage | None | Unset
        if _usage is None or _usage is UNSET:
            usage = _usage
        else:
            usage = _from_dict_TestingUsageUsage(_usage)

        _usage_limit = d.pop("usageLimit", UNSET)
        usage_limit: TestingUsageUsageLimit | None | Unset
        if _usage_limit is None or _usage_limit is UNSET:
            usage_limit = _usage_limit
        else:
            usage_limit = _from_dict_TestingUsageUsageLimit(_usage_limit)

        _self = cls.__new__(cls)
        _self.started_time = started_time
        _self.ended_time = ended_time
        _self.usage = usage
        _self.usage_limit = usage_limit
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
from ..models.testing_usage_usage import TestingUsageUsage  # noqa: E402
from ..models.testing_usage_usage_limit import TestingUsageUsageLimit  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_TestingUsageUsage = TestingUsageUsage.from_dict
_from_dict_TestingUsageUsageLimit = TestingUsageUsageLimit.from_dict
