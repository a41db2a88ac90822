from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_request_resource_type import DiagnosticRequestResourceType
from ..models.diagnostic_request_service import DiagnosticRequestService
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="DiagnosticRequest")


@_attrs_define(init=False, repr=False, eq=False)
class DiagnosticRequest:
    """
    Attributes:
        resource_id (str): Identifier according to resourceType.

            - If resourceType is `sim`, specify the SIM ID.
        resource_type (DiagnosticRequestResourceType):
        service (DiagnosticRequestService):
        from_ (int | None | Unset): Start time for diagnostic (UNIX time in milliseconds).
        to (int | None | Unset): End time for diagnostic (UNIX time in milliseconds).
    """

    resource_id: str
    resource_type: DiagnosticRequestResourceType
    service: DiagnosticRequestService
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        resource_id: str,
        resource_type: DiagnosticRequestResourceType | Literal["sim"],
        service: DiagnosticRequestService | Literal["Air"],
        from_: int | None | Unset = UNSET,
        to: int | None | Unset = UNSET,
    ) -> None:
        self.resource_id = resource_id
        self.resource_type = as_enum(
            resource_type, DiagnosticRequestResourceType, "DiagnosticRequest", "resource_type"
        )
        self.service = as_enum(service, DiagnosticRequestService, "DiagnosticRequest", "service")
        self.from_ = from_
        self.to = to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"service={self.service!r}, "
            f"from_={self.from_!r}, "
            f"to={self.to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DiagnosticRequest):
            return NotImplemented
        return (
            self.resource_id,
            self.resource_type,
            self.service,
            self.from_,
            self.to,
            self.additional_properties,
        ) == (
            other.resource_id,
            other.resource_type,
            other.service,
            other.from_,
            other.to,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        resource_type = str(self.resource_type)

        service = str(self.service)

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
                "resourceType": resource_type,
                "service": service,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_resource_id = d.pop("resourceId", None)
        if _required_resource_id is None:
            raise missing_field(cls.__name__, "resourceId")
        resource_id = _required_resource_id

        _required_resource_type = d.pop("resourceType", None)
        if _required_resource_type is None:
            raise missing_field(cls.__name__, "resourceType")
        _resource_type = _required_resource_type
        try:
            resource_type = _by_value_DiagnosticRequestResourceType[_resource_type]
        except (KeyError, TypeError):
            resource_type = DiagnosticRequestResourceType(_resource_type)

        _required_service = d.pop("service", None)
        if _required_service is None:
            raise missing_field(cls.__name__, "service")
        _service = _required_service
        try:
            service = _by_value_DiagnosticRequestService[_service]
        except (KeyError, TypeError):
            service = DiagnosticRequestService(_service)

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _self = cls.__new__(cls)
        _self.resource_id = resource_id
        _self.resource_type = resource_type
        _self.service = service
        _self.from_ = from_
        _self.to = to
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
_by_value_DiagnosticRequestResourceType = DiagnosticRequestResourceType._value2member_map_
_by_value_DiagnosticRequestService = DiagnosticRequestService._value2member_map_
