from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..models.sim_downlink_tcp_connection_wait_for_pattern_options_type import (
    SimDownlinkTcpConnectionWaitForPatternOptionsType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkTcpConnectionWaitForPatternOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpConnectionWaitForPatternOptions:
    """Establishes a TCP connection with the device and sends the specified data, then waits for data reception from the
    device. Then, returns the data received until "the byte pattern specified by `terminationPattern` is received" as
    the API response.

    - In the following cases, an API response indicating an error is returned:
        - If no data is received from the device.

            After the time specified by `timeout` elapses, the TCP connection is terminated and an error is returned.
        - If data matching the pattern is not received within the time specified by `timeout`.

        Attributes:
            termination_pattern (str): The sequence of bytes that ends data reception, encoded as a UTF-8 string in the
                format specified by `terminationPatternEncoding`.
            termination_pattern_encoding (SimDownlinkBinaryEncoding | None | Unset): Encoding format for binary data.
                "string" is treated as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case
                insensitive for hex.
            type_ (SimDownlinkTcpConnectionWaitForPatternOptionsType | None | Unset):
    """

    termination_pattern: str
    termination_pattern_encoding: SimDownlinkBinaryEncoding | None | Unset = UNSET
    type_: SimDownlinkTcpConnectionWaitForPatternOptionsType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        termination_pattern: str,
        termination_pattern_encoding: SimDownlinkBinaryEncoding
        | Literal["string", "base64", "hex"]
        | None
        | Unset = UNSET,
        type_: SimDownlinkTcpConnectionWaitForPatternOptionsType
        | Literal["wait_for_pattern"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.termination_pattern = termination_pattern
        self.termination_pattern_encoding = as_enum(
            termination_pattern_encoding,
            SimDownlinkBinaryEncoding,
            "SimDownlinkTcpConnectionWaitForPatternOptions",
            "termination_pattern_encoding",
        )
        self.type_ = as_enum(
            type_,
            SimDownlinkTcpConnectionWaitForPatternOptionsType,
            "SimDownlinkTcpConnectionWaitForPatternOptions",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"termination_pattern={self.termination_pattern!r}, "
            f"termination_pattern_encoding={self.termination_pattern_encoding!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkTcpConnectionWaitForPatternOptions
        ):
            return NotImplemented
        return (
            self.termination_pattern,
            self.termination_pattern_encoding,
            self.type_,
            self.additional_properties,
        ) == (
            other.termination_pattern,
            other.termination_pattern_encoding,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        termination_pattern = self.termination_pattern

        termination_pattern_encoding: str | None | Unset
        if self.termination_pattern_encoding is None or self.termination_pattern_encoding is UNSET:
            termination_pattern_encoding = self.termination_pattern_encoding
        else:
            termination_pattern_encoding = str(self.termination_pattern_encoding)

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminationPattern": termination_pattern,
            }
        )
        if termination_pattern_encoding is not UNSET:
            field_dict["terminationPatternEncoding"] = termination_pattern_encoding
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_termination_pattern = d.pop("terminationPattern", None)
        if _required_termination_pattern is None:
            raise missing_field(cls.__name__, "terminationPattern")
        termination_pattern = _required_termination_pattern

        _termination_pattern_encoding = d.pop("terminationPatternEncoding", UNSET)
        termination_pattern_encoding: SimDownlinkBinaryEncoding | None | Unset
        if _termination_pattern_encoding is None or _termination_pattern_encoding is UNSET:
            termination_pattern_encoding = _termination_pattern_encoding
        else:
            try:
                termination_pattern_encoding = _by_value_SimDownlinkBinaryEncoding[
                    _termination_pattern_encoding
                ]
            except (KeyError, TypeError):
                termination_pattern_encoding = SimDownlinkBinaryEncoding(
                    _termination_pattern_encoding
                )

        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkTcpConnectionWaitForPatternOptionsType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkTcpConnectionWaitForPatternOptionsType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkTcpConnectionWaitForPatternOptionsType(_type_)

        _self = cls.__new__(cls)
        _self.termination_pattern = termination_pattern
        _self.termination_pattern_encoding = termination_pattern_encoding
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
_by_value_SimDownlinkBinaryEncoding = SimDownlinkBinaryEncoding._value2member_map_
_by_value_SimDownlinkTcpConnectionWaitForPatternOptionsType = (
    SimDownlinkTcpConnectionWaitForPatternOptionsType._value2member_map_
)
