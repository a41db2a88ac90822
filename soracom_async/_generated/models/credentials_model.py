from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credentials_model_type import CredentialsModelType
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.credentials_model_credentials import CredentialsModelCredentials


T = TypeVar("T", bound="CredentialsModel")


@_attrs_define(init=False, repr=False, eq=False)
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

    def __init__(
        self,
        *,
        create_date_time: int,
        credentials: CredentialsModelCredentials | Mapping[str, Any],
        credentials_id: str,
        last_used_date_time: int,
        type_: CredentialsModelType
        | Literal[
            "api-token-credentials",
            "aws-credentials",
            "aws-iam-role-credentials",
            "azure-credentials",
            "azureIoT-credentials",
            "esrij-credentials",
            "google-service-account-json",
            "googleIoT-credentials",
            "infoteria-platio-credentials",
            "kii-thingif-credentials",
            "landlog-credentials",
            "mmcloud-credentials",
            "motionboard-credentials",
            "optim-cloud-IoT-OS-credentials",
            "private-key-pem",
            "psk",
            "pubnub-credentials",
            "sensorcorpus-credentials",
            "username-password-credentials",
            "x509",
        ],
        update_date_time: int,
        description: str | None | Unset = UNSET,
    ) -> None:
        self.create_date_time = create_date_time
        self.credentials = as_model(
            credentials, CredentialsModelCredentials, "CredentialsModel", "credentials"
        )
        self.credentials_id = credentials_id
        self.last_used_date_time = last_used_date_time
        self.type_ = as_enum(type_, CredentialsModelType, "CredentialsModel", "type_")
        self.update_date_time = update_date_time
        self.description = description
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"create_date_time={self.create_date_time!r}, "
            f"credentials={self.credentials!r}, "
            f"credentials_id={self.credentials_id!r}, "
            f"last_used_date_time={self.last_used_date_time!r}, "
            f"type_={self.type_!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"description={self.description!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CredentialsModel):
            return NotImplemented
        return (
            self.create_date_time,
            self.credentials,
            self.credentials_id,
            self.last_used_date_time,
            self.type_,
            self.update_date_time,
            self.description,
            self.additional_properties,
        ) == (
            other.create_date_time,
            other.credentials,
            other.credentials_id,
            other.last_used_date_time,
            other.type_,
            other.update_date_time,
            other.description,
            other.additional_properties,
        )

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
        _required_create_date_time = d.pop("createDateTime", None)
        if _required_create_date_time is None:
            raise missing_field(cls.__name__, "createDateTime")
        create_date_time = _required_create_date_time

        _required_credentials = d.pop("credentials", None)
        if _required_credentials is None:
            raise missing_field(cls.__name__, "credentials")
        credentials = _from_dict_CredentialsModelCredentials(_required_credentials)

        _required_credentials_id = d.pop("credentialsId", None)
        if _required_credentials_id is None:
            raise missing_field(cls.__name__, "credentialsId")
        credentials_id = _required_credentials_id

        _required_last_used_date_time = d.pop("lastUsedDateTime", None)
        if _required_last_used_date_time is None:
            raise missing_field(cls.__name__, "lastUsedDateTime")
        last_used_date_time = _required_last_used_date_time

        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_CredentialsModelType[_type_]
        except (KeyError, TypeError):
            type_ = CredentialsModelType(_type_)

        _required_update_date_time = d.pop("updateDateTime", None)
        if _required_update_date_time is None:
            raise missing_field(cls.__name__, "updateDateTime")
        update_date_time = _required_update_date_time

        description = d.pop("description", UNSET)

        _self = cls.__new__(cls)
        _self.create_date_time = create_date_time
        _self.credentials = credentials
        _self.credentials_id = credentials_id
        _self.last_used_date_time = last_used_date_time
        _self.type_ = type_
        _self.update_date_time = update_date_time
        _self.description = description
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.credentials_model_credentials import CredentialsModelCredentials  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_CredentialsModelType = CredentialsModelType._value2member_map_
_from_dict_CredentialsModelCredentials = CredentialsModelCredentials.from_dict
