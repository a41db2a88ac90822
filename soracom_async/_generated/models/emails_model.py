from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="EmailsModel")


@_attrs_define(init=False, repr=False, eq=False)
class EmailsModel:
    """
    Attributes:
        create_date_time (int):
        email (str):
        email_id (str):
        update_date_time (int):
        verified (bool): Whether the email address has completed token-based verification.
            - `true`: verified
            - `false`: unverified
    """

    create_date_time: int
    email: str
    email_id: str
    update_date_time: int
    verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        create_date_time: int,
        email: str,
        email_id: str,
        update_date_time: int,
        verified: bool,
    ) -> None:
        self.create_date_time = create_date_time
        self.email = email
        self.email_id = email_id
        self.update_date_time = update_date_time
        self.verified = verified
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"create_date_time={self.create_date_time!r}, "
            f"email={self.email!r}, "
            f"email_id={self.email_id!r}, "
            f"update_date_time={self.update_date_time!r}, "
            f"verified={self.verified!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, EmailsModel):
            return NotImplemented
        return (
            self.create_date_time,
            self.email,
            self.email_id,
            self.update_date_time,
            self.verified,
            self.additional_properties,
        ) == (
            other.create_date_time,
            other.email,
            other.email_id,
            other.update_date_time,
            other.verified,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        create_date_time = self.create_date_time

        email = self.email

        email_id = self.email_id

        update_date_time = self.update_date_time

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createDateTime": create_date_time,
                "email": email,
                "emailId": email_id,
                "updateDateTime": update_date_time,
                "verified": verified,
            }
        )

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

        _required_email = d.pop("email", None)
        if _required_email is None:
            raise missing_field(cls.__name__, "email")
        email = _required_email

        _required_email_id = d.pop("emailId", None)
        if _required_email_id is None:
            raise missing_field(cls.__name__, "emailId")
        email_id = _required_email_id

        _required_update_date_time = d.pop("updateDateTime", None)
        if _required_update_date_time is None:
            raise missing_field(cls.__name__, "updateDateTime")
        update_date_time = _required_update_date_time

        _required_verified = d.pop("verified", None)
        if _required_verified is None:
            raise missing_field(cls.__name__, "verified")
        verified = _required_verified

        _self = cls.__new__(cls)
        _self.create_date_time = create_date_time
        _self.email = email
        _self.email_id = email_id
        _self.update_date_time = update_date_time
        _self.verified = verified
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
