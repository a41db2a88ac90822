from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_request_resource_type import DiagnosticRequestResourceType
from ..models.diagnostic_request_service import DiagnosticRequestService
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="DiagnosticRequest")


@_attrs_define
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
        resource_id = d.pop("resourceId")

        resource_type = DiagnosticRequestResourceType(d.pop("resourceType"))

        service = DiagnosticRequestService(d.pop("service"))

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        diagnostic_request = cls(
            resource_id=resource_id,
            resource_type=resource_type,
            service=service,
            from_=from_,
            to=to,
        )

        diagnostic_request.additional_properties = d
        return diagnostic_request

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
