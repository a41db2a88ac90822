from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_sim_profile_order_request_bundles_item import (
    CreateSimProfileOrderRequestBundlesItem,
)
from ..models.create_sim_profile_order_request_speed_class import (
    CreateSimProfileOrderRequestSpeedClass,
)
from ..types import UNSET, Unset, as_enum, as_enums, missing_field, wrong_shape

T = TypeVar("T", bound="CreateSimProfileOrderRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateSimProfileOrderRequest:
    """Represents a request to place a eSIM profile order without confirming it.

    Attributes:
        quantity (int): The quantity of the eSIM profile to be ordered.

            **Info**: A maximum of 20 eSIM profiles may be purchased per order. If you would like to purchase more, please
            [contact us](https://www.soracom.io/contact/).
             Example: 10.
        subscription (str): The subscription of the eSIM profile to be ordered.

            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`: Only available for customers located in the European Union and United Kingdom.
            - `plan-US`: Only available for customers located in in the United States and Canada.
             Example: plan01s.
        bundles (list[CreateSimProfileOrderRequestBundlesItem] | None | Unset): Bundles of the eSIM profile to be
            ordered. Specify one of the following. Please specify the bundle that matches the subscription.

            - For planX3:
                - `X3-5MB`
            - For plan-US:
                - `US-1MB`
                - `US-3MB`
                - `US-10MB`
                - `US-20MB`
                - `US-50MB`
                - `US-100MB`
                - `US-300MB`
                - `US-500MB`
                - `US-1GB`
                - `US-3GB`
                - `US-5GB`
                - `US-10GB`
        description (str | None | Unset): The description of the order. You can use this to identify the order in the
            order history. Example: This is a test order.
        speed_class (CreateSimProfileOrderRequestSpeedClass | None | Unset): The speed class of the eSIM profile to be
            ordered. Specify one of the following. Please specify the speed class that matches the subscription.

            - For plan01s, planP1, planX1, planX2, planX3:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
            - For plan-US:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
                - `s1.8xfast` Example: s1.4xfast.
    """

    quantity: int
    subscription: str
    bundles: list[CreateSimProfileOrderRequestBundlesItem] | None | Unset = UNSET
    description: str | None | Unset = UNSET
    speed_class: CreateSimProfileOrderRequestSpeedClass | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        quantity: int,
        subscription: str,
        bundles: Sequence[
            CreateSimProfileOrderRequestBundlesItem
            | Literal[
                "X3-5MB",
                "US-1MB",
                "US-3MB",
                "US-10MB",
                "US-20MB",
                "US-50MB",
                "US-100MB",
                "US-300MB",
                "US-500MB",
                "US-1GB",
                "US-3GB",
                "US-5GB",
                "US-10GB",
            ]
        ]
        | None
        | Unset = UNSET,
        description: str | None | Unset = UNSET,
        speed_class: CreateSimProfileOrderRequestSpeedClass
        | Literal["s1.minimum", "s1.slow", "s1.standard", "s1.fast", "s1.4xfast", "s1.8xfast"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.quantity = quantity
        self.subscription = subscription
        self.bundles = as_enums(
            bundles,
            CreateSimProfileOrderRequestBundlesItem,
            "CreateSimProfileOrderRequest",
            "bundles",
        )
        self.description = description
        self.speed_class = as_enum(
            speed_class,
            CreateSimProfileOrderRequestSpeedClass,
            "CreateSimProfileOrderRequest",
            "speed_class",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"quantity={self.quantity!r}, "
            f"subscription={self.subscription!r}, "
            f"bundles={self.bundles!r}, "
            f"description={self.description!r}, "
            f"speed_class={self.speed_class!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateSimProfileOrderRequest
        ):
            return NotImplemented
        return (
            self.quantity,
            self.subscription,
            self.bundles,
            self.description,
            self.speed_class,
            self.additional_properties,
        ) == (
            other.quantity,
            other.subscription,
            other.bundles,
            other.description,
            other.speed_class,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        subscription = self.subscription

        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = []
            for bundles_item_data in self.bundles:
                bundles_item = str(bundles_item_data)

                bundles.append(bundles_item)

        description = self.description

        speed_class: str | None | Unset
        if self.speed_class is None or self.speed_class is UNSET:
            speed_class = self.speed_class
        else:
            speed_class = str(self.speed_class)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "subscription": subscription,
            }
        )
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if description is not UNSET:
            field_dict["description"] = description
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_quantity = d.pop("quantity", None)
        if _required_quantity is None:
            raise missing_field(cls.__name__, "quantity")
        quantity = _required_quantity

        _required_subscription = d.pop("subscription", None)
        if _required_subscription is None:
            raise missing_field(cls.__name__, "subscription")
        subscription = _required_subscription

        _bundles = d.pop("bundles", UNSET)
        bundles: list[CreateSimProfileOrderRequestBundlesItem] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = []
            for bundles_item_data in _bundles:
                _bundles_item = bundles_item_data
                try:
                    bundles_item = _by_value_CreateSimProfileOrderRequestBundlesItem[_bundles_item]
                except (KeyError, TypeError):
                    bundles_item = CreateSimProfileOrderRequestBundlesItem(_bundles_item)

                bundles.append(bundles_item)

        description = d.pop("description", UNSET)

        _speed_class = d.pop("speedClass", UNSET)
        speed_class: CreateSimProfileOrderRequestSpeedClass | None | Unset
        if _speed_class is None or _speed_class is UNSET:
            speed_class = _speed_class
        else:
            try:
                speed_class = _by_value_CreateSimProfileOrderRequestSpeedClass[_speed_class]
            except (KeyError, TypeError):
                speed_class = CreateSimProfileOrderRequestSpeedClass(_speed_class)

        _self = cls.__new__(cls)
        _self.quantity = quantity
        _self.subscription = subscription
        _self.bundles = bundles
        _self.description = description
        _self.speed_class = speed_class
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
_by_value_CreateSimProfileOrderRequestBundlesItem = (
    CreateSimProfileOrderRequestBundlesItem._value2member_map_
)
_by_value_CreateSimProfileOrderRequestSpeedClass = (
    CreateSimProfileOrderRequestSpeedClass._value2member_map_
)
