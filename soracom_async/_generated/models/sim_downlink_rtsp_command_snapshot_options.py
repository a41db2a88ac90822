from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_command_snapshot_options_destinations import (
        SimDownlinkRtspCommandSnapshotOptionsDestinations,
    )


T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkRtspCommandSnapshotOptions:
    """
    Attributes:
        destinations (SimDownlinkRtspCommandSnapshotOptionsDestinations | None | Unset): Storage destination for the
            snapshot image.
    """

    destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.destinations = as_model(
            destinations,
            SimDownlinkRtspCommandSnapshotOptionsDestinations,
            "SimDownlinkRtspCommandSnapshotOptions",
            "destinations",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destinations={self.destinations!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkRtspCommandSnapshotOptions
        ):
            return NotImplemented
        return (
            self.destinations,
            self.additional_properties,
        ) == (
            other.destinations,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destinations: dict[str, Any] | None | Unset
        if self.destinations is None or self.destinations is UNSET:
            destinations = self.destinations
        else:
            destinations = self.destinations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | None | Unset
        if _destinations is None or _destinations is UNSET:
            destinations = _destinations
        else:
            destinations = _from_dict_SimDownlinkRtspCommandSnapshotOptionsDestinations(
                _destinations
            )

        _self = cls.__new__(cls)
        _self.destinations = destinations
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
from ..models.sim_downlink_rtsp_command_snapshot_options_destinations import (
    SimDownlinkRtspCommandSnapshotOptionsDestinations,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SimDownlinkRtspCommandSnapshotOptionsDestinations = (
    SimDownlinkRtspCommandSnapshotOptionsDestinations.from_dict
)
