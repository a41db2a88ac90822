from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lagoon_registration_request_plan import LagoonRegistrationRequestPlan
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="LagoonRegistrationRequest")


@_attrs_define(init=False, repr=False, eq=False)
class LagoonRegistrationRequest:
    """
    Attributes:
        plan (LagoonRegistrationRequestPlan | None | Unset):
        user_password (str | None | Unset): This password is used by the initial user's login.
    """

    plan: LagoonRegistrationRequestPlan | None | Unset = UNSET
    user_password: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        plan: LagoonRegistrationRequestPlan
        | Literal["free", "maker", "pro"]
        | None
        | Unset = UNSET,
        user_password: str | None | Unset = UNSET,
    ) -> None:
        self.plan = as_enum(
            plan, LagoonRegistrationRequestPlan, "LagoonRegistrationRequest", "plan"
        )
        self.user_password = user_password
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"plan={self.plan!r}, "
            f"user_password={self.user_password!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LagoonRegistrationRequest
        ):
            return NotImplemented
        return (
            self.plan,
            self.user_password,
            self.additional_properties,
        ) == (
            other.plan,
            other.user_password,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        plan: str | None | Unset
        if self.plan is None or self.plan is UNSET:
            plan = self.plan
        else:
            plan = str(self.plan)

        user_password = self.user_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan is not UNSET:
            field_dict["plan"] = plan
        if user_password is not UNSET:
            field_dict["userPassword"] = user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _plan = d.pop("plan", UNSET)
        plan: LagoonRegistrationRequestPlan | None | Unset
        if _plan is None or _plan is UNSET:
            plan = _plan
        else:
            try:
                plan = _by_value_LagoonRegistrationRequestPlan[_plan]
            except (KeyError, TypeError):
                plan = LagoonRegistrationRequestPlan(_plan)

        user_password = d.pop("userPassword", UNSET)

        _self = cls.__new__(cls)
        _self.plan = plan
        _self.user_password = user_password
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
_by_value_LagoonRegistrationRequestPlan = LagoonRegistrationRequestPlan._value2member_map_
