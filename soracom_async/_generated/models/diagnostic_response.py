from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_response_resource_type import DiagnosticResponseResourceType
from ..models.diagnostic_response_service import DiagnosticResponseService
from ..models.diagnostic_response_status import DiagnosticResponseStatus
from ..types import as_enum, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.insight import Insight


T = TypeVar("T", bound="DiagnosticResponse")


@_attrs_define(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        *,
        diagnostic_id: str,
        from_: int,
        insights: Sequence[Insight | Mapping[str, Any]],
        resource_id: str,
        resource_type: DiagnosticResponseResourceType | Literal["sim"],
        service: DiagnosticResponseService | Literal["Air"],
        status: DiagnosticResponseStatus | Literal["diagnosing", "done", "failed"],
        to: int,
    ) -> None:
        self.diagnostic_id = diagnostic_id
        self.from_ = from_
        self.insights = as_models(insights, Insight, "DiagnosticResponse", "insights")
        self.resource_id = resource_id
        self.resource_type = as_enum(
            resource_type, DiagnosticResponseResourceType, "DiagnosticResponse", "resource_type"
        )
        self.service = as_enum(service, DiagnosticResponseService, "DiagnosticResponse", "service")
        self.status = as_enum(status, DiagnosticResponseStatus, "DiagnosticResponse", "status")
        self.to = to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"diagnostic_id={self.diagnostic_id!r}, "
            f"from_={self.from_!r}, "
            f"insights={self.insights!r}, "
            f"resource_id={self.resource_id!r}, "
            f"resource_type={self.resource_type!r}, "
            f"service={self.service!r}, "
            f"status={self.status!r}, "
            f"to={self.to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, DiagnosticResponse):
            return NotImplemented
        return (
            self.diagnostic_id,
            self.from_,
            self.insights,
            self.resource_id,
            self.resource_type,
            self.service,
            self.status,
            self.to,
            self.additional_properties,
        ) == (
            other.diagnostic_id,
            other.from_,
            other.insights,
            other.resource_id,
            other.resource_type,
            other.service,
            other.status,
            other.to,
            other.additional_properties,
        )

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
        _required_diagnostic_id = d.pop("diagnosticId", None)
        if _required_diagnostic_id is None:
            raise missing_field(cls.__name__, "diagnosticId")
        diagnostic_id = _required_diagnostic_id

        _required_from_ = d.pop("from", None)
        if _required_from_ is None:
            raise missing_field(cls.__name__, "from")
        from_ = _required_from_

        _required_insights = d.pop("insights", None)
        if _required_insights is None:
            raise missing_field(cls.__name__, "insights")
        _insights = _required_insights
        insights: list[Insight]
        if not isinstance(_insights, list):
            raise wrong_shape("insights", "a JSON array", _insights)
        insights = [_from_dict_Insight(v) for v in _insights]

        _required_resource_id = d.pop("resourceId", None)
        if _required_resource_id is None:
            raise missing_field(cls.__name__, "resourceId")
        resource_id = _required_resource_id

        _required_resource_type = d.pop("resourceType", None)
        if _required_resource_type is None:
            raise missing_field(cls.__name__, "resourceType")
        _resource_type = _required_resource_type
        try:
            resource_type = _by_value_DiagnosticResponseResourceType[_resource_type]
        except (KeyError, TypeError):
            resource_type = DiagnosticResponseResourceType(_resource_type)

        _required_service = d.pop("service", None)
        if _required_service is None:
            raise missing_field(cls.__name__, "service")
        _service = _required_service
        try:
            service = _by_value_DiagnosticResponseService[_service]
        except (KeyError, TypeError):
            service = DiagnosticResponseService(_service)

        _required_status = d.pop("status", None)
        if _required_status is None:
            raise missing_field(cls.__name__, "status")
        _status = _required_status
        try:
            status = _by_value_DiagnosticResponseStatus[_status]
        except (KeyError, TypeError):
            status = DiagnosticResponseStatus(_status)

        _required_to = d.pop("to", None)
        if _required_to is None:
            raise missing_field(cls.__name__, "to")
        to = _required_to

        _self = cls.__new__(cls)
        _self.diagnostic_id = diagnostic_id
        _self.from_ = from_
        _self.insights = insights
        _self.resource_id = resource_id
        _self.resource_type = resource_type
        _self.service = service
        _self.status = status
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.insight import Insight  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_DiagnosticResponseResourceType = DiagnosticResponseResourceType._value2member_map_
_by_value_DiagnosticResponseService = DiagnosticResponseService._value2member_map_
_by_value_DiagnosticResponseStatus = DiagnosticResponseStatus._value2member_map_
_from_dict_Insight = Insight.from_dict
