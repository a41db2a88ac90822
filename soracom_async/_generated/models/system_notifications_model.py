from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_notifications_model_type import SystemNotificationsModelType
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SystemNotificationsModel")


@_attrs_define(init=False, repr=False, eq=False)
class SystemNotificationsModel:
    """
    Attributes:
        type_ (SystemNotificationsModelType): Email address type.
        email_id_list (list[str] | None | Unset):
        update_date_time (int | None | Unset):
    """

    type_: SystemNotificationsModelType
    email_id_list: list[str] | None | Unset = UNSET
    update_date_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SystemNotificationsModelType | Literal["primary", "recovery", "billing", "support"],
        email_id_list: list[str] | None | Unset = UNSET,
        update_date_time: int | None | Unset = UNSET,
    ) -> None:
        self.type_ = as_enum(
            type_, SystemNotificationsModelType, "SystemNotificationsModel", "type_"
        )
        self.email_id_list = email_id_list
        self.update_date_time = update_date_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"email_id_list={self.email_id_list!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SystemNotificationsModel):
            return NotImplemented
        return (
            self.type_,
            self.email_id_list,
            self.update_date_time,
            self.additional_properties,
        ) == (
            other.type_,
            other.email_id_list,
            other.update_date_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        email_id_list: list[str] | None | Unset
        if self.email_id_list is None or self.email_id_list is UNSET:
            email_id_list = self.email_id_list
        else:
            email_id_list = self.email_id_list

        update_date_time = self.update_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if email_id_list is not UNSET:
            field_dict["emailIdList"] = email_id_list
        if update_date_time is not UNSET:
            field_dict["updateDateTime"] = update_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_SystemNotificationsModelType[_type_]
        except (KeyError, TypeError):
            type_ = SystemNotificationsModelType(_type_)

        _email_id_list = d.pop("emailIdList", UNSET)
        email_id_list: list[str] | None | Unset
        if _email_id_list is None or _email_id_list is UNSET:
            email_id_list = _email_id_list
        elif not isinstance(_email_id_list, list):
            raise wrong_shape("emailIdList", "a JSON array", _email_id_list)
        else:
            email_id_list = _email_id_list

        update_date_time = d.pop("updateDateTime", UNSET)

        _self = cls.__new__(cls)
        _self.type_ = type_
        _self.email_id_list = email_id_list
        _self.update_date_time = update_date_time
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
_by_value_SystemNotificationsModelType = SystemNotificationsModelType._value2member_map_
