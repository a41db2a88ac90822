from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="APIAuditLogEntry")


@_attrs_define(init=False, repr=False, eq=False)
class APIAuditLogEntry:
    """
    Attributes:
        api_kind (str | None | Unset): The kind of the API (e.g., `/v1/auth`).
        operator_id (str | None | Unset): The operator ID that called the API.
        remote_ip_address (str | None | Unset): The IP address of the caller.
        request_path (str | None | Unset): The request path that has been called.
        requested_time_epoch_ms (int | None | Unset): The timestamp of the API call. This can be used as the
            `last_evaluated_key` request parameter, for pagination.
        user_name (str | None | Unset): The SAM username that called the API. If this parameter is empty, it means the
            caller user is the root user.
    """

    api_kind: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    remote_ip_address: str | None | Unset = UNSET
    request_path: str | None | Unset = UNSET
    requested_time_epoch_ms: int | None | Unset = UNSET
    user_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        api_kind: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        remote_ip_address: str | None | Unset = UNSET,
        request_path: str | None | Unset = UNSET,
        requested_time_epoch_ms: int | None | Unset = UNSET,
        user_name: str | None | Unset = UNSET,
    ) -> None:
        self.api_kind = api_kind
        self.operator_id = operator_id
        self.remote_ip_address = remote_ip_address
        self.request_path = request_path
        self.requested_time_epoch_ms = requested_time_epoch_ms
        self.user_name = user_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"api_kind={self.api_kind!r}, "
            f"operator_id={self.operator_id!r}, "
            f"remote_ip_address={self.remote_ip_address!r}, "
            f"request_path={self.request_path!r}, "
            f"requested_time_epoch_ms={self.requested_time_epoch_ms!r}, "
            f"user_name={self.user_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, APIAuditLogEntry):
            return NotImplemented
        return (
            self.api_kind,
            self.operator_id,
            self.remote_ip_address,
            self.request_path,
            self.requested_time_epoch_ms,
            self.user_name,
            self.additional_properties,
        ) == (
            other.api_kind,
            other.operator_id,
            other.remote_ip_address,
            other.request_path,
            other.requested_time_epoch_ms,
            other.user_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        api_kind = self.api_kind

        operator_id = self.operator_id

        remote_ip_address = self.remote_ip_address

        request_path = self.request_path

        requested_time_epoch_ms = self.requested_time_epoch_ms

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_kind is not UNSET:
            field_dict["apiKind"] = api_kind
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if remote_ip_address is not UNSET:
            field_dict["remoteIpAddress"] = remote_ip_address
        if request_path is not UNSET:
            field_dict["requestPath"] = request_path
        if requested_time_epoch_ms is not UNSET:
            field_dict["requestedTimeEpochMs"] = requested_time_epoch_ms
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        api_kind = d.pop("apiKind", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        remote_ip_address = d.pop("remoteIpAddress", UNSET)

        request_path = d.pop("requestPath", UNSET)

        requested_time_epoch_ms = d.pop("requestedTimeEpochMs", UNSET)

        user_name = d.pop("userName", UNSET)

        _self = cls.__new__(cls)
        _self.api_kind = api_kind
        _self.operator_id = operator_id
        _self.remote_ip_address = remote_ip_address
        _self.request_path = request_path
        _self.requested_time_epoch_ms = requested_time_epoch_ms
        _self.user_name = user_name
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
