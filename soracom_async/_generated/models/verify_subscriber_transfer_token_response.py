from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="VerifySubscriberTransferTokenResponse")


@_attrs_define(init=False, repr=False, eq=False)
class VerifySubscriberTransferTokenResponse:
    """
    Attributes:
        transferred_imsi (list[str]): List of IMSIs of the SIM which were transferred.
    """

    transferred_imsi: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        transferred_imsi: list[str],
    ) -> None:
        self.transferred_imsi = transferred_imsi
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"transferred_imsi={self.transferred_imsi!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, VerifySubscriberTransferTokenResponse
        ):
            return NotImplemented
        return (
            self.transferred_imsi,
            self.additional_properties,
        ) == (
            other.transferred_imsi,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        transferred_imsi = self.transferred_imsi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferredImsi": transferred_imsi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_transferred_imsi = d.pop("transferredImsi", None)
        if _required_transferred_imsi is None:
            raise missing_field(cls.__name__, "transferredImsi")
        _transferred_imsi = _required_transferred_imsi
        transferred_imsi: list[str]
        if not isinstance(_transferred_imsi, list):
            raise wrong_shape("transferredImsi", "a JSON array", _transferred_imsi)
        transferred_imsi = _transferred_imsi

        _self = cls.__new__(cls)
        _self.transferred_imsi = transferred_imsi
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
