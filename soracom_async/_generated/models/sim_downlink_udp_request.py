from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_binary_encoding import SimDownlinkBinaryEncoding
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkUdpRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkUdpRequest:
    """
    Attributes:
        payload (str): Data to be sent, encoded as a string in the format specified by `payloadEncoding`. The maximum
            size is 1,472 bytes for the encoded string.

            **Warning**: Depending on the network path, the actual maximum size may be smaller. Data exceeding the maximum
            allowable size for the network path may be discarded.
        port (int): Port number for UDP.
        payload_encoding (SimDownlinkBinaryEncoding | None | Unset): Encoding format for binary data. "string" is
            treated as a UTF-8 string. "base64" is Base64 encoding, and "hex" is hexadecimal encoding. Case insensitive for
            hex.
    """

    payload: str
    port: int
    payload_encoding: SimDownlinkBinaryEncoding | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        payload: str,
        port: int,
        payload_encoding: SimDownlinkBinaryEncoding
        | Literal["string", "base64", "hex"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.payload = payload
        self.port = port
        self.payload_encoding = as_enum(
            payload_encoding, SimDownlinkBinaryEncoding, "SimDownlinkUdpRequest", "payload_encoding"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"payload={self.payload!r}, "
            f"port={self.port!r}, "
            f"payload_encoding={self.payload_encoding!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimDownlinkUdpRequest):
            return NotImplemented
        return (
            self.payload,
            self.port,
            self.payload_encoding,
            self.additional_properties,
        ) == (
            other.payload,
            other.port,
            other.payload_encoding,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        port = self.port

        payload_encoding: str | None | Unset
        if self.payload_encoding is None or self.payload_encoding is UNSET:
            payload_encoding = self.payload_encoding
        else:
            payload_encoding = str(self.payload_encoding)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
                "port": port,
            }
        )
        if payload_encoding is not UNSET:
            field_dict["payloadEncoding"] = payload_encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_payload = d.pop("payload", None)
        if _required_payload is None:
            raise missing_field(cls.__name__, "payload")
        payload = _required_payload

        _required_port = d.pop("port", None)
        if _required_port is None:
            raise missing_field(cls.__name__, "port")
        port = _required_port

        _payload_encoding = d.pop("payloadEncoding", UNSET)
        payload_encoding: SimDownlinkBinaryEncoding | None | Unset
        if _payload_encoding is None or _payload_encoding is UNSET:
            payload_encoding = _payload_encoding
        else:
            try:
                payload_encoding = _by_value_SimDownlinkBinaryEncoding[_payload_encoding]
            except (KeyError, TypeError):
                payload_encoding = SimDownlinkBinaryEncoding(_payload_encoding)

        _self = cls.__new__(cls)
        _self.payload = payload
        _self.port = port
        _self.payload_encoding = payload_encoding
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
