from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_speed_class_request_speed_class import UpdateSpeedClassRequestSpeedClass
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="UpdateSpeedClassRequest")


@_attrs_define(init=False, repr=False, eq=False)
class UpdateSpeedClassRequest:
    """
    Attributes:
        speed_class (UpdateSpeedClassRequestSpeedClass): Speed class. Specify one of the following. Please specify the
            speed class that matches the subscription.

            - For plan01s, plan01s - Low Data Volume, planXM1, planX3 (X3-5MB), planP1, plan-D (without bundle), plan-D
            (D-500MB), plan-K2 (K2-500MB), plan-K:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
            - For plan-US:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
                - `s1.8xfast`
            - For plan-DU:
                - `u1.standard`
                - `u1.slow`

            **Warning**: Speed class for plan-KM1 and virtual SIM/Subscriber cannot be changed as there is only one speed
            class available.
    """

    speed_class: UpdateSpeedClassRequestSpeedClass
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        speed_class: UpdateSpeedClassRequestSpeedClass
        | Literal[
            "s1.minimum",
            "s1.slow",
            "s1.standard",
            "s1.fast",
            "s1.4xfast",
            "s1.8xfast",
            "u1.standard",
            "u1.slow",
        ],
    ) -> None:
        self.speed_class = as_enum(
            speed_class, UpdateSpeedClassRequestSpeedClass, "UpdateSpeedClassRequest", "speed_class"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"speed_class={self.speed_class!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UpdateSpeedClassRequest):
            return NotImplemented
        return (
            self.speed_class,
            self.additional_properties,
        ) == (
            other.speed_class,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        speed_class = str(self.speed_class)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "speedClass": speed_class,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_speed_class = d.pop("speedClass", None)
        if _required_speed_class is None:
            raise missing_field(cls.__name__, "speedClass")
        _speed_class = _required_speed_class
        try:
            speed_class = _by_value_UpdateSpeedClassRequestSpeedClass[_speed_class]
        except (KeyError, TypeError):
            speed_class = UpdateSpeedClassRequestSpeedClass(_speed_class)

        _self = cls.__new__(cls)
        _self.speed_class = speed_class
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
_by_value_UpdateSpeedClassRequestSpeedClass = UpdateSpeedClassRequestSpeedClass._value2member_map_
