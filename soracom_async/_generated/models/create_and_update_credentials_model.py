from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_and_update_credentials_model_type import CreateAndUpdateCredentialsModelType
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.create_and_update_credentials_model_credentials import (
        CreateAndUpdateCredentialsModelCredentials,
    )


T = TypeVar("T", bound="CreateAndUpdateCredentialsModel")


@_attrs_define(init=False, repr=False, eq=False)
class CreateAndUpdateCredentialsModel:
    """
    Attributes:
        credentials (CreateAndUpdateCredentialsModelCredentials | None | Unset):
        description (str | None | Unset):
        type_ (CreateAndUpdateCredentialsModelType | None | Unset):
    """

    credentials: CreateAndUpdateCredentialsModelCredentials | None | Unset = UNSET
    description: str | None | Unset = UNSET
    type_: CreateAndUpdateCredentialsModelType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        credentials: CreateAndUpdateCredentialsModelCredentials
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        description: str | None | Unset = UNSET,
        type_: CreateAndUpdateCredentialsModelType
        | Literal["aws-credentials", "azure-credentials", "psk", "x509"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.credentials = as_model(
            credentials,
            CreateAndUpdateCredentialsModelCredentials,
            "CreateAndUpdateCredentialsModel",
            "credentials",
        )
        self.description = description
        self.type_ = as_enum(
            type_, CreateAndUpdateCredentialsModelType, "CreateAndUpdateCredentialsModel", "type_"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"credentials={self.credentials!r}, "
            f"description={self.description!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateAndUpdateCredentialsModel
        ):
            return NotImplemented
        return (
            self.credentials,
            self.description,
            self.type_,
            self.additional_properties,
        ) == (
            other.credentials,
            other.description,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        credentials: dict[str, Any] | None | Unset
        if self.credentials is None or self.credentials is UNSET:
            credentials = self.credentials
        else:
            credentials = self.credentials.to_dict()

        description = self.description

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _credentials = d.pop("credentials", UNSET)
        credentials: CreateAndUpdateCredentialsModelCredentials | None | Unset
        if _credentials is None or _credentials is UNSET:
            credentials = _credentials
        else:
            credentials = _from_dict_CreateAndUpdateCredentialsModelCredentials(_credentials)

        description = d.pop("description", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateAndUpdateCredentialsModelType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_CreateAndUpdateCredentialsModelType[_type_]
            except (KeyError, TypeError):
                type_ = CreateAndUpdateCredentialsModelType(_type_)

        _self = cls.__new__(cls)
        _self.credentials = credentials
        _self.description = description
        _self.type_ = type_
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
from ..models.create_and_update_credentials_model_credentials import (
    CreateAndUpdateCredentialsModelCredentials,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_by_value_CreateAndUpdateCredentialsModelType = (
    CreateAndUpdateCredentialsModelType._value2member_map_
)
_from_dict_CreateAndUpdateCredentialsModelCredentials = (
    CreateAndUpdateCredentialsModelCredentials.from_dict
)
