from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.routing_filter_entry_action import RoutingFilterEntryAction
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="RoutingFilterEntry")


@_attrs_define(init=False, repr=False, eq=False)
class RoutingFilterEntry:
    """
    Attributes:
        action (RoutingFilterEntryAction): Whether to allow or deny the outbound packets with a destination in the
            specified range
        ip_range (str): IPv4 address range in CIDR format, e.g. a.b.c.d/x
    """

    action: RoutingFilterEntryAction
    ip_range: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        action: RoutingFilterEntryAction | Literal["allow", "deny"],
        ip_range: str,
    ) -> None:
        self.action = as_enum(action, RoutingFilterEntryAction, "RoutingFilterEntry", "action")
        self.ip_range = ip_range
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"ip_range={self.ip_range!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, RoutingFilterEntry):
            return NotImplemented
        return (
            self.action,
            self.ip_range,
            self.additional_properties,
        ) == (
            other.action,
            other.ip_range,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        action = str(self.action)

        ip_range = self.ip_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "ipRange": ip_range,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_action = d.pop("action", None)
        if _required_action is None:
            raise missing_field(cls.__name__, "action")
        _action = _required_action
        try:
            action = _by_value_RoutingFilterEntryAction[_action]
        except (KeyError, TypeError):
            action = RoutingFilterEntryAction(_action)

        _required_ip_range = d.pop("ipRange", None)
        if _required_ip_range is None:
            raise missing_field(cls.__name__, "ipRange")
        ip_range = _required_ip_range

        _self = cls.__new__(cls)
        _self.action = action
        _self.ip_range = ip_range
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
_by_value_RoutingFilterEntryAction = RoutingFilterEntryAction._value2member_map_
