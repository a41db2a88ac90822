from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_detail_of_harvest_plan import ContractDetailOfHarvestPlan
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="ContractDetailOfHarvest")


@_attrs_define(init=False, repr=False, eq=False)
class ContractDetailOfHarvest:
    """
    Attributes:
        plan (ContractDetailOfHarvestPlan | None | Unset): The contract plan. Currently only "extended" is acceptable.
        ttl (int | None | Unset): Data retention period in days. Currently only 731 is acceptable. Example: 731.
    """

    plan: ContractDetailOfHarvestPlan | None | Unset = UNSET
    ttl: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        plan: ContractDetailOfHarvestPlan | Literal["extended"] | None | Unset = UNSET,
        ttl: int | None | Unset = UNSET,
    ) -> None:
        self.plan = as_enum(plan, ContractDetailOfHarvestPlan, "ContractDetailOfHarvest", "plan")
        self.ttl = ttl
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"plan={self.plan!r}, "
            f"ttl={self.ttl!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ContractDetailOfHarvest):
            return NotImplemented
        return (
            self.plan,
            self.ttl,
            self.additional_properties,
        ) == (
            other.plan,
            other.ttl,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        plan: str | None | Unset
        if self.plan is None or self.plan is UNSET:
            plan = self.plan
        else:
            plan = str(self.plan)

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan is not UNSET:
            field_dict["plan"] = plan
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _plan = d.pop("plan", UNSET)
        plan: ContractDetailOfHarvestPlan | None | Unset
        if _plan is None or _plan is UNSET:
            plan = _plan
        else:
            try:
                plan = _by_value_ContractDetailOfHarvestPlan[_plan]
            except (KeyError, TypeError):
                plan = ContractDetailOfHarvestPlan(_plan)

        ttl = d.pop("ttl", UNSET)

        _self = cls.__new__(cls)
        _self.plan = plan
        _self.ttl = ttl
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
_by_value_ContractDetailOfHarvestPlan = ContractDetailOfHarvestPlan._value2member_map_
