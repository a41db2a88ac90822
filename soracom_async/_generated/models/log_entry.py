from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_entry_log_level import LogEntryLogLevel
from ..models.log_entry_resource_type import LogEntryResourceType
from ..models.log_entry_service import LogEntryService
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.log_entry_body import LogEntryBody


T = TypeVar("T", bound="LogEntry")


@_attrs_define(init=False, repr=False, eq=False)
class LogEntry:
    """
    Attributes:
        body (LogEntryBody | None | Unset): The error log.
        log_level (LogEntryLogLevel | None | Unset): The log level.
        operator_id (str | None | Unset): The operator ID.
        resource_id (str | None | Unset): The resource ID. It varies according to `resourceType`.

            - When the `resourceType` is `Subscriber`, the resource ID is the subscriber's IMSI.
            - When the `resourceType` is `Device`, the resource ID is the device's Inventory Device ID.
            - When the `resourceType` is `LoraDevice`, the resource ID is the device's LoRaWAN Device ID.
            - When the `resourceType` is `SigfoxDevice`, the resource ID is the device's Sigfox Device ID.
        resource_type (LogEntryResourceType | None | Unset): The resource type.
        service (LogEntryService | None | Unset): The service name from which the error log was output.

            - `Air`: SORACOM Air
            - `Beam`: SORACOM Beam
            - `Funk`: SORACOM Funk
            - `Funnel`: SORACOM Funnel
            - `Harvest`: SORACOM Harvest Data/Files
            - `Napter`: SORACOM Napter
            - `Orbit`: SORACOM Orbit
            - `Unified`: Unified Endpoint
        time (int | None | Unset): UNIX time (milliseconds).
    """

    body: LogEntryBody | None | Unset = UNSET
    log_level: LogEntryLogLevel | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    resource_id: str | None | Unset = UNSET
    resource_type: LogEntryResourceType | None | Unset = UNSET
    service: LogEntryService | None | Unset = UNSET
    time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        body: LogEntryBody | Mapping[str, Any] | None | Unset = UNSET,
        log_level: LogEntryLogLevel
        | Literal["debug", "error", "warning", "info"]
        | None
        | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        resource_id: str | None | Unset = UNSET,
        resource_type: LogEntryResourceType
        | Literal["Subscriber", "Device", "LoraDevice", "SigfoxDevice"]
        | None
        | Unset = UNSET,
        service: LogEntryService
        | Literal["Air", "Beam", "Funk", "Funnel", "Harvest", "Napter", "Orbit", "Unified"]
        | None
        | Unset = UNSET,
        time: int | None | Unset = UNSET,
    ) -> None:
        self.body = as_model(body, LogEntryBody, "LogEntry", "body")
        self.log_level = as_enum(log_level, LogEntryLogLevel, "LogEntry", "log_level")
        self.operator_id = operator_id
        self.resource_id = resource_id
        self.resource_type = as_enum(
            resource_type, LogEntryResourceType, "LogEntry", "resource_type"
        )
        self.service = as_enum(service, LogEntryService, "LogEntry", "service")
        self.time = time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"log_level={self.log_level!r}, "
            f"operator_id={self.operator_id!r}, "
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"service={self.service!r}, "
            f"time={self.time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LogEntry):
            return NotImplemented
        return (
            self.body,
            self.log_level,
            self.operator_id,
            self.resource_id,
            self.resource_type,
            self.service,
            self.time,
            self.additional_properties,
        ) == (
            other.body,
            other.log_level,
            other.operator_id,
            other.resource_id,
            other.resource_type,
            other.service,
            other.time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] | None | Unset
        if self.body is None or self.body is UNSET:
            body = self.body
        else:
            body = self.body.to_dict()

        log_level: str | None | Unset
        if self.log_level is None or self.log_level is UNSET:
            log_level = self.log_level
        else:
            log_level = str(self.log_level)

        operator_id = self.operator_id

        resource_id = self.resource_id

        resource_type: str | None | Unset
        if self.resource_type is None or self.resource_type is UNSET:
            resource_type = self.resource_type
        else:
            resource_type = str(self.resource_type)

        service: str | None | Unset
        if self.service is None or self.service is UNSET:
            service = self.service
        else:
            service = str(self.service)

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _body = d.pop("body", UNSET)
        body: LogEntryBody | None | Unset
        if _body is None or _body is UNSET:
            body = _body
        else:
            body = _from_dict_LogEntryBody(_body)

        _log_level = d.pop("logLevel", UNSET)
        log_level: LogEntryLogLevel | None | Unset
        if _log_level is None or _log_level is UNSET:
            log_level = _log_level
        else:
            try:
                log_level = _by_value_LogEntryLogLevel[_log_level]
            except (KeyError, TypeError):
                log_level = LogEntryLogLevel(_log_level)

        operator_id = d.pop("operatorId", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: LogEntryResourceType | None | Unset
        if _resource_type is None or _resource_type is UNSET:
            resource_type = _resource_type
        else:
            try:
                resource_type = _by_value_LogEntryResourceType[_resource_type]
            except (KeyError, TypeError):
                resource_type = LogEntryResourceType(_resource_type)

        _service = d.pop("service", UNSET)
        service: LogEntryService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_LogEntryService[_service]
            except (KeyError, TypeError):
                service = LogEntryService(_service)

        time = d.pop("time", UNSET)

        _self = cls.__new__(cls)
        _self.body = body
        _self.log_level = log_level
        _self.operator_id = operator_id
        _self.resource_id = resource_id
        _self.resource_type = resource_type
        _self.service = service
        _self.time = time
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
from ..models.log_entry_body import LogEntryBody  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_LogEntryLogLevel = LogEntryLogLevel._value2member_map_
_by_value_LogEntryResourceType = LogEntryResourceType._value2member_map_
_by_value_LogEntryService = LogEntryService._value2member_map_
_from_dict_LogEntryBody = LogEntryBody.from_dict
