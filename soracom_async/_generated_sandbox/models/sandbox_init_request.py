from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sandbox_init_request_coverage_types_item import SandboxInitRequestCoverageTypesItem
from ..types import UNSET, Unset, as_enums, missing_field, wrong_shape

T = TypeVar("T", bound="SandboxInitRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxInitRequest:
    """
    Attributes:
        auth_key (str):
        auth_key_id (str):
        email (str):
        password (str):
        coverage_types (list[SandboxInitRequestCoverageTypesItem] | None | Unset): Coverage type.
            - `g`: Global coverage
            - `jp`: Japan coverage
        register_payment_method (bool | None | Unset):  Default: True.
    """

    auth_key: str
    auth_key_id: str
    email: str
    password: str
    coverage_types: list[SandboxInitRequestCoverageTypesItem] | None | Unset = UNSET
    register_payment_method: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        auth_key: str,
        auth_key_id: str,
        email: str,
        password: str,
        coverage_types: Sequence[SandboxInitRequestCoverageTypesItem | Literal["g", "jp"]]
        | None
        | Unset = UNSET,
        register_payment_method: bool | None | Unset = True,
    ) -> None:
        self.auth_key = auth_key
        self.auth_key_id = auth_key_id
        self.email = email
        self.password = password
        self.coverage_types = as_enums(
            coverage_types,
            SandboxInitRequestCoverageTypesItem,
            "SandboxInitRequest",
            "coverage_types",
        )
        self.register_payment_method = register_payment_method
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"auth_key={self.auth_key!r}, "
            f"auth_key_id={self.auth_key_id!r}, "
            f"email={self.email!r}, "
            f"password={self.password!r}, "
            f"coverage_types={self.coverage_types!r}, "
            f"register_payment_method={self.register_payment_method!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SandboxInitRequest):
            return NotImplemented
        return (
            self.auth_key,
            self.auth_key_id,
            self.email,
            self.password,
            self.coverage_types,
            self.register_payment_method,
            self.additional_properties,
        ) == (
            other.auth_key,
            other.auth_key_id,
            other.email,
            other.password,
            other.coverage_types,
            other.register_payment_method,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        auth_key = self.auth_key

        auth_key_id = self.auth_key_id

        email = self.email

        password = self.password

        coverage_types: list[str] | None | Unset
        if self.coverage_types is None or self.coverage_types is UNSET:
            coverage_types = self.coverage_types
        else:
            coverage_types = []
            for coverage_types_item_data in self.coverage_types:
                coverage_types_item = str(coverage_types_item_data)

                coverage_types.append(coverage_types_item)

        register_payment_method = self.register_payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authKey": auth_key,
                "authKeyId": auth_key_id,
                "email": email,
                "password": password,
            }
        )
        if coverage_types is not UNSET:
            field_dict["coverageTypes"] = coverage_types
        if register_payment_method is not UNSET:
            field_dict["registerPaymentMethod"] = register_payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_auth_key = d.pop("authKey", None)
        if _required_auth_key is None:
            raise missing_field(cls.__name__, "authKey")
        auth_key = _required_auth_key

        _required_auth_key_id = d.pop("authKeyId", None)
        if _required_auth_key_id is None:
            raise missing_field(cls.__name__, "authKeyId")
        auth_key_id = _required_auth_key_id

        _required_email = d.pop("email", None)
        if _required_email is None:
            raise missing_field(cls.__name__, "email")
        email = _required_email

        _required_password = d.pop("password", None)
        if _required_password is None:
            raise missing_field(cls.__name__, "password")
        password = _required_password

        _coverage_types = d.pop("coverageTypes", UNSET)
        coverage_types: list[SandboxInitRequestCoverageTypesItem] | None | Unset
        if _coverage_types is None or _coverage_types is UNSET:
            coverage_types = _coverage_types
        elif not isinstance(_coverage_types, list):
            raise wrong_shape("coverageTypes", "a JSON array", _coverage_types)
        else:
            coverage_types = []
            for coverage_types_item_data in _coverage_types:
                _coverage_types_item = coverage_types_item_data
                try:
                    coverage_types_item = _by_value_SandboxInitRequestCoverageTypesItem[
                        _coverage_types_item
                    ]
                except (KeyError, TypeError):
                    coverage_types_item = SandboxInitRequestCoverageTypesItem(_coverage_types_item)

                coverage_types.append(coverage_types_item)

        register_payment_method = d.pop("registerPaymentMethod", UNSET)

        _self = cls.__new__(cls)
        _self.auth_key = auth_key
        _self.auth_key_id = auth_key_id
        _self.email = email
        _self.password = password
        _self.coverage_types = coverage_types
        _self.register_payment_method = register_payment_method
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
_by_value_SandboxInitRequestCoverageTypesItem = (
    SandboxInitRequestCoverageTypesItem._value2member_map_
)
