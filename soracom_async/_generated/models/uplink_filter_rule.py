from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.uplink_filter_rule_action import UplinkFilterRuleAction
from ..models.uplink_filter_rule_type import UplinkFilterRuleType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="UplinkFilterRule")


@_attrs_define(init=False, repr=False, eq=False)
class UplinkFilterRule:
    """An IP rule (IP filtering). Matches device-originated traffic by destination IPv4 CIDR, IP protocol, and port range.

    Attributes:
        action (UplinkFilterRuleAction): Action applied when the rule matches.

            - `allow`: Allow the matching traffic.
            - `deny`: Deny the matching traffic.
        cidr (str): Destination IPv4 CIDR block (for example, `192.0.2.0/24`). IPv6 is not supported.
        protocol (int): IP protocol number (0-255). For example, `6` for TCP, `17` for UDP, and `255` to match all
            protocols.
        type_ (UplinkFilterRuleType): Rule type discriminator. Always `ip` for an uplink filter rule.
        from_port (int | None | Unset): Start of the destination port range (0-65535). `0` means any port. Default: 0.
        to_port (int | None | Unset): End of the destination port range (0-65535). Must be greater than or equal to
            `fromPort`. `0` means any port. Default: 0.
    """

    action: UplinkFilterRuleAction
    cidr: str
    protocol: int
    type_: UplinkFilterRuleType
    from_port: int | None | Unset = 0
    to_port: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        action: UplinkFilterRuleAction | Literal["allow", "deny"],
        cidr: str,
        protocol: int,
        type_: UplinkFilterRuleType | Literal["ip"],
        from_port: int | None | Unset = 0,
        to_port: int | None | Unset = 0,
    ) -> None:
        self.action = as_enum(action, UplinkFilterRuleAction, "UplinkFilterRule", "action")
        self.cidr = cidr
        self.protocol = protocol
        self.type_ = as_enum(type_, UplinkFilterRuleType, "UplinkFilterRule", "type_")
        self.from_port = from_port
        self.to_port = to_port
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"cidr={self.cidr!r}, "
            f"protocol={self.protocol!r}, "
            f"type_={self.type_!r}, "
            f"from_port={self.from_port!r}, "
            f"to_port={self.to_port!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, UplinkFilterRule):
            return NotImplemented
        return (
            self.action,
            self.cidr,
            self.protocol,
            self.type_,
            self.from_port,
            self.to_port,
            self.additional_properties,
        ) == (
            other.action,
            other.cidr,
            other.protocol,
            other.type_,
            other.from_port,
            other.to_port,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        action = str(self.action)

        cidr = self.cidr

        protocol = self.protocol

        type_ = str(self.type_)

        from_port = self.from_port

        to_port = self.to_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "cidr": cidr,
                "protocol": protocol,
                "type": type_,
            }
        )
        if from_port is not UNSET:
            field_dict["fromPort"] = from_port
        if to_port is not UNSET:
            field_dict["toPort"] = to_port

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
            action = _by_value_UplinkFilterRuleAction[_action]
        except (KeyError, TypeError):
            action = UplinkFilterRuleAction(_action)

        _required_cidr = d.pop("cidr", None)
        if _required_cidr is None:
            raise missing_field(cls.__name__, "cidr")
        cidr = _required_cidr

        _required_protocol = d.pop("protocol", None)
        if _required_protocol is None:
            raise missing_field(cls.__name__, "protocol")
        protocol = _required_protocol

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_UplinkFilterRuleType[_type_]
        except (KeyError, TypeError):
            type_ = UplinkFilterRuleType(_type_)

        from_port = d.pop("fromPort", UNSET)

        to_port = d.pop("toPort", UNSET)

        _self = cls.__new__(cls)
        _self.action = action
        _self.cidr = cidr
        _self.protocol = protocol
        _self.type_ = type_
        _self.from_port = from_port
        _self.to_port = to_port
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
_by_value_UplinkFilterRuleAction = UplinkFilterRuleAction._value2member_map_
_by_value_UplinkFilterRuleType = UplinkFilterRuleType._value2member_map_
