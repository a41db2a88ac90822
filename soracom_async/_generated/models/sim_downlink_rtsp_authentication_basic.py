from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_rtsp_authentication_basic_type import (
    SimDownlinkRtspAuthenticationBasicType,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkRtspAuthenticationBasic")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkRtspAuthenticationBasic:
    """Configuration for RTSP connection with basic authentication using username and password.

    Attributes:
        type_ (SimDownlinkRtspAuthenticationBasicType):
        username (str): Username for RTSP connection.
        password (str | None | Unset): Password for RTSP connection. If `passwordCredentialsId` is specified, this field
            is ignored.
        password_credentials_id (str | None | Unset): Soracom credential set ID where the authentication credentials are
            registered.

            - **Type**: Select "Pre-Shared key".
            - **Pre-Shared Key**: Enter the password for the RTSP connection.
    """

    type_: SimDownlinkRtspAuthenticationBasicType
    username: str
    password: str | None | Unset = UNSET
    password_credentials_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SimDownlinkRtspAuthenticationBasicType | Literal["basic"],
        username: str,
        password: str | None | Unset = UNSET,
        password_credentials_id: str | None | Unset = UNSET,
    ) -> None:
        self.type_ = as_enum(
            type_,
            SimDownlinkRtspAuthenticationBasicType,
            "SimDownlinkRtspAuthenticationBasic",
            "type_",
        )
        self.username = username
        self.password = password
        self.password_credentials_id = password_credentials_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"username={self.username!r}, "
            f"password={self.password!r}, "
            f"password_credentials_id={self.password_credentials_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkRtspAuthenticationBasic
        ):
            return NotImplemented
        return (
            self.type_,
            self.username,
            self.password,
            self.password_credentials_id,
            self.additional_properties,
        ) == (
            other.type_,
            other.username,
            other.password,
            other.password_credentials_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        username = self.username

        password = self.password

        password_credentials_id = self.password_credentials_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if password_credentials_id is not UNSET:
            field_dict["passwordCredentialsId"] = password_credentials_id

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
            type_ = _by_value_SimDownlinkRtspAuthenticationBasicType[_type_]
        except (KeyError, TypeError):
            type_ = SimDownlinkRtspAuthenticationBasicType(_type_)

        _required_username = d.pop("username", None)
        if _required_username is None:
            raise missing_field(cls.__name__, "username")
        username = _required_username

        password = d.pop("password", UNSET)

        password_credentials_id = d.pop("passwordCredentialsId", UNSET)

        _self = cls.__new__(cls)
        _self.type_ = type_
        _self.username = username
        _self.password = password
        _self.password_credentials_id = password_credentials_id
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
_by_value_SimDownlinkRtspAuthenticationBasicType = (
    SimDownlinkRtspAuthenticationBasicType._value2member_map_
)
