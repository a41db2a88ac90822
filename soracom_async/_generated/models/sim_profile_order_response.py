from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_profile_order_response_status import SimProfileOrderResponseStatus
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SimProfileOrderResponse")


@_attrs_define
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
        ordered_time = d.pop("orderedTime")

        profile_order_id = d.pop("profileOrderId")

        quantity = d.pop("quantity")

        status = SimProfileOrderResponseStatus(d.pop("status"))

        subscription = d.pop("subscription")

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

        sim_profile_order_response = cls(
            ordered_time=ordered_time,
            profile_order_id=profile_order_id,
            quantity=quantity,
            status=status,
            subscription=subscription,
            bundles=bundles,
            completed_time=completed_time,
            confirmed_time=confirmed_time,
            description=description,
            speed_class=speed_class,
        )

        sim_profile_order_response.additional_properties = d
        return sim_profile_order_response

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
