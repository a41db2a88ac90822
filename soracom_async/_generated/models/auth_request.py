from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="AuthRequest")


@_attrs_define(init=False, repr=False, eq=False)
class AuthRequest:
    """
    Attributes:
        auth_key (str | None | Unset):
        auth_key_id (str | None | Unset):
        email (str | None | Unset):
        mfa_otp_code (str | None | Unset):
        operator_id (str | None | Unset):
        password (str | None | Unset):
        token_timeout_seconds (int | None | Unset):  Default: 86400.
        user_name (str | None | Unset):
    """

    auth_key: str | None | Unset = UNSET
    auth_key_id: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    mfa_otp_code: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    password: str | None | Unset = UNSET
    token_timeout_seconds: int | None | Unset = 86400
    user_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        auth_key: str | None | Unset = UNSET,
        auth_key_id: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        mfa_otp_code: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        password: str | None | Unset = UNSET,
        token_timeout_seconds: int | None | Unset = 86400,
        user_name: str | None | Unset = UNSET,
    ) -> None:
        self.auth_key = auth_key
        self.auth_key_id = auth_key_id
        self.email = email
        self.mfa_otp_code = mfa_otp_code
        self.operator_id = operator_id
        self.password = password
        self.token_timeout_seconds = token_timeout_seconds
        self.user_name = user_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"auth_key={self.auth_key!r}, "
            f"auth_key_id={self.auth_key_id!r}, "
            f"email={self.email!r}, "
            f"mfa_otp_code={self.mfa_otp_code!r}, "
            f"operator_id={self.operator_id!r}, "
            f"password={self.password!r}, "
            f"token_timeout_seconds={self.token_timeout_seconds!r}, "
            f"user_name={self.user_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, AuthRequest):
            return NotImplemented
        return (
            self.auth_key,
            self.auth_key_id,
            self.email,
            self.mfa_otp_code,
            self.operator_id,
            self.password,
            self.token_timeout_seconds,
            self.user_name,
            self.additional_properties,
        ) == (
            other.auth_key,
            other.auth_key_id,
            other.email,
            other.mfa_otp_code,
            other.operator_id,
            other.password,
            other.token_timeout_seconds,
            other.user_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        auth_key = self.auth_key

        auth_key_id = self.auth_key_id

        email = self.email

        mfa_otp_code = self.mfa_otp_code

        operator_id = self.operator_id

        password = self.password

        token_timeout_seconds = self.token_timeout_seconds

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_key is not UNSET:
            field_dict["authKey"] = auth_key
        if auth_key_id is not UNSET:
            field_dict["authKeyId"] = auth_key_id
        if email is not UNSET:
            field_dict["email"] = email
        if mfa_otp_code is not UNSET:
            field_dict["mfaOTPCode"] = mfa_otp_code
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if password is not UNSET:
            field_dict["password"] = password
        if token_timeout_seconds is not UNSET:
            field_dict["tokenTimeoutSeconds"] = token_timeout_seconds
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        auth_key = d.pop("authKey", UNSET)

        auth_key_id = d.pop("authKeyId", UNSET)

        email = d.pop("email", UNSET)

        mfa_otp_code = d.pop("mfaOTPCode", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        password = d.pop("password", UNSET)

        token_timeout_seconds = d.pop("tokenTimeoutSeconds", UNSET)

        user_name = d.pop("userName", UNSET)

        _self = cls.__new__(cls)
        _self.auth_key = auth_key
        _self.auth_key_id = auth_key_id
        _self.email = email
        _self.mfa_otp_code = mfa_otp_code
        _self.operator_id = operator_id
        _self.password = password
        _self.token_timeout_seconds = token_timeout_seconds
        _self.user_name = user_name
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
