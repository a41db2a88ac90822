from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.funnel_configuration import FunnelConfiguration


T = TypeVar("T", bound="JunctionInspectionConfiguration")


@_attrs_define(init=False, repr=False, eq=False)
class JunctionInspectionConfiguration:
    """
    Attributes:
        enabled (bool | None | Unset):  Default: False.
        report (FunnelConfiguration | None | Unset):
    """

    enabled: bool | None | Unset = False
    report: FunnelConfiguration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        enabled: bool | None | Unset = False,
        report: FunnelConfiguration | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.enabled = enabled
        self.report = as_model(
            report, FunnelConfiguration, "JunctionInspectionConfiguration", "report"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"enabled={self.enabled!r}, "
            f"report={self.report!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, JunctionInspectionConfiguration
        ):
            return NotImplemented
        return (
            self.enabled,
            self.report,
            self.additional_properties,
        ) == (
            other.enabled,
            other.report,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        report: dict[str, Any] | None | Unset
        if self.report is None or self.report is UNSET:
            report = self.report
        else:
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _report = d.pop("report", UNSET)
        report: FunnelConfiguration | None | Unset
        if _report is None or _report is UNSET:
            report = _report
        else:
            report = _from_dict_FunnelConfiguration(_report)

        _self = cls.__new__(cls)
        _self.enabled = enabled
        _self.report = report
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
from ..models.funnel_configuration import FunnelConfiguration  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_FunnelConfiguration = FunnelConfiguration.from_dict
