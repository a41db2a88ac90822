from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SimStatusHistoryResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SimStatusHistoryResponse:
    """
    Attributes:
        apply_date_time_epoch_sec (int | None | Unset):
        bundles (list[str] | None | Unset):
        group_id (str | None | Unset):
        imsi (str | None | Unset):
        is_primary (bool | None | Unset):
        primary_imsi (str | None | Unset):
        sim_id (str | None | Unset):
        speed_class (str | None | Unset):
        status (str | None | Unset):
        subscription (str | None | Unset):
    """

    apply_date_time_epoch_sec: int | None | Unset = UNSET
    bundles: list[str] | None | Unset = UNSET
    group_id: str | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    is_primary: bool | None | Unset = UNSET
    primary_imsi: str | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        apply_date_time_epoch_sec: int | None | Unset = UNSET,
        bundles: list[str] | None | Unset = UNSET,
        group_id: str | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        is_primary: bool | None | Unset = UNSET,
        primary_imsi: str | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
    ) -> None:
        self.apply_date_time_epoch_sec = apply_date_time_epoch_sec
        self.bundles = bundles
        self.group_id = group_id
        self.imsi = imsi
        self.is_primary = is_primary
        self.primary_imsi = primary_imsi
        self.sim_id = sim_id
        self.speed_class = speed_class
        self.status = status
        self.subscription = subscription
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"apply_date_time_epoch_sec={self.apply_date_time_epoch_sec!r}, "
            f"bundles={self.bundles!r}, "
            f"group_id={self.group_id!r}, "
            f"imsi={self.imsi!r}, "
            f"is_primary={self.is_primary!r}, "
            f"primary_imsi={self.primary_imsi!r}, "
            f"sim_id={self.sim_id!r}, "
            f"speed_class={self.speed_class!r}, "
            f"status={self.status!r}, "
            f"subscription={self.subscription!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimStatusHistoryResponse):
            return NotImplemented
        return (
            self.apply_date_time_epoch_sec,
            self.bundles,
            self.group_id,
            self.imsi,
            self.is_primary,
            self.primary_imsi,
            self.sim_id,
            self.speed_class,
            self.status,
            self.subscription,
            self.additional_properties,
        ) == (
            other.apply_date_time_epoch_sec,
            other.bundles,
            other.group_id,
            other.imsi,
            other.is_primary,
            other.primary_imsi,
            other.sim_id,
            other.speed_class,
            other.status,
            other.subscription,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        apply_date_time_epoch_sec = self.apply_date_time_epoch_sec

        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = self.bundles

        group_id = self.group_id

        imsi = self.imsi

        is_primary = self.is_primary

        primary_imsi = self.primary_imsi

        sim_id = self.sim_id

        speed_class = self.speed_class

        status = self.status

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apply_date_time_epoch_sec is not UNSET:
            field_dict["applyDateTimeEpochSec"] = apply_date_time_epoch_sec
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if is_primary is not UNSET:
            field_dict["isPrimary"] = is_primary
        if primary_imsi is not UNSET:
            field_dict["primaryImsi"] = primary_imsi
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        apply_date_time_epoch_sec = d.pop("applyDateTimeEpochSec", UNSET)

        _bundles = d.pop("bundles", UNSET)
        bundles: list[str] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = _bundles

        group_id = d.pop("groupId", UNSET)

        imsi = d.pop("imsi", UNSET)

        is_primary = d.pop("isPrimary", UNSET)

        primary_imsi = d.pop("primaryImsi", UNSET)

        sim_id = d.pop("simId", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        status = d.pop("status", UNSET)

        subscription = d.pop("subscription", UNSET)

        _self = cls.__new__(cls)
        _self.apply_date_time_epoch_sec = apply_date_time_epoch_sec
        _self.bundles = bundles
        _self.group_id = group_id
        _self.imsi = imsi
        _self.is_primary = is_primary
        _self.primary_imsi = primary_imsi
        _self.sim_id = sim_id
        _self.speed_class = speed_class
        _self.status = status
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
