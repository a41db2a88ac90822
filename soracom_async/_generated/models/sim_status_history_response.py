from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimStatusHistoryResponse")


@_attrs_define
class SimStatusHistoryResponse:
    """
    Attributes:
        apply_date_time_epoch_sec (int | Unset):
        bundles (list[str] | Unset):
        group_id (str | Unset):
        imsi (str | Unset):
        is_primary (bool | Unset):
        primary_imsi (str | Unset):
        sim_id (str | Unset):
        speed_class (str | Unset):
        status (str | Unset):
        subscription (str | Unset):
    """

    apply_date_time_epoch_sec: int | Unset = UNSET
    bundles: list[str] | Unset = UNSET
    group_id: str | Unset = UNSET
    imsi: str | Unset = UNSET
    is_primary: bool | Unset = UNSET
    primary_imsi: str | Unset = UNSET
    sim_id: str | Unset = UNSET
    speed_class: str | Unset = UNSET
    status: str | Unset = UNSET
    subscription: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apply_date_time_epoch_sec = self.apply_date_time_epoch_sec

        bundles: list[str] | Unset = UNSET
        if self.bundles is not UNSET:
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
        d = dict(src_dict)
        apply_date_time_epoch_sec = d.pop("applyDateTimeEpochSec", UNSET)

        bundles = cast(list[str], d.pop("bundles", UNSET))

        group_id = d.pop("groupId", UNSET)

        imsi = d.pop("imsi", UNSET)

        is_primary = d.pop("isPrimary", UNSET)

        primary_imsi = d.pop("primaryImsi", UNSET)

        sim_id = d.pop("simId", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        status = d.pop("status", UNSET)

        subscription = d.pop("subscription", UNSET)

        sim_status_history_response = cls(
            apply_date_time_epoch_sec=apply_date_time_epoch_sec,
            bundles=bundles,
            group_id=group_id,
            imsi=imsi,
            is_primary=is_primary,
            primary_imsi=primary_imsi,
            sim_id=sim_id,
            speed_class=speed_class,
            status=status,
            subscription=subscription,
        )

        sim_status_history_response.additional_properties = d
        return sim_status_history_response

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
