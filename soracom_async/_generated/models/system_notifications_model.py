from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_notifications_model_type import SystemNotificationsModelType
from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="SystemNotificationsModel")


@_attrs_define
class SystemNotificationsModel:
    """
    Attributes:
        email_id_list (list[str] | None | Unset):
        type_ (SystemNotificationsModelType | None | Unset): Email address type.
        update_date_time (int | None | Unset):
    """

    email_id_list: list[str] | None | Unset = UNSET
    type_: SystemNotificationsModelType | None | Unset = UNSET
    update_date_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id_list: list[str] | None | Unset
        if self.email_id_list is None or self.email_id_list is UNSET:
            email_id_list = self.email_id_list
        else:
            email_id_list = self.email_id_list

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        update_date_time = self.update_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_id_list is not UNSET:
            field_dict["emailIdList"] = email_id_list
        if type_ is not UNSET:
            field_dict["type"] = type_
        if update_date_time is not UNSET:
            field_dict["updateDateTime"] = update_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _email_id_list = d.pop("emailIdList", UNSET)
        email_id_list: list[str] | None | Unset
        if _email_id_list is None or _email_id_list is UNSET:
            email_id_list = _email_id_list
        elif not isinstance(_email_id_list, list):
            raise wrong_shape("emailIdList", "a JSON array", _email_id_list)
        else:
            email_id_list = _email_id_list

        _type_ = d.pop("type", UNSET)
        type_: SystemNotificationsModelType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            type_ = SystemNotificationsModelType(_type_)

        update_date_time = d.pop("updateDateTime", UNSET)

        system_notifications_model = cls(
            email_id_list=email_id_list,
            type_=type_,
            update_date_time=update_date_time,
        )

        system_notifications_model.additional_properties = d
        return system_notifications_model

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
