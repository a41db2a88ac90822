from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="ExecuteSoraletResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ExecuteSoraletResponse:
    """
    Attributes:
        body (str | None | Unset):
        content_type (str | None | Unset):
        encoding_type (str | None | Unset):
        result_code (int | None | Unset):
    """

    body: str | None | Unset = UNSET
    content_type: str | None | Unset = UNSET
    encoding_type: str | None | Unset = UNSET
    result_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        body: str | None | Unset = UNSET,
        content_type: str | None | Unset = UNSET,
        encoding_type: str | None | Unset = UNSET,
        result_code: int | None | Unset = UNSET,
    ) -> None:
        self.body = body
        self.content_type = content_type
        self.encoding_type = encoding_type
        self.result_code = result_code
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"content_type={self.content_type!r}, "
            f"encoding_type={self.encoding_type!r}, "
            f"result_code={self.result_code!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ExecuteSoraletResponse):
            return NotImplemented
        return (
            self.body,
            self.content_type,
            self.encoding_type,
            self.result_code,
            self.additional_properties,
        ) == (
            other.body,
            other.content_type,
            other.encoding_type,
            other.result_code,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        content_type = self.content_type

        encoding_type = self.encoding_type

        result_code = self.result_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if encoding_type is not UNSET:
            field_dict["encodingType"] = encoding_type
        if result_code is not UNSET:
            field_dict["resultCode"] = result_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        content_type = d.pop("contentType", UNSET)

        encoding_type = d.pop("encodingType", UNSET)

        result_code = d.pop("resultCode", UNSET)

        _self = cls.__new__(cls)
        _self.body = body
        _self.content_type = content_type
        _self.encoding_type = encoding_type
        _self.result_code = result_code
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
