from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

T = TypeVar("T", bound="GetOperatorResponse")


@_attrs_define
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
        create_date = d.pop("createDate")

        description = d.pop("description")

        email = d.pop("email")

        operator_id = d.pop("operatorId")

        root_operator_id = d.pop("rootOperatorId")

        update_date = d.pop("updateDate")

        get_operator_response = cls(
            create_date=create_date,
            description=description,
            email=email,
            operator_id=operator_id,
            root_operator_id=root_operator_id,
            update_date=update_date,
        )

        get_operator_response.additional_properties = d
        return get_operator_response

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
