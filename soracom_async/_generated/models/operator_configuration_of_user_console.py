from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="OperatorConfigurationOfUserConsole")


@_attrs_define(init=False, repr=False, eq=False)
class OperatorConfigurationOfUserConsole:
    """
    Attributes:
        usage_metrics_acknowledged (bool | None | Unset): This setting is to check if an operator has acknowledged and
            had the chance to opt-out of usage metrics collection. Usage metrics includes information such as page views and
            performance statistics.
        usage_metrics_disabled (bool | None | Unset): The setting whether to disable usage metrics collection for an
            operator of the User Console. Usage metrics includes information such as page views and performance statistics.
    """

    usage_metrics_acknowledged: bool | None | Unset = UNSET
    usage_metrics_disabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        usage_metrics_acknowledged: bool | None | Unset = UNSET,
        usage_metrics_disabled: bool | None | Unset = UNSET,
    ) -> None:
        self.usage_metrics_acknowledged = usage_metrics_acknowledged
        self.usage_metrics_disabled = usage_metrics_disabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"usage_metrics_acknowledged={self.usage_metrics_acknowledged!r}, "
            f"usage_metrics_disabled={self.usage_metrics_disabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OperatorConfigurationOfUserConsole
        ):
            return NotImplemented
        return (
            self.usage_metrics_acknowledged,
            self.usage_metrics_disabled,
            self.additional_properties,
        ) == (
            other.usage_metrics_acknowledged,
            other.usage_metrics_disabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        usage_metrics_acknowledged = self.usage_metrics_acknowledged

        usage_metrics_disabled = self.usage_metrics_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_metrics_acknowledged is not UNSET:
            field_dict["usageMetricsAcknowledged"] = usage_metrics_acknowledged
        if usage_metrics_disabled is not UNSET:
            field_dict["usageMetricsDisabled"] = usage_metrics_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        usage_metrics_acknowledged = d.pop("usageMetricsAcknowledged", UNSET)

        usage_metrics_disabled = d.pop("usageMetricsDisabled", UNSET)

        _self = cls.__new__(cls)
        _self.usage_metrics_acknowledged = usage_metrics_acknowledged
        _self.usage_metrics_disabled = usage_metrics_disabled
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
