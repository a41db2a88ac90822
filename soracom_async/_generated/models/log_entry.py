from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_entry_log_level import LogEntryLogLevel
from ..models.log_entry_resource_type import LogEntryResourceType
from ..models.log_entry_service import LogEntryService
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_entry_body import LogEntryBody


T = TypeVar("T", bound="LogEntry")


@_attrs_define
class LogEntry:
    """
    Attributes:
        body (LogEntryBody | Unset): The error log.
        log_level (LogEntryLogLevel | Unset): The log level.
        operator_id (str | Unset): The operator ID.
        resource_id (str | Unset): The resource ID. It varies according to `resourceType`.

            - When the `resourceType` is `Subscriber`, the resource ID is the subscriber's IMSI.
            - When the `resourceType` is `Device`, the resource ID is the device's Inventory Device ID.
            - When the `resourceType` is `LoraDevice`, the resource ID is the device's LoRaWAN Device ID.
            - When the `resourceType` is `SigfoxDevice`, the resource ID is the device's Sigfox Device ID.
        resource_type (LogEntryResourceType | Unset): The resource type.
        service (LogEntryService | Unset): The service name from which the error log was output.

            - `Air`: SORACOM Air
            - `Beam`: SORACOM Beam
            - `Funk`: SORACOM Funk
            - `Funnel`: SORACOM Funnel
            - `Harvest`: SORACOM Harvest Data/Files
            - `Napter`: SORACOM Napter
            - `Orbit`: SORACOM Orbit
            - `Unified`: Unified Endpoint
        time (int | Unset): UNIX time (milliseconds).
    """

    body: LogEntryBody | Unset = UNSET
    log_level: LogEntryLogLevel | Unset = UNSET
    operator_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: LogEntryResourceType | Unset = UNSET
    service: LogEntryService | Unset = UNSET
    time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] | Unset = UNSET
        if self.body is not UNSET:
            body = self.body.to_dict()

        log_level: str | Unset = UNSET
        if self.log_level is not UNSET:
            log_level = self.log_level.value

        operator_id = self.operator_id

        resource_id = self.resource_id

        resource_type: str | Unset = UNSET
        if self.resource_type is not UNSET:
            resource_type = self.resource_type.value

        service: str | Unset = UNSET
        if self.service is not UNSET:
            service = self.service.value

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if log_level is not UNSET:
            field_dict["logLevel"] = log_level
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if service is not UNSET:
            field_dict["service"] = service
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _body = d.pop("body", UNSET)
        body: LogEntryBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = LogEntryBody.from_dict(_body)

        _log_level = d.pop("logLevel", UNSET)
        log_level: LogEntryLogLevel | Unset
        if isinstance(_log_level, Unset):
            log_level = UNSET
        else:
            log_level = LogEntryLogLevel(_log_level)

        operator_id = d.pop("operatorId", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: LogEntryResourceType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = LogEntryResourceType(_resource_type)

        _service = d.pop("service", UNSET)
        service: LogEntryService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = LogEntryService(_service)

        time = d.pop("time", UNSET)

        log_entry = cls(
            body=body,
            log_level=log_level,
            operator_id=operator_id,
            resource_id=resource_id,
            resource_type=resource_type,
            service=service,
            time=time,
        )

        log_entry.additional_properties = d
        return log_entry

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
from ..models.log_entry_body import LogEntryBody  # noqa: E402
