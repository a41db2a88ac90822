from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.uplink_filter_rule import UplinkFilterRule


T = TypeVar("T", bound="UpdateUplinkFilterRulesRequest")


@_attrs_define(init=False, repr=False, eq=False)
class UpdateUplinkFilterRulesRequest:
    """Request to replace the IP rules (IP filtering) of a VPG.

    Attributes:
        rules (list[UplinkFilterRule]): The complete set of IP rules to apply. The existing rules are entirely replaced
            by this list.
    """

    rules: list[UplinkFilterRule]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        rules: Sequence[UplinkFilterRule | Mapping[str, Any]],
    ) -> None:
        self.rules = as_models(rules, UplinkFilterRule, "UpdateUplinkFilterRulesRequest", "rules")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"rules={self.rules!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, UpdateUplinkFilterRulesRequest
        ):
            return NotImplemented
        return (
            self.rules,
            self.additional_properties,
        ) == (
            other.rules,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()

            rules.append(rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rules": rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_rules = d.pop("rules", None)
        if _required_rules is None:
            raise missing_field(cls.__name__, "rules")
        _rules = _required_rules
        rules: list[UplinkFilterRule]
        if not isinstance(_rules, list):
            raise wrong_shape("rules", "a JSON array", _rules)
        rules = [_from_dict_UplinkFilterRule(v) for v in _rules]

        _self = cls.__new__(cls)
        _self.rules = rules
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
from ..models.uplink_filter_rule import UplinkFilterRule  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_UplinkFilterRule = UplinkFilterRule.from_dict
