from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_create_subscriber_request_bundles_item import (
    SandboxCreateSubscriberRequestBundlesItem,
)
from ..models.sandbox_create_subscriber_request_subscription import (
    SandboxCreateSubscriberRequestSubscription,
)
from ..types import UNSET, Unset, as_enum, as_enums, wrong_shape

T = TypeVar("T", bound="SandboxCreateSubscriberRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxCreateSubscriberRequest:
    """
    Attributes:
        bundles (list[SandboxCreateSubscriberRequestBundlesItem] | None | Unset): Bundle. If necessary, specify one of:
        subscription (SandboxCreateSubscriberRequestSubscription | None | Unset): Subscription. Specify one of:
    """

    bundles: list[SandboxCreateSubscriberRequestBundlesItem] | None | Unset = UNSET
    subscription: SandboxCreateSubscriberRequestSubscription | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        bundles: Sequence[
            SandboxCreateSubscriberRequestBundlesItem
            | Literal["X3-5MB", "D-500MB", "DU-10GB", "DU-50GB", "DU-100GB", "K2-500MB"]
        ]
        | None
        | Unset = UNSET,
        subscription: SandboxCreateSubscriberRequestSubscription
        | Literal[
            "plan01s",
            "plan01s-low_data_volume",
            "planP1",
            "planXM1",
            "planX3",
            "plan-D",
            "plan-K",
            "plan-KM1",
            "plan-DU",
            "plan-K2",
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.bundles = as_enums(
            bundles,
            SandboxCreateSubscriberRequestBundlesItem,
            "SandboxCreateSubscriberRequest",
            "bundles",
        )
        self.subscription = as_enum(
            subscription,
            SandboxCreateSubscriberRequestSubscription,
            "SandboxCreateSubscriberRequest",
            "subscription",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bundles={self.bundles!r}, "
            f"subscription={self.subscription!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxCreateSubscriberRequest
        ):
            return NotImplemented
        return (
            self.bundles,
            self.subscription,
            self.additional_properties,
        ) == (
            other.bundles,
            other.subscription,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = []
            for bundles_item_data in self.bundles:
                bundles_item = str(bundles_item_data)

                bundles.append(bundles_item)

        subscription: str | None | Unset
        if self.subscription is None or self.subscription is UNSET:
            subscription = self.subscription
        else:
            subscription = str(self.subscription)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _bundles = d.pop("bundles", UNSET)
        bundles: list[SandboxCreateSubscriberRequestBundlesItem] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = []
            for bundles_item_data in _bundles:
                _bundles_item = bundles_item_data
                try:
                    bundles_item = _by_value_SandboxCreateSubscriberRequestBundlesItem[
                        _bundles_item
                    ]
                except (KeyError, TypeError):
                    bundles_item = SandboxCreateSubscriberRequestBundlesItem(_bundles_item)

                bundles.append(bundles_item)

        _subscription = d.pop("subscription", UNSET)
        subscription: SandboxCreateSubscriberRequestSubscription | None | Unset
        if _subscription is None or _subscription is UNSET:
            subscription = _subscription
        else:
            try:
                subscription = _by_value_SandboxCreateSubscriberRequestSubscription[_subscription]
            except (KeyError, TypeError):
                subscription = SandboxCreateSubscriberRequestSubscription(_subscription)

        _self = cls.__new__(cls)
        _self.bundles = bundles
        _self.subscription = subscription
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
_by_value_SandboxCreateSubscriberRequestBundlesItem = (
    SandboxCreateSubscriberRequestBundlesItem._value2member_map_
)
_by_value_SandboxCreateSubscriberRequestSubscription = (
    SandboxCreateSubscriberRequestSubscription._value2member_map_
)
