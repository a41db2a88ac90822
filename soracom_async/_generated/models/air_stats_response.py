from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.air_stats_response_data_traffic_stats_map import (
        AirStatsResponseDataTrafficStatsMap,
    )


T = TypeVar("T", bound="AirStatsResponse")


@_attrs_define(init=False, repr=False, eq=False)
class AirStatsResponse:
    """
    Attributes:
        data_traffic_stats_map (AirStatsResponseDataTrafficStatsMap | None | Unset):
        date (str | None | Unset): Date and time (Coordinated Universal Time (UTC))
        unixtime (int | None | Unset):
    """

    data_traffic_stats_map: AirStatsResponseDataTrafficStatsMap | None | Unset = UNSET
    date: str | None | Unset = UNSET
    unixtime: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        data_traffic_stats_map: AirStatsResponseDataTrafficStatsMap
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        date: str | None | Unset = UNSET,
        unixtime: int | None | Unset = UNSET,
    ) -> None:
        self.data_traffic_stats_map = as_model(
            data_traffic_stats_map,
            AirStatsResponseDataTrafficStatsMap,
            "AirStatsResponse",
            "data_traffic_stats_map",
        )
        self.date = date
        self.unixtime = unixtime
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data_traffic_stats_map={self.data_traffic_stats_map!r}, "
            f"date={self.date!r}, "
            f"unixtime={self.unixtime!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AirStatsResponse):
            return NotImplemented
        return (
            self.data_traffic_stats_map,
            self.date,
            self.unixtime,
            self.additional_properties,
        ) == (
            other.data_traffic_stats_map,
            other.date,
            other.unixtime,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data_traffic_stats_map: dict[str, Any] | None | Unset
        if self.data_traffic_stats_map is None or self.data_traffic_stats_map is UNSET:
            data_traffic_stats_map = self.data_traffic_stats_map
        else:
            data_traffic_stats_map = self.data_traffic_stats_map.to_dict()

        date = self.date

        unixtime = self.unixtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_traffic_stats_map is not UNSET:
            field_dict["dataTrafficStatsMap"] = data_traffic_stats_map
        if date is not UNSET:
            field_dict["date"] = date
        if unixtime is not UNSET:
            field_dict["unixtime"] = unixtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _data_traffic_stats_map = d.pop("dataTrafficStatsMap", UNSET)
        data_traffic_stats_map: AirStatsResponseDataTrafficStatsMap | None | Unset
        if _data_traffic_stats_map is None or _data_traffic_stats_map is UNSET:
            data_traffic_stats_map = _data_traffic_stats_map
        else:
            data_traffic_stats_map = _from_dict_AirStatsResponseDataTrafficStatsMap(
                _data_traffic_stats_map
            )

        date = d.pop("date", UNSET)

        unixtime = d.pop("unixtime", UNSET)

        _self = cls.__new__(cls)
        _self.data_traffic_stats_map = data_traffic_stats_map
        _self.date = date
        _self.unixtime = unixtime
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
from ..models.air_stats_response_data_traffic_stats_map import AirStatsResponseDataTrafficStatsMap  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_AirStatsResponseDataTrafficStatsMap = AirStatsResponseDataTrafficStatsMap.from_dict
