from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.funnel_stats_response_funnel_stats_map import FunnelStatsResponseFunnelStatsMap


T = TypeVar("T", bound="FunnelStatsResponse")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelStatsResponse:
    """
    Attributes:
        funnel_stats_map (FunnelStatsResponseFunnelStatsMap | None | Unset):
        unixtime (int | None | Unset):
    """

    funnel_stats_map: FunnelStatsResponseFunnelStatsMap | None | Unset = UNSET
    unixtime: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        funnel_stats_map: FunnelStatsResponseFunnelStatsMap
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        unixtime: int | None | Unset = UNSET,
    ) -> None:
        self.funnel_stats_map = as_model(
            funnel_stats_map,
            FunnelStatsResponseFunnelStatsMap,
            "FunnelStatsResponse",
            "funnel_stats_map",
        )
        self.unixtime = unixtime
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"funnel_stats_map={self.funnel_stats_map!r}, "
            f"unixtime={self.unixtime!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FunnelStatsResponse):
            return NotImplemented
        return (
            self.funnel_stats_map,
            self.unixtime,
            self.additional_properties,
        ) == (
            other.funnel_stats_map,
            other.unixtime,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        funnel_stats_map: dict[str, Any] | None | Unset
        if self.funnel_stats_map is None or self.funnel_stats_map is UNSET:
            funnel_stats_map = self.funnel_stats_map
        else:
            funnel_stats_map = self.funnel_stats_map.to_dict()

        unixtime = self.unixtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if funnel_stats_map is not UNSET:
            field_dict["funnelStatsMap"] = funnel_stats_map
        if unixtime is not UNSET:
            field_dict["unixtime"] = unixtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _funnel_stats_map = d.pop("funnelStatsMap", UNSET)
        funnel_stats_map: FunnelStatsResponseFunnelStatsMap | None | Unset
        if _funnel_stats_map is None or _funnel_stats_map is UNSET:
            funnel_stats_map = _funnel_stats_map
        else:
            funnel_stats_map = _from_dict_FunnelStatsResponseFunnelStatsMap(_funnel_stats_map)

        unixtime = d.pop("unixtime", UNSET)

        _self = cls.__new__(cls)
        _self.funnel_stats_map = funnel_stats_map
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
from ..models.funnel_stats_response_funnel_stats_map import FunnelStatsResponseFunnelStatsMap  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_FunnelStatsResponseFunnelStatsMap = FunnelStatsResponseFunnelStatsMap.from_dict
