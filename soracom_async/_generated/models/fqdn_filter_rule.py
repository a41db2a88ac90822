from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fqdn_filter_rule_action import FqdnFilterRuleAction
from ..models.fqdn_filter_rule_type import FqdnFilterRuleType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="FqdnFilterRule")


@_attrs_define(init=False, repr=False, eq=False)
class FqdnFilterRule:
    """A domain (FQDN) rule (domain filtering). Matches device-originated traffic by destination FQDN, IP protocol, and
    port range.

        Attributes:
            action (FqdnFilterRuleAction): Action applied when the rule matches. FQDN filter rules only support `allow`.
            fqdn_pattern (str): Destination FQDN pattern (for example, `api.example.com`). A single leading wildcard label
                is allowed (for example, `*.example.com`). Internationalized domain names are converted to Punycode.
            protocol (int): IP protocol number (0-255). For example, `6` for TCP, `17` for UDP, and `255` to match all
                protocols.
            type_ (FqdnFilterRuleType): Rule type discriminator. Always `fqdn` for an FQDN filter rule.
            from_port (int | None | Unset): Start of the destination port range (0-65535). `0` means any port. Default: 0.
            to_port (int | None | Unset): End of the destination port range (0-65535). Must be greater than or equal to
                `fromPort`. `0` means any port. Default: 0.
    """

    action: FqdnFilterRuleAction
    fqdn_pattern: str
    protocol: int
    type_: FqdnFilterRuleType
    from_port: int | None | Unset = 0
    to_port: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        action: FqdnFilterRuleAction | Literal["allow"],
        fqdn_pattern: str,
        protocol: int,
        type_: FqdnFilterRuleType | Literal["fqdn"],
        from_port: int | None | Unset = 0,
        to_port: int | None | Unset = 0,
    ) -> None:
        self.action = as_enum(action, FqdnFilterRuleAction, "FqdnFilterRule", "action")
        self.fqdn_pattern = fqdn_pattern
        self.protocol = protocol
        self.type_ = as_enum(type_, FqdnFilterRuleType, "FqdnFilterRule", "type_")
        self.from_port = from_port
        self.to_port = to_port
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"action={self.action!r}, "
            f"fqdn_pattern={self.fqdn_pattern!r}, "
            f"protocol={self.protocol!r}, "
            f"type_={self.type_!r}, "
            f"from_port={self.from_port!r}, "
            f"to_port={self.to_port!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FqdnFilterRule):
            return NotImplemented
        return (
            self.action,
            self.fqdn_pattern,
            self.protocol,
            self.type_,
            self.from_port,
            self.to_port,
            self.additional_properties,
        ) == (
            other.action,
            other.fqdn_pattern,
            other.protocol,
            other.type_,
            other.from_port,
            other.to_port,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        action = str(self.action)

        fqdn_pattern = self.fqdn_pattern

        protocol = self.protocol

        type_ = str(self.type_)

        from_port = self.from_port

        to_port = self.to_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "fqdnPattern": fqdn_pattern,
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
            action = _by_value_FqdnFilterRuleAction[_action]
        except (KeyError, TypeError):
            action = FqdnFilterRuleAction(_action)

        _required_fqdn_pattern = d.pop("fqdnPattern", None)
        if _required_fqdn_pattern is None:
            raise missing_field(cls.__name__, "fqdnPattern")
        fqdn_pattern = _required_fqdn_pattern

        _required_protocol = d.pop("protocol", None)
        if _required_protocol is None:
            raise missing_field(cls.__name__, "protocol")
        protocol = _required_protocol

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_FqdnFilterRuleType[_type_]
        except (KeyError, TypeError):
            type_ = FqdnFilterRuleType(_type_)

        from_port = d.pop("fromPort", UNSET)

        to_port = d.pop("toPort", UNSET)

        _self = cls.__new__(cls)
        _self.action = action
        _self.fqdn_pattern = fqdn_pattern
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
_by_value_FqdnFilterRuleAction = FqdnFilterRuleAction._value2member_map_
_by_value_FqdnFilterRuleType = FqdnFilterRuleType._value2member_map_
