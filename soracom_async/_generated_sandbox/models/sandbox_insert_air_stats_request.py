from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sandbox_insert_air_stats_request_data_traffic_stats_map import (
        SandboxInsertAirStatsRequestDataTrafficStatsMap,
    )


T = TypeVar("T", bound="SandboxInsertAirStatsRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxInsertAirStatsRequest:
    """
    Attributes:
        data_traffic_stats_map (SandboxInsertAirStatsRequestDataTrafficStatsMap | None | Unset): Test data for each
            speed class, including data for both upload and download, with timestamps. Specify a string representing the
            speed class as a key.

            - `s1.minimum`
            - `s1.slow`
            - `s1.standard`
            - `s1.fast`
            - `s1.4xfast`
            - `s1.8xfast`
            - `u1.standard`
            - `u1.slow`
            - `t1.standard`
            - `arc.standard`
        unixtime (int | None | Unset): UNIX time (in seconds).
    """

    data_traffic_stats_map: SandboxInsertAirStatsRequestDataTrafficStatsMap | None | Unset = UNSET
    unixtime: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        data_traffic_stats_map: SandboxInsertAirStatsRequestDataTrafficStatsMap
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        unixtime: int | None | Unset = UNSET,
    ) -> None:
        self.data_traffic_stats_map = as_model(
            data_traffic_stats_map,
            SandboxInsertAirStatsRequestDataTrafficStatsMap,
            "SandboxInsertAirStatsRequest",
            "data_traffic_stats_map",
        )
        self.unixtime = unixtime
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data_traffic_stats_map={self.data_traffic_stats_map!r}, "
            f"unixtime={self.unixtime!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxInsertAirStatsRequest
        ):
            return NotImplemented
        return (
            self.data_traffic_stats_map,
            self.unixtime,
            self.additional_properties,
        ) == (
            other.data_traffic_stats_map,
            other.unixtime,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data_traffic_stats_map: dict[str, Any] | None | Unset
        if self.data_traffic_stats_map is None or self.data_traffic_stats_map is UNSET:
            data_traffic_stats_map = self.data_traffic_stats_map
        else:
            data_traffic_stats_map = self.data_traffic_stats_map.to_dict()

        unixtime = self.unixtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_traffic_stats_map is not UNSET:
            field_dict["dataTrafficStatsMap"] = data_traffic_stats_map
        if unixtime is not UNSET:
            field_dict["unixtime"] = unixtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _data_traffic_stats_map = d.pop("dataTrafficStatsMap", UNSET)
        data_traffic_stats_map: SandboxInsertAirStatsRequestDataTrafficStatsMap | None | Unset
        if _data_traffic_stats_map is None or _data_traffic_stats_map is UNSET:
            data_traffic_stats_map = _data_traffic_stats_map
        else:
            data_traffic_stats_map = _from_dict_SandboxInsertAirStatsRequestDataTrafficStatsMap(
                _data_traffic_stats_map
            )

        unixtime = d.pop("unixtime", UNSET)

        _self = cls.__new__(cls)
        _self.data_traffic_stats_map = data_traffic_stats_map
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
from ..models.sandbox_insert_air_stats_request_data_traffic_stats_map import (
    SandboxInsertAirStatsRequestDataTrafficStatsMap,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SandboxInsertAirStatsRequestDataTrafficStatsMap = (
    SandboxInsertAirStatsRequestDataTrafficStatsMap.from_dict
)
