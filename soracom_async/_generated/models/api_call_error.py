from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.api_call_error_message import APICallErrorMessage


T = TypeVar("T", bound="APICallError")


@_attrs_define(init=False, repr=False, eq=False)
class APICallError:
    """
    Attributes:
        error_message (APICallErrorMessage | None | Unset):
        http_status (int | None | Unset):
    """

    error_message: APICallErrorMessage | None | Unset = UNSET
    http_status: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        error_message: APICallErrorMessage | Mapping[str, Any] | None | Unset = UNSET,
        http_status: int | None | Unset = UNSET,
    ) -> None:
        self.error_message = as_model(
            error_message, APICallErrorMessage, "APICallError", "error_message"
        )
        self.http_status = http_status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error_message={self.error_message!r}, "
            f"http_status={self.http_status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, APICallError):
            return NotImplemented
        return (
            self.error_message,
            self.http_status,
            self.additional_properties,
        ) == (
            other.error_message,
            other.http_status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        error_message: dict[str, Any] | None | Unset
        if self.error_message is None or self.error_message is UNSET:
            error_message = self.error_message
        else:
            error_message = self.error_message.to_dict()

        http_status = self.http_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if http_status is not UNSET:
            field_dict["httpStatus"] = http_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _error_message = d.pop("errorMessage", UNSET)
        error_message: APICallErrorMessage | None | Unset
        if _error_message is None or _error_message is UNSET:
            error_message = _error_message
        else:
            error_message = _from_dict_APICallErrorMessage(_error_message)

        http_status = d.pop("httpStatus", UNSET)

        _self = cls.__new__(cls)
        _self.error_message = error_message
        _self.http_status = http_status
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.api_call_error_message import APICallErrorMessage  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_APICallErrorMessage = APICallErrorMessage.from_dict
