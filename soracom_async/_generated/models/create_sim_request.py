from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sim_request_subscription import CreateSimRequestSubscription
from ..models.create_sim_request_type import CreateSimRequestType
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="CreateSimRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateSimRequest:
    """
    Attributes:
        subscription (CreateSimRequestSubscription): To create a virtual SIM/Subscriber, specify `planArc01`.
        type_ (CreateSimRequestType): To create a virtual SIM/Subscriber, specify `virtual`.
    """

    subscription: CreateSimRequestSubscription
    type_: CreateSimRequestType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        subscription: CreateSimRequestSubscription | Literal["planArc01"],
        type_: CreateSimRequestType | Literal["virtual"],
    ) -> None:
        self.subscription = as_enum(
            subscription, CreateSimRequestSubscription, "CreateSimRequest", "subscription"
        )
        self.type_ = as_enum(type_, CreateSimRequestType, "CreateSimRequest", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"subscription={self.subscription!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreateSimRequest):
            return NotImplemented
        return (
            self.subscription,
            self.type_,
            self.additional_properties,
        ) == (
            other.subscription,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        subscription = str(self.subscription)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_subscription = d.pop("subscription", None)
        if _required_subscription is None:
            raise missing_field(cls.__name__, "subscription")
        _subscription = _required_subscription
        try:
            subscription = _by_value_CreateSimRequestSubscription[_subscription]
        except (KeyError, TypeError):
            subscription = CreateSimRequestSubscription(_subscription)

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_CreateSimRequestType[_type_]
        except (KeyError, TypeError):
            type_ = CreateSimRequestType(_type_)

        _self = cls.__new__(cls)
        _self.subscription = subscription
        _self.type_ = type_
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
_by_value_CreateSimRequestSubscription = CreateSimRequestSubscription._value2member_map_
_by_value_CreateSimRequestType = CreateSimRequestType._value2member_map_
