from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="APICallErrorMessage")


@_attrs_define(init=False, repr=False, eq=False)
class APICallErrorMessage:
    """
    Attributes:
        code (str): Error code.
        message (str): Error message. You can select the output language for error messages by setting the language (en,
            ja) in the X-Soracom-Lang header at request time.
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        code: str,
        message: str,
    ) -> None:
        self.code = code
        self.message = message
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"code={self.code!r}, "
            f"message={self.message!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, APICallErrorMessage):
            return NotImplemented
        return (
            self.code,
            self.message,
            self.additional_properties,
        ) == (
            other.code,
            other.message,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_code = d.pop("code", None)
        if _required_code is None:
            raise missing_field(cls.__name__, "code")
        code = _required_code

        _required_message = d.pop("message", None)
        if _required_message is None:
            raise missing_field(cls.__name__, "message")
        message = _required_message

        _self = cls.__new__(cls)
        _self.code = code
        _self.message = message
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
