from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sim_downlink_rtsp_command_snapshot_options_destinations import (
        SimDownlinkRtspCommandSnapshotOptionsDestinations,
    )


T = TypeVar("T", bound="SimDownlinkRtspCommandSnapshotOptions")


@_attrs_define
class SimDownlinkRtspCommandSnapshotOptions:
    """
    Attributes:
        destinations (SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset): Storage destination for the snapshot
            image.
    """

    destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations: dict[str, Any] | Unset = UNSET
        if self.destinations is not UNSET:
            destinations = self.destinations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if destinations is not UNSET:
            field_dict["destinations"] = destinations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _destinations = d.pop("destinations", UNSET)
        destinations: SimDownlinkRtspCommandSnapshotOptionsDestinations | Unset
        if isinstance(_destinations, Unset):
            destinations = UNSET
        else:
            destinations = SimDownlinkRtspCommandSnapshotOptionsDestinations.from_dict(
                _destinations
            )

        sim_downlink_rtsp_command_snapshot_options = cls(
            destinations=destinations,
        )

        sim_downlink_rtsp_command_snapshot_options.additional_properties = d
        return sim_downlink_rtsp_command_snapshot_options

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
