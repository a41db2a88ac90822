from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_request_period import ExportRequestPeriod
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="ExportRequest")


@_attrs_define(init=False, repr=False, eq=False)
class ExportRequest:
    """
    Attributes:
        from_ (int | None | Unset): Specify the start month/day/minute of the period to be aggregated in UNIX time in
            seconds. Example: 1709218800.
        period (ExportRequestPeriod | None | Unset): Unit of aggregation.

            - `month`: Aggregate by month.

              The `from` and `to` should be UNIX time (in seconds) from 18 months before the current time to the current
            time. The actual period of interest is not the time specified by `from` and `to`.

              | Item | Description |
              |-|-|
              | Actual start time | 00:00:00 on the first day of the month, including the specified UNIX time (in seconds).
            |
              | Actual end time | 24:00:00 of the last day of the month containing the specified UNIX time (in seconds). |
            - `day`: Aggregate by day.

              The `from` and `to` should be UNIX time (in seconds) from 18 months before the current time to the current
            time. The actual period of interest is not the time specified by `from` and `to`.

              | Item | Description |
              |-|-|
              | Actual start time | 00:00:00 of the day including the specified UNIX time (in seconds). |
              | Actual end time | 24:00:00 of the day including the specified UNIX time (in seconds). |
            - `minutes`: Aggregate by approximately every 5 minutes.

              The `from` and `to` must be between 32 days before the current time and the UNIX time (in seconds) of the
            current time. The actual period to be aggregated is not the time specified by `from` and `to`.

              | Item | Description |
              |-|-|
              | Actual Start Time | Start time of approximately 5 minutes including the specified UNIX time (seconds). |
              | Actual End Time | End time of approximately 5 minutes including the specified UNIX time (seconds). |
        to (int | None | Unset): Specify the end month/day/minute of the period to be aggregated in UNIX time in
            seconds. Example: 1714402800.
    """

    from_: int | None | Unset = UNSET
    period: ExportRequestPeriod | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        from_: int | None | Unset = UNSET,
        period: ExportRequestPeriod | Literal["month", "day", "minutes"] | None | Unset = UNSET,
        to: int | None | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.period = as_enum(period, ExportRequestPeriod, "ExportRequest", "period")
        self.to = to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"from_={self.from_!r}, "
            f"period={self.period!r}, "
            f"to={self.to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ExportRequest):
            return NotImplemented
        return (
            self.from_,
            self.period,
            self.to,
            self.additional_properties,
        ) == (
            other.from_,
            other.period,
            other.to,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        period: str | None | Unset
        if self.period is None or self.period is UNSET:
            period = self.period
        else:
            period = str(self.period)

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if period is not UNSET:
            field_dict["period"] = period
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        _period = d.pop("period", UNSET)
        period: ExportRequestPeriod | None | Unset
        if _period is None or _period is UNSET:
            period = _period
        else:
            try:
                period = _by_value_ExportRequestPeriod[_period]
            except (KeyError, TypeError):
                period = ExportRequestPeriod(_period)

        to = d.pop("to", UNSET)

        _self = cls.__new__(cls)
        _self.from_ = from_
        _self.period = period
        _self.to = to
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
_by_value_ExportRequestPeriod = ExportRequestPeriod._value2member_map_
