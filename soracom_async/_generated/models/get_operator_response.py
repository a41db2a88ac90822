from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="GetOperatorResponse")


@_attrs_define(init=False, repr=False, eq=False)
class GetOperatorResponse:
    """
    Attributes:
        create_date (str):
        description (str):
        email (str):
        operator_id (str):
        root_operator_id (str):
        update_date (str):
    """

    create_date: str
    description: str
    email: str
    operator_id: str
    root_operator_id: str
    update_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        create_date: str,
        description: str,
        email: str,
        operator_id: str,
        root_operator_id: str,
        update_date: str,
    ) -> None:
        self.create_date = create_date
        self.description = description
        self.email = email
        self.operator_id = operator_id
        self.root_operator_id = root_operator_id
        self.update_date = update_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"create_date={self.create_date!r}, "
            f"description={self.description!r}, "
            f"email={self.email!r}, "
            f"operator_id={self.operator_id!r}, "
            f"root_operator_id={self.root_operator_id!r}, "
            f"update_date={self.update_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GetOperatorResponse):
            return NotImplemented
        return (
            self.create_date,
            self.description,
            self.email,
            self.operator_id,
            self.root_operator_id,
            self.update_date,
            self.additional_properties,
        ) == (
            other.create_date,
            other.description,
            other.email,
            other.operator_id,
            other.root_operator_id,
            other.update_date,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        create_date = self.create_date

        description = self.description

        email = self.email

        operator_id = self.operator_id

        root_operator_id = self.root_operator_id

        update_date = self.update_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createDate": create_date,
                "description": description,
                "email": email,
                "operatorId": operator_id,
                "rootOperatorId": root_operator_id,
                "updateDate": update_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_create_date = d.pop("createDate", None)
        if _required_create_date is None:
            raise missing_field(cls.__name__, "createDate")
        create_date = _required_create_date

        _required_description = d.pop("description", None)
        if _required_description is None:
            raise missing_field(cls.__name__, "description")
        description = _required_description

        _required_email = d.pop("email", None)
        if _required_email is None:
            raise missing_field(cls.__name__, "email")
        email = _required_email

        _required_operator_id = d.pop("operatorId", None)
        if _required_operator_id is None:
            raise missing_field(cls.__name__, "operatorId")
        operator_id = _required_operator_id

        _required_root_operator_id = d.pop("rootOperatorId", None)
        if _required_root_operator_id is None:
            raise missing_field(cls.__name__, "rootOperatorId")
        root_operator_id = _required_root_operator_id

        _required_update_date = d.pop("updateDate", None)
        if _required_update_date is None:
            raise missing_field(cls.__name__, "updateDate")
        update_date = _required_update_date

        _self = cls.__new__(cls)
        _self.create_date = create_date
        _self.description = description
        _self.email = email
        _self.operator_id = operator_id
        _self.root_operator_id = root_operator_id
        _self.update_date = update_date
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
