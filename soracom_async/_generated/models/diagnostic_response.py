from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_response_resource_type import DiagnosticResponseResourceType
from ..models.diagnostic_response_service import DiagnosticResponseService
from ..models.diagnostic_response_status import DiagnosticResponseStatus
from ..types import wrong_shape

if TYPE_CHECKING:
    from ..models.insight import Insight


T = TypeVar("T", bound="DiagnosticResponse")


@_attrs_define
class DiagnosticResponse:
    """
    Attributes:
        diagnostic_id (str):
        from_ (int): Start time for diagnostic (UNIX time in milliseconds).
        insights (list[Insight]):
        resource_id (str): Identifier according to resourceType.
        resource_type (DiagnosticResponseResourceType):
        service (DiagnosticResponseService):
        status (DiagnosticResponseStatus):
        to (int): End time for diagnostic (UNIX time in milliseconds).
    """

    diagnostic_id: str
    from_: int
    insights: list[Insight]
    resource_id: str
    resource_type: DiagnosticResponseResourceType
    service: DiagnosticResponseService
    status: DiagnosticResponseStatus
    to: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagnostic_id = self.diagnostic_id

        from_ = self.from_

        insights = []
        for insights_item_data in self.insights:
            insights_item = insights_item_data.to_dict()

            insights.append(insights_item)

        resource_id = self.resource_id

        resource_type = str(self.resource_type)

        service = str(self.service)

        status = str(self.status)

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diagnosticId": diagnostic_id,
                "from": from_,
                "insights": insights,
                "resourceId": resource_id,
                "resourceType": resource_type,
                "service": service,
                "status": status,
                "to": to,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        diagnostic_id = d.pop("diagnosticId")

        from_ = d.pop("from")

        _insights = d.pop("insights")
        insights: list[Insight]
        if not isinstance(_insights, list):
            raise wrong_shape("insights", "a JSON array", _insights)
        insights = []
        for insights_item_data in _insights:
            insights_item = Insight.from_dict(insights_item_data)

            insights.append(insights_item)

        resource_id = d.pop("resourceId")

        resource_type = DiagnosticResponseResourceType(d.pop("resourceType"))

        service = DiagnosticResponseService(d.pop("service"))

        status = DiagnosticResponseStatus(d.pop("status"))

        to = d.pop("to")

        diagnostic_response = cls(
            diagnostic_id=diagnostic_id,
            from_=from_,
            insights=insights,
            resource_id=resource_id,
            resource_type=resource_type,
            service=service,
            status=status,
            to=to,
        )

        diagnostic_response.additional_properties = d
        return diagnostic_response

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
from ..models.insight import Insight  # noqa: E402
