from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insight_category import InsightCategory
from ..models.insight_severity import InsightSeverity
from ..types import UNSET, Unset, as_enum, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.reference_url import ReferenceUrl


T = TypeVar("T", bound="Insight")


@_attrs_define(init=False, repr=False, eq=False)
class Insight:
    """
    Attributes:
        category (InsightCategory):
        insight_id (str):
        message (str):
        severity (InsightSeverity):
        anomaly_detected_times (list[str] | None | Unset): Times that possible anomaly behaviors were detected. The
            format depends on the timestamp of events relating to the category. (e.g., UNIX time in milliseconds for session
            category)
        reference_urls (list[ReferenceUrl] | None | Unset): Reference URLs that is related to the insight.
    """

    category: InsightCategory
    insight_id: str
    message: str
    severity: InsightSeverity
    anomaly_detected_times: list[str] | None | Unset = UNSET
    reference_urls: list[ReferenceUrl] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        category: InsightCategory | Literal["data", "session", "sim", "others", "unknown"],
        insight_id: str,
        message: str,
        severity: InsightSeverity | Literal["error", "warning", "info", "none", "unknown"],
        anomaly_detected_times: list[str] | None | Unset = UNSET,
        reference_urls: Sequence[ReferenceUrl | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.category = as_enum(category, InsightCategory, "Insight", "category")
        self.insight_id = insight_id
        self.message = message
        self.severity = as_enum(severity, InsightSeverity, "Insight", "severity")
        self.anomaly_detected_times = anomaly_detected_times
        self.reference_urls = as_models(reference_urls, ReferenceUrl, "Insight", "reference_urls")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"category={self.category!r}, "
            f"insight_id={self.insight_id!r}, "
            f"message={self.message!r}, "
            f"severity={self.severity!r}, "
            f"anomaly_detected_times={self.anomaly_detected_times!r}, "
            f"reference_urls={self.reference_urls!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Insight):
            return NotImplemented
        return (
            self.category,
            self.insight_id,
            self.message,
            self.severity,
            self.anomaly_detected_times,
            self.reference_urls,
            self.additional_properties,
        ) == (
            other.category,
            other.insight_id,
            other.message,
            other.severity,
            other.anomaly_detected_times,
            other.reference_urls,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        category = str(self.category)

        insight_id = self.insight_id

        message = self.message

        severity = str(self.severity)

        anomaly_detected_times: list[str] | None | Unset
        if self.anomaly_detected_times is None or self.anomaly_detected_times is UNSET:
            anomaly_detected_times = self.anomaly_detected_times
        else:
            anomaly_detected_times = self.anomaly_detected_times

        reference_urls: list[dict[str, Any]] | None | Unset
        if self.reference_urls is None or self.reference_urls is UNSET:
            reference_urls = self.reference_urls
        else:
            reference_urls = []
            for reference_urls_item_data in self.reference_urls:
                reference_urls_item = reference_urls_item_data.to_dict()

                reference_urls.append(reference_urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "insightId": insight_id,
                "message": message,
                "severity": severity,
            }
        )
        if anomaly_detected_times is not UNSET:
            field_dict["anomalyDetectedTimes"] = anomaly_detected_times
        if reference_urls is not UNSET:
            field_dict["referenceUrls"] = reference_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_category = d.pop("category", None)
        if _required_category is None:
            raise missing_field(cls.__name__, "category")
        _category = _required_category
        try:
            category = _by_value_InsightCategory[_category]
        except (KeyError, TypeError):
            category = InsightCategory(_category)

        _required_insight_id = d.pop("insightId", None)
        if _required_insight_id is None:
            raise missing_field(cls.__name__, "insightId")
        insight_id = _required_insight_id

        _required_message = d.pop("message", None)
        if _required_message is None:
            raise missing_field(cls.__name__, "message")
        message = _required_message

        _required_severity = d.pop("severity", None)
        if _required_severity is None:
            raise missing_field(cls.__name__, "severity")
        _severity = _required_severity
        try:
            severity = _by_value_InsightSeverity[_severity]
        except (KeyError, TypeError):
            severity = InsightSeverity(_severity)

        _anomaly_detected_times = d.pop("anomalyDetectedTimes", UNSET)
        anomaly_detected_times: list[str] | None | Unset
        if _anomaly_detected_times is None or _anomaly_detected_times is UNSET:
            anomaly_detected_times = _anomaly_detected_times
        elif not isinstance(_anomaly_detected_times, list):
            raise wrong_shape("anomalyDetectedTimes", "a JSON array", _anomaly_detected_times)
        else:
            anomaly_detected_times = _anomaly_detected_times

        _reference_urls = d.pop("referenceUrls", UNSET)
        reference_urls: list[ReferenceUrl] | None | Unset
        if _reference_urls is None or _reference_urls is UNSET:
            reference_urls = _reference_urls
        elif not isinstance(_reference_urls, list):
            raise wrong_shape("referenceUrls", "a JSON array", _reference_urls)
        else:
            reference_urls = [_from_dict_ReferenceUrl(v) for v in _reference_urls]

        _self = cls.__new__(cls)
        _self.category = category
        _self.insight_id = insight_id
        _self.message = message
        _self.severity = severity
        _self.anomaly_detected_times = anomaly_detected_times
        _self.reference_urls = reference_urls
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
from ..models.reference_url import ReferenceUrl  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_InsightCategory = InsightCategory._value2member_map_
_by_value_InsightSeverity = InsightSeverity._value2member_map_
_from_dict_ReferenceUrl = ReferenceUrl.from_dict
