from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_tcp_connection_fire_and_forget_options_type import (
    SimDownlinkTcpConnectionFireAndForgetOptionsType,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SimDownlinkTcpConnectionFireAndForgetOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpConnectionFireAndForgetOptions:
    """Establishes a TCP connection with the device and attempts to send specified data, then returns the API response.

    - Does not wait for data reception from the device.
    - Even if the device cannot be reached over the network or data transmission to the device is confirmed, this API
    will still return a successful response.

        Attributes:
            type_ (SimDownlinkTcpConnectionFireAndForgetOptionsType | None | Unset):
    """

    type_: SimDownlinkTcpConnectionFireAndForgetOptionsType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SimDownlinkTcpConnectionFireAndForgetOptionsType
        | Literal["fire_and_forget"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.type_ = as_enum(
            type_,
            SimDownlinkTcpConnectionFireAndForgetOptionsType,
            "SimDownlinkTcpConnectionFireAndForgetOptions",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkTcpConnectionFireAndForgetOptions
        ):
            return NotImplemented
        return (
            self.type_,
            self.additional_properties,
        ) == (
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkTcpConnectionFireAndForgetOptionsType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkTcpConnectionFireAndForgetOptionsType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkTcpConnectionFireAndForgetOptionsType(_type_)

        _self = cls.__new__(cls)
        _self.type_ = type_
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
_by_value_SimDownlinkTcpConnectionFireAndForgetOptionsType = (
    SimDownlinkTcpConnectionFireAndForgetOptionsType._value2member_map_
)
