from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credentials_model_type import CredentialsModelType
from ..types import UNSET, Unset, wrong_shape

if TYPE_CHECKING:
    from ..models.credentials_model_credentials import CredentialsModelCredentials


T = TypeVar("T", bound="CredentialsModel")


@_attrs_define
class CredentialsModel:
    """
    Attributes:
        create_date_time (int):
        credentials (CredentialsModelCredentials):
        credentials_id (str):
        last_used_date_time (int):
        type_ (CredentialsModelType):
        update_date_time (int):
        description (str | None | Unset):
    """

    create_date_time: int
    credentials: CredentialsModelCredentials
    credentials_id: str
    last_used_date_time: int
    type_: CredentialsModelType
    update_date_time: int
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_date_time = self.create_date_time

        credentials = self.credentials.to_dict()

        credentials_id = self.credentials_id

        last_used_date_time = self.last_used_date_time

        type_ = str(self.type_)

        update_date_time = self.update_date_time

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createDateTime": create_date_time,
                "credentials": credentials,
                "credentialsId": credentials_id,
                "lastUsedDateTime": last_used_date_time,
                "type": type_,
                "updateDateTime": update_date_time,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        create_date_time = d.pop("createDateTime")

        credentials = CredentialsModelCredentials.from_dict(d.pop("credentials"))

        credentials_id = d.pop("credentialsId")

        last_used_date_time = d.pop("lastUsedDateTime")

        type_ = CredentialsModelType(d.pop("type"))

        update_date_time = d.pop("updateDateTime")

        description = d.pop("description", UNSET)

        credentials_model = cls(
            create_date_time=create_date_time,
            credentials=credentials,
            credentials_id=credentials_id,
            last_used_date_time=last_used_date_time,
            type_=type_,
            update_date_time=update_date_time,
            description=description,
        )

        credentials_model.additional_properties = d
        return credentials_model

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
from ..models.credentials_model_credentials import CredentialsModelCredentials  # noqa: E402
