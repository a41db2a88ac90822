from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_power_state_power_state import SoraCamPowerStatePowerState
from ..types import wrong_shape

T = TypeVar("T", bound="SoraCamPowerState")


@_attrs_define
class SoraCamPowerState:
    """
    Attributes:
        power_state (SoraCamPowerStatePowerState): Power state of the SoraCam compatible camera device.

            - `on`
            - `sleep`
    """

    power_state: SoraCamPowerStatePowerState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        power_state = str(self.power_state)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "powerState": power_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        power_state = SoraCamPowerStatePowerState(d.pop("powerState"))

        sora_cam_power_state = cls(
            power_state=power_state,
        )

        sora_cam_power_state.additional_properties = d
        return sora_cam_power_state

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
