from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkTcpResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkTcpResponse:
    """Response for the TCP connection

    Attributes:
        data (str): Data received, encoded as a string in the format specified by dataEncoding. The maximum size is 5
            MiB for the encoded string.
        data_encoding (SimDownlinkBinaryEncoding | None | Unset): Encoding format for binary data. "string" is treated
            as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for hex.
    """

    data: str
    data_encoding: SimDownlinkBinaryEncoding | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        data: str,
        data_encoding: SimDownlinkBinaryEncoding
        | Literal["string", "base64", "hex"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.data = data
        self.data_encoding = as_enum(
            data_encoding, SimDownlinkBinaryEncoding, "SimDownlinkTcpResponse", "data_encoding"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"data={self.data!r}, "
            f"data_encoding={self.data_encoding!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkTcpResponse):
            return NotImplemented
        return (
            self.data,
            self.data_encoding,
            self.additional_properties,
        ) == (
            other.data,
            other.data_encoding,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        data_encoding: str | None | Unset
        if self.data_encoding is None or self.data_encoding is UNSET:
            data_encoding = self.data_encoding
        else:
            data_encoding = str(self.data_encoding)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if data_encoding is not UNSET:
            field_dict["dataEncoding"] = data_encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_data = d.pop("data", None)
        if _required_data is None:
            raise missing_field(cls.__name__, "data")
        data = _required_data

        _data_encoding = d.pop("dataEncoding", UNSET)
        data_encoding: SimDownlinkBinaryEncoding | None | Unset
        if _data_encoding is None or _data_encoding is UNSET:
            data_encoding = _data_encoding
        else:
            try:
                data_encoding = _by_value_SimDownlinkBinaryEncoding[_data_encoding]
            except (KeyError, TypeError):
                data_encoding = SimDownlinkBinaryEncoding(_data_encoding)

        _self = cls.__new__(cls)
        _self.data = data
        _self.data_encoding = data_encoding
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
