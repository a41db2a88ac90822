from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_subscription_body_subscription import AddSubscriptionBodySubscription
from ..models.add_subscription_body_type import AddSubscriptionBodyType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="AddSubscriptionBody")


@_attrs_define(init=False, repr=False, eq=False)
class AddSubscriptionBody:
    """
    Attributes:
        subscription (AddSubscriptionBodySubscription): Name of the secondary subscription to be added. The available
            additional subscriptions depend on the primary subscription of the IoT SIM.
            - When the primary subscription is `plan01s`:
              - `planP1`, `planX1`, `planX2`, `planX3`, `plan-US-max`: Additional Subscription
            - `planArc01`: Virtual SIM/Subscriber (available regardless of the primary subscription)
        enable (bool | None | Unset): In the case of [additional subscriptions](/en/docs/air/subscription-containers/),
            specify whether to activate the additional subscription as soon as it has been downloaded. The default is
            `true`.
            - `true`: Activate immediately.
            - `false`: Keep inactive. Additional subscription will be activated at the next [network
            registration](/en/docs/air/basic-connectivity/#requesting-network-registration) or [session](/en/docs/air/basic-
            connectivity/#requesting-data-session) registration.

            Note that in the case of a virtual SIM/Subscriber, it is ignored.
        tag (str | None | Unset): An optional tag to identify the OTA scripts generated for this operation. If not
            specified, the default tag `{operatorId}:addSubscription` is used.

            - Only alphanumeric characters, hyphens (`-`), underscores (`_`), and colons (`:`) are allowed.
            - Maximum length is 64 characters.
        type_ (AddSubscriptionBodyType | None | Unset): - `virtual`: When `subscription` is `planArc01`.
            - `cellular`: When `subscription` is other than `planArc01`.
    """

    subscription: AddSubscriptionBodySubscription
    enable: bool | None | Unset = UNSET
    tag: str | None | Unset = UNSET
    type_: AddSubscriptionBodyType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        subscription: AddSubscriptionBodySubscription
        | Literal["planP1", "planX1", "planX2", "planX3", "plan-US-max", "planArc01"],
        enable: bool | None | Unset = UNSET,
        tag: str | None | Unset = UNSET,
        type_: AddSubscriptionBodyType | Literal["virtual", "cellular"] | None | Unset = UNSET,
    ) -> None:
        self.subscription = as_enum(
            subscription, AddSubscriptionBodySubscription, "AddSubscriptionBody", "subscription"
        )
        self.enable = enable
        self.tag = tag
        self.type_ = as_enum(type_, AddSubscriptionBodyType, "AddSubscriptionBody", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"subscription={self.subscription!r}, "
            f"enable={self.enable!r}, "
            f"tag={self.tag!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AddSubscriptionBody):
            return NotImplemented
        return (
            self.subscription,
            self.enable,
            self.tag,
            self.type_,
            self.additional_properties,
        ) == (
            other.subscription,
            other.enable,
            other.tag,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        subscription = str(self.subscription)

        enable = self.enable

        tag = self.tag

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription": subscription,
            }
        )
        if enable is not UNSET:
            field_dict["enable"] = enable
        if tag is not UNSET:
            field_dict["tag"] = tag
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            subscription = _by_value_AddSubscriptionBodySubscription[_subscription]
        except (KeyError, TypeError):
            subscription = AddSubscriptionBodySubscription(_subscription)

        enable = d.pop("enable", UNSET)

        tag = d.pop("tag", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AddSubscriptionBodyType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_AddSubscriptionBodyType[_type_]
            except (KeyError, TypeError):
                type_ = AddSubscriptionBodyType(_type_)

        _self = cls.__new__(cls)
        _self.subscription = subscription
        _self.enable = enable
        _self.tag = tag
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
_by_value_AddSubscriptionBodySubscription = AddSubscriptionBodySubscription._value2member_map_
_by_value_AddSubscriptionBodyType = AddSubscriptionBodyType._value2member_map_
