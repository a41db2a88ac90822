from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_tcp_connection_idle_timeout_options_type import (
    SimDownlinkTcpConnectionIdleTimeoutOptionsType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkTcpConnectionIdleTimeoutOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpConnectionIdleTimeoutOptions:
    """Establishes a TCP connection with the device and sends the specified data, then waits for data reception from the
    device. After data reception begins, if no data is received for the time specified by `idleTimeout`, returns the
    data received up to that point as the API response.

    - In the following cases, an API response indicating an error is returned:
        - If no data is received from the device.

            After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
        - If the device disconnects the TCP connection before sending any data.

        Attributes:
            idle_timeout (int): Time to wait (seconds) after receiving the last data from the device.
            type_ (SimDownlinkTcpConnectionIdleTimeoutOptionsType | None | Unset):
    """

    idle_timeout: int
    type_: SimDownlinkTcpConnectionIdleTimeoutOptionsType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        idle_timeout: int,
        type_: SimDownlinkTcpConnectionIdleTimeoutOptionsType
        | Literal["idle_timeout"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.type_ = as_enum(
            type_,
            SimDownlinkTcpConnectionIdleTimeoutOptionsType,
            "SimDownlinkTcpConnectionIdleTimeoutOptions",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"idle_timeout={self.idle_timeout!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkTcpConnectionIdleTimeoutOptions
        ):
            return NotImplemented
        return (
            self.idle_timeout,
            self.type_,
            self.additional_properties,
        ) == (
            other.idle_timeout,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        idle_timeout = self.idle_timeout

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idleTimeout": idle_timeout,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_idle_timeout = d.pop("idleTimeout", None)
        if _required_idle_timeout is None:
            raise missing_field(cls.__name__, "idleTimeout")
        idle_timeout = _required_idle_timeout

        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkTcpConnectionIdleTimeoutOptionsType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkTcpConnectionIdleTimeoutOptionsType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkTcpConnectionIdleTimeoutOptionsType(_type_)

        _self = cls.__new__(cls)
        _self.idle_timeout = idle_timeout
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
_by_value_SimDownlinkTcpConnectionIdleTimeoutOptionsType = (
    SimDownlinkTcpConnectionIdleTimeoutOptionsType._value2member_map_
)
