from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_power_state_power_state import SoraCamPowerStatePowerState
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamPowerState")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamPowerState:
    """
    Attributes:
        power_state (SoraCamPowerStatePowerState): Power state of the SoraCam compatible camera device.

            - `on`
            - `sleep`
    """

    power_state: SoraCamPowerStatePowerState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        power_state: SoraCamPowerStatePowerState | Literal["on", "sleep"],
    ) -> None:
        self.power_state = as_enum(
            power_state, SoraCamPowerStatePowerState, "SoraCamPowerState", "power_state"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"power_state={self.power_state!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamPowerState):
            return NotImplemented
        return (
            self.power_state,
            self.additional_properties,
        ) == (
            other.power_state,
            other.additional_properties,
        )

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
        _required_power_state = d.pop("powerState", None)
        if _required_power_state is None:
            raise missing_field(cls.__name__, "powerState")
        _power_state = _required_power_state
        try:
            power_state = _by_value_SoraCamPowerStatePowerState[_power_state]
        except (KeyError, TypeError):
            power_state = SoraCamPowerStatePowerState(_power_state)

        _self = cls.__new__(cls)
        _self.power_state = power_state
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
_by_value_SoraCamPowerStatePowerState = SoraCamPowerStatePowerState._value2member_map_
