from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_and_update_credentials_model_type import CreateAndUpdateCredentialsModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_and_update_credentials_model_credentials import (
        CreateAndUpdateCredentialsModelCredentials,
    )


T = TypeVar("T", bound="CreateAndUpdateCredentialsModel")


@_attrs_define
class CreateAndUpdateCredentialsModel:
    """
    Attributes:
        credentials (CreateAndUpdateCredentialsModelCredentials | Unset):
        description (str | Unset):
        type_ (CreateAndUpdateCredentialsModelType | Unset):
    """

    credentials: CreateAndUpdateCredentialsModelCredentials | Unset = UNSET
    description: str | Unset = UNSET
    type_: CreateAndUpdateCredentialsModelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials: dict[str, Any] | Unset = UNSET
        if self.credentials is not UNSET:
            credentials = self.credentials.to_dict()

        description = self.description

        type_: str | Unset = UNSET
        if self.type_ is not UNSET:
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _credentials = d.pop("credentials", UNSET)
        credentials: CreateAndUpdateCredentialsModelCredentials | Unset
        if isinstance(_credentials, Unset):
            credentials = UNSET
        else:
            credentials = CreateAndUpdateCredentialsModelCredentials.from_dict(_credentials)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateAndUpdateCredentialsModelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateAndUpdateCredentialsModelType(_type_)

        create_and_update_credentials_model = cls(
            credentials=credentials,
            description=description,
            type_=type_,
        )

        create_and_update_credentials_model.additional_properties = d
        return create_and_update_credentials_model

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


# Referenced models, imported after the class so that cycles resolve.
from ..models.create_and_update_credentials_model_credentials import (
    CreateAndUpdateCredentialsModelCredentials,  # noqa: E402
)
