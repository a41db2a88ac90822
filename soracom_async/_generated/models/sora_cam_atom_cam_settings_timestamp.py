from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_atom_cam_settings_timestamp_state import SoraCamAtomCamSettingsTimestampState
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamAtomCamSettingsTimestamp")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamAtomCamSettingsTimestamp:
    """
    Attributes:
        state (SoraCamAtomCamSettingsTimestampState): Display settings for the timestamp shown on the bottom right of
            the captured image.

            - `on`
            - `off`
    """

    state: SoraCamAtomCamSettingsTimestampState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        state: SoraCamAtomCamSettingsTimestampState | Literal["on", "off"],
    ) -> None:
        self.state = as_enum(
            state, SoraCamAtomCamSettingsTimestampState, "SoraCamAtomCamSettingsTimestamp", "state"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"state={self.state!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamAtomCamSettingsTimestamp
        ):
            return NotImplemented
        return (
            self.state,
            self.additional_properties,
        ) == (
            other.state,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        state = str(self.state)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_state = d.pop("state", None)
        if _required_state is None:
            raise missing_field(cls.__name__, "state")
        _state = _required_state
        try:
            state = _by_value_SoraCamAtomCamSettingsTimestampState[_state]
        except (KeyError, TypeError):
            state = SoraCamAtomCamSettingsTimestampState(_state)

        _self = cls.__new__(cls)
        _self.state = state
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
_by_value_SoraCamAtomCamSettingsTimestampState = (
    SoraCamAtomCamSettingsTimestampState._value2member_map_
)
