from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_tcp_connection_wait_first_options_type import (
    SimDownlinkTcpConnectionWaitFirstOptionsType,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SimDownlinkTcpConnectionWaitFirstOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpConnectionWaitFirstOptions:
    """Establishes a TCP connection with the device and sends the specified data. Then, as soon as the first data from the
    device is received, the TCP connection is terminated and the API response is returned.

    - Data received from the device is not included in the API response.
    - Even if the device continues sending data, the TCP connection is disconnected immediately after receiving the
    first data.
    - In the following cases, an API response indicating an error is returned:
        - If no data is received from the device.

            After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
        - If the device disconnects the TCP connection before sending any data.

        Attributes:
            type_ (SimDownlinkTcpConnectionWaitFirstOptionsType | None | Unset):
    """

    type_: SimDownlinkTcpConnectionWaitFirstOptionsType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SimDownlinkTcpConnectionWaitFirstOptionsType
        | Literal["wait_first"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.type_ = as_enum(
            type_,
            SimDownlinkTcpConnectionWaitFirstOptionsType,
            "SimDownlinkTcpConnectionWaitFirstOptions",
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
            other, SimDownlinkTcpConnectionWaitFirstOptions
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
        type_: SimDownlinkTcpConnectionWaitFirstOptionsType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkTcpConnectionWaitFirstOptionsType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkTcpConnectionWaitFirstOptionsType(_type_)

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
_by_value_SimDownlinkTcpConnectionWaitFirstOptionsType = (
    SimDownlinkTcpConnectionWaitFirstOptionsType._value2member_map_
)
