from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SmsForwardingRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SmsForwardingRequest:
    """
    Attributes:
        encoding_type (int | None | Unset): Encoding type of the message body. Default is `2` (`DCS_UCS2`).

            - `1`: Send in GSM 7-bit that only supports standard alphabet. Kanji, Cyrillic, and Arabic characters cannot be
            sent. Maximum 160 characters (maximum 140 bytes).

                Example: `{"encodingType": 1, "payload": "Test message."}`
            - `2`: Send in UCS-2, which supports Kanji, Cyrillic, Arabic, etc. Maximum 70 characters.

                Example: `{"encodingType": 2, "payload": "テストメッセージ"}`
             Default: 2.
        payload (str | None | Unset):
    """

    encoding_type: int | None | Unset = 2
    payload: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        encoding_type: int | None | Unset = 2,
        payload: str | None | Unset = UNSET,
    ) -> None:
        self.encoding_type = encoding_type
        self.payload = payload
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"encoding_type={self.encoding_type!r}, "
            f"payload={self.payload!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SmsForwardingRequest):
            return NotImplemented
        return (
            self.encoding_type,
            self.payload,
            self.additional_properties,
        ) == (
            other.encoding_type,
            other.payload,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        encoding_type = self.encoding_type

        payload = self.payload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if encoding_type is not UNSET:
            field_dict["encodingType"] = encoding_type
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        encoding_type = d.pop("encodingType", UNSET)

        payload = d.pop("payload", UNSET)

        _self = cls.__new__(cls)
        _self.encoding_type = encoding_type
        _self.payload = payload
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
