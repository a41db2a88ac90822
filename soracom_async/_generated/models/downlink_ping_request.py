from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="DownlinkPingRequest")


@_attrs_define(init=False, repr=False, eq=False)
class DownlinkPingRequest:
    """
    Attributes:
        number_of_ping_requests (int | None | Unset): The number of attempt ping. Default: 1.
        timeout_seconds (int | None | Unset): The timeout duration of each ping. Default: 1.
    """

    number_of_ping_requests: int | None | Unset = 1
    timeout_seconds: int | None | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        number_of_ping_requests: int | None | Unset = 1,
        timeout_seconds: int | None | Unset = 1,
    ) -> None:
        self.number_of_ping_requests = number_of_ping_requests
        self.timeout_seconds = timeout_seconds
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"number_of_ping_requests={self.number_of_ping_requests!r}, "
            f"timeout_seconds={self.timeout_seconds!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DownlinkPingRequest):
            return NotImplemented
        return (
            self.number_of_ping_requests,
            self.timeout_seconds,
            self.additional_properties,
        ) == (
            other.number_of_ping_requests,
            other.timeout_seconds,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        number_of_ping_requests = self.number_of_ping_requests

        timeout_seconds = self.timeout_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_ping_requests is not UNSET:
            field_dict["numberOfPingRequests"] = number_of_ping_requests
        if timeout_seconds is not UNSET:
            field_dict["timeoutSeconds"] = timeout_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        number_of_ping_requests = d.pop("numberOfPingRequests", UNSET)

        timeout_seconds = d.pop("timeoutSeconds", UNSET)

        _self = cls.__new__(cls)
        _self.number_of_ping_requests = number_of_ping_requests
        _self.timeout_seconds = timeout_seconds
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
