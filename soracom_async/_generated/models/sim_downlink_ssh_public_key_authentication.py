from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_ssh_public_key_authentication_type import (
    SimDownlinkSshPublicKeyAuthenticationType,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="SimDownlinkSshPublicKeyAuthentication")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkSshPublicKeyAuthentication:
    """Configuration for SSH connection using public key authentication (`"type": "publickey"`).

    Attributes:
        key (str | None | Unset): Private key (PEM) used for public key authentication. Use `\\n` to represent line
            breaks. This field is ignored if `keyCredentialsId` is specified.
        key_credentials_id (str | None | Unset): Soracom credential set ID where the authentication credentials are
            registered.

            - **Type**: Select "Private Key (PEM)".
            - **Private Key (PEM)**: Enter the private key (PEM) used for public key authentication.
        passphrase (str | None | Unset): If the private key (PEM) used for public key authentication is protected by a
            passphrase, specify the passphrase.
        type_ (SimDownlinkSshPublicKeyAuthenticationType | None | Unset):
    """

    key: str | None | Unset = UNSET
    key_credentials_id: str | None | Unset = UNSET
    passphrase: str | None | Unset = UNSET
    type_: SimDownlinkSshPublicKeyAuthenticationType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        key: str | None | Unset = UNSET,
        key_credentials_id: str | None | Unset = UNSET,
        passphrase: str | None | Unset = UNSET,
        type_: SimDownlinkSshPublicKeyAuthenticationType
        | Literal["publickey"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.key = key
        self.key_credentials_id = key_credentials_id
        self.passphrase = passphrase
        self.type_ = as_enum(
            type_,
            SimDownlinkSshPublicKeyAuthenticationType,
            "SimDownlinkSshPublicKeyAuthentication",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"key={self.key!r}, "
            f"key_credentials_id={self.key_credentials_id!r}, "
            f"passphrase={self.passphrase!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkSshPublicKeyAuthentication
        ):
            return NotImplemented
        return (
            self.key,
            self.key_credentials_id,
            self.passphrase,
            self.type_,
            self.additional_properties,
        ) == (
            other.key,
            other.key_credentials_id,
            other.passphrase,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        key_credentials_id = self.key_credentials_id

        passphrase = self.passphrase

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if key_credentials_id is not UNSET:
            field_dict["keyCredentialsId"] = key_credentials_id
        if passphrase is not UNSET:
            field_dict["passphrase"] = passphrase
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        key_credentials_id = d.pop("keyCredentialsId", UNSET)

        passphrase = d.pop("passphrase", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: SimDownlinkSshPublicKeyAuthenticationType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_SimDownlinkSshPublicKeyAuthenticationType[_type_]
            except (KeyError, TypeError):
                type_ = SimDownlinkSshPublicKeyAuthenticationType(_type_)

        _self = cls.__new__(cls)
        _self.key = key
        _self.key_credentials_id = key_credentials_id
        _self.passphrase = passphrase
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


# Parsers called per object, bound once (after every import).
_by_value_SimDownlinkSshPublicKeyAuthenticationType = (
    SimDownlinkSshPublicKeyAuthenticationType._value2member_map_
)
