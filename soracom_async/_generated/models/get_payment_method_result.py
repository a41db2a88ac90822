from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_payment_method_result_error_code import GetPaymentMethodResultErrorCode
from ..models.get_payment_method_result_provider_type import GetPaymentMethodResultProviderType
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="GetPaymentMethodResult")


@_attrs_define(init=False, repr=False, eq=False)
class GetPaymentMethodResult:
    """
    Attributes:
        error_code (GetPaymentMethodResultErrorCode | None | Unset): Error code (only if payment information is invalid)
        error_message (str | None | Unset): Error message (only if payment information is invalid)
        properties (str | None | Unset): Payment information
        provider_type (GetPaymentMethodResultProviderType | None | Unset): Provider type
        update_date (str | None | Unset): Update date Example: yyyyMMddHHmmss.
    """

    error_code: GetPaymentMethodResultErrorCode | None | Unset = UNSET
    error_message: str | None | Unset = UNSET
    properties: str | None | Unset = UNSET
    provider_type: GetPaymentMethodResultProviderType | None | Unset = UNSET
    update_date: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        error_code: GetPaymentMethodResultErrorCode
        | Literal[
            "success",
            "processing",
            "invalid_request",
            "invalid_number",
            "incorrect_number",
            "invalid_name",
            "invalid_expiry_month",
            "invalid_expiry_year",
            "invalid_expiry",
            "incorrect_expiry",
            "invalid_cvc",
            "incorrect_cvc",
            "card_declined",
            "missing",
            "processing_error",
        ]
        | None
        | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
        properties: str | None | Unset = UNSET,
        provider_type: GetPaymentMethodResultProviderType
        | Literal["WebPay"]
        | None
        | Unset = UNSET,
        update_date: str | None | Unset = UNSET,
    ) -> None:
        self.error_code = as_enum(
            error_code, GetPaymentMethodResultErrorCode, "GetPaymentMethodResult", "error_code"
        )
        self.error_message = error_message
        self.properties = properties
        self.provider_type = as_enum(
            provider_type,
            GetPaymentMethodResultProviderType,
            "GetPaymentMethodResult",
            "provider_type",
        )
        self.update_date = update_date
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error_code={self.error_code!r}, "
            f"error_message={self.error_message!r}, "
            f"properties={self.properties!r}, "
            f"provider_type={self.provider_type!r}, "
            f"update_date={self.update_date!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GetPaymentMethodResult):
            return NotImplemented
        return (
            self.error_code,
            self.error_message,
            self.properties,
            self.provider_type,
            self.update_date,
            self.additional_properties,
        ) == (
            other.error_code,
            other.error_message,
            other.properties,
            other.provider_type,
            other.update_date,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        error_code: str | None | Unset
        if self.error_code is None or self.error_code is UNSET:
            error_code = self.error_code
        else:
            error_code = str(self.error_code)

        error_message = self.error_message

        properties = self.properties

        provider_type: str | None | Unset
        if self.provider_type is None or self.provider_type is UNSET:
            provider_type = self.provider_type
        else:
            provider_type = str(self.provider_type)

        update_date = self.update_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if properties is not UNSET:
            field_dict["properties"] = properties
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _error_code = d.pop("errorCode", UNSET)
        error_code: GetPaymentMethodResultErrorCode | None | Unset
        if _error_code is None or _error_code is UNSET:
            error_code = _error_code
        else:
            try:
                error_code = _by_value_GetPaymentMethodResultErrorCode[_error_code]
            except (KeyError, TypeError):
                error_code = GetPaymentMethodResultErrorCode(_error_code)

        error_message = d.pop("errorMessage", UNSET)

        properties = d.pop("properties", UNSET)

        _provider_type = d.pop("providerType", UNSET)
        provider_type: GetPaymentMethodResultProviderType | None | Unset
        if _provider_type is None or _provider_type is UNSET:
            provider_type = _provider_type
        else:
            try:
                provider_type = _by_value_GetPaymentMethodResultProviderType[_provider_type]
            except (KeyError, TypeError):
                provider_type = GetPaymentMethodResultProviderType(_provider_type)

        update_date = d.pop("updateDate", UNSET)

        _self = cls.__new__(cls)
        _self.error_code = error_code
        _self.error_message = error_message
        _self.properties = properties
        _self.provider_type = provider_type
        _self.update_date = update_date
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
_by_value_GetPaymentMethodResultErrorCode = GetPaymentMethodResultErrorCode._value2member_map_
_by_value_GetPaymentMethodResultProviderType = GetPaymentMethodResultProviderType._value2member_map_
