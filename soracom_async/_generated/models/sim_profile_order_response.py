from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_profile_order_response_status import SimProfileOrderResponseStatus
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimProfileOrderResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SimProfileOrderResponse:
    """Represents an eSIM profile order.

    Attributes:
        ordered_time (int): The time the order was created (unix time in milliseconds). Example: 1718756585000.
        profile_order_id (str): The ID of the eSIM profile order. Example: 01902ddd-1cf3-77d9-afc0-fe8d410cadb1.
        quantity (int): The quantity of the eSIM profile ordered. Example: 10.
        status (SimProfileOrderResponseStatus): The status of the eSIM profile order.

            - `DRAFT`: Unconfirmed order
            - `CONFIRMED`: Order confirmed
            - `IN_PROGRESS`: Order in progress
            - `COMPLETED`: Order completed
            - `FAILED`: Order failed
             Example: COMPLETED.
        subscription (str): The subscription of the eSIM profile ordered.

            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`
            - `plan-US`
             Example: plan01s.
        bundles (list[str] | None | Unset): Bundles of the eSIM profile ordered. Example: ['X3-5MB'].
        completed_time (int | None | Unset): The time the order was completed (unix time in milliseconds). Example:
            1718756585000.
        confirmed_time (int | None | Unset): The time the order was confirmed (unix time in milliseconds). Example:
            1718756585000.
        description (str | None | Unset): The description of the eSIM profile order. Example: This is a test order.
        speed_class (str | None | Unset): The speed class of the eSIM profile ordered. Example: s1.4xfast.
    """

    ordered_time: int
    profile_order_id: str
    quantity: int
    status: SimProfileOrderResponseStatus
    subscription: str
    bundles: list[str] | None | Unset = UNSET
    completed_time: int | None | Unset = UNSET
    confirmed_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        ordered_time: int,
        profile_order_id: str,
        quantity: int,
        status: SimProfileOrderResponseStatus
        | Literal["DRAFT", "CONFIRMED", "IN_PROGRESS", "COMPLETED", "FAILED"],
        subscription: str,
        bundles: list[str] | None | Unset = UNSET,
        completed_time: int | None | Unset = UNSET,
        confirmed_time: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
    ) -> None:
        self.ordered_time = ordered_time
        self.profile_order_id = profile_order_id
        self.quantity = quantity
        self.status = as_enum(
            status, SimProfileOrderResponseStatus, "SimProfileOrderResponse", "status"
        )
        self.subscription = subscription
        self.bundles = bundles
        self.completed_time = completed_time
        self.confirmed_time = confirmed_time
        self.description = description
        self.speed_class = speed_class
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"ordered_time={self.ordered_time!r}, "
            f"profile_order_id={self.profile_order_id!r}, "
            f"quantity={self.quantity!r}, "
            f"status={self.status!r}, "
            f"subscription={self.subscription!r}, "
            f"bundles={self.bundles!r}, "
            f"completed_time={self.completed_time!r}, "
            f"confirmed_time={self.confirmed_time!r}, "
            f"description={self.description!r}, "
            f"speed_class={self.speed_class!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimProfileOrderResponse):
            return NotImplemented
        return (
            self.ordered_time,
            self.profile_order_id,
            self.quantity,
            self.status,
            self.subscription,
            self.bundles,
            self.completed_time,
            self.confirmed_time,
            self.description,
            self.speed_class,
            self.additional_properties,
        ) == (
            other.ordered_time,
            other.profile_order_id,
            other.quantity,
            other.status,
            other.subscription,
            other.bundles,
            other.completed_time,
            other.confirmed_time,
            other.description,
            other.speed_class,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        ordered_time = self.ordered_time

        profile_order_id = self.profile_order_id

        quantity = self.quantity

        status = str(self.status)

        subscription = self.subscription

        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = self.bundles

        completed_time = self.completed_time

        confirmed_time = self.confirmed_time

        description = self.description

        speed_class = self.speed_class

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderedTime": ordered_time,
                "profileOrderId": profile_order_id,
                "quantity": quantity,
                "status": status,
                "subscription": subscription,
            }
        )
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if completed_time is not UNSET:
            field_dict["completedTime"] = completed_time
        if confirmed_time is not UNSET:
            field_dict["confirmedTime"] = confirmed_time
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
        _required_ordered_time = d.pop("orderedTime", None)
        if _required_ordered_time is None:
            raise missing_field(cls.__name__, "orderedTime")
        ordered_time = _required_ordered_time

        _required_profile_order_id = d.pop("profileOrderId", None)
        if _required_profile_order_id is None:
            raise missing_field(cls.__name__, "profileOrderId")
        profile_order_id = _required_profile_order_id

        _required_quantity = d.pop("quantity", None)
        if _required_quantity is None:
            raise missing_field(cls.__name__, "quantity")
        quantity = _required_quantity

        _required_status = d.pop("status", None)
        if _required_status is None:
            raise missing_field(cls.__name__, "status")
        _status = _required_status
        try:
            status = _by_value_SimProfileOrderResponseStatus[_status]
        except (KeyError, TypeError):
            status = SimProfileOrderResponseStatus(_status)

        _required_subscription = d.pop("subscription", None)
        if _required_subscription is None:
            raise missing_field(cls.__name__, "subscription")
        subscription = _required_subscription

        _bundles = d.pop("bundles", UNSET)
        bundles: list[str] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = _bundles

        completed_time = d.pop("completedTime", UNSET)

        confirmed_time = d.pop("confirmedTime", UNSET)

        description = d.pop("description", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        _self = cls.__new__(cls)
        _self.ordered_time = ordered_time
        _self.profile_order_id = profile_order_id
        _self.quantity = quantity
        _self.status = status
        _self.subscription = subscription
        _self.bundles = bundles
        _self.completed_time = completed_time
        _self.confirmed_time = confirmed_time
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
_by_value_SimProfileOrderResponseStatus = SimProfileOrderResponseStatus._value2member_map_
