from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="GatePeer")


@_attrs_define(init=False, repr=False, eq=False)
class GatePeer:
    """
    Attributes:
        inner_ip_address (str | None | Unset): An IP address within the device subnet range (inner IP address).
        netmask (str | None | Unset):
        outer_ip_address (str | None | Unset):
        owned_by_customer (bool | None | Unset):
    """

    inner_ip_address: str | None | Unset = UNSET
    netmask: str | None | Unset = UNSET
    outer_ip_address: str | None | Unset = UNSET
    owned_by_customer: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        inner_ip_address: str | None | Unset = UNSET,
        netmask: str | None | Unset = UNSET,
        outer_ip_address: str | None | Unset = UNSET,
        owned_by_customer: bool | None | Unset = UNSET,
    ) -> None:
        self.inner_ip_address = inner_ip_address
        self.netmask = netmask
        self.outer_ip_address = outer_ip_address
        self.owned_by_customer = owned_by_customer
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"inner_ip_address={self.inner_ip_address!r}, "
            f"netmask={self.netmask!r}, "
            f"outer_ip_address={self.outer_ip_address!r}, "
            f"owned_by_customer={self.owned_by_customer!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, GatePeer):
            return NotImplemented
        return (
            self.inner_ip_address,
            self.netmask,
            self.outer_ip_address,
            self.owned_by_customer,
            self.additional_properties,
        ) == (
            other.inner_ip_address,
            other.netmask,
            other.outer_ip_address,
            other.owned_by_customer,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        inner_ip_address = self.inner_ip_address

        netmask = self.netmask

        outer_ip_address = self.outer_ip_address

        owned_by_customer = self.owned_by_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inner_ip_address is not UNSET:
            field_dict["innerIpAddress"] = inner_ip_address
        if netmask is not UNSET:
            field_dict["netmask"] = netmask
        if outer_ip_address is not UNSET:
            field_dict["outerIpAddress"] = outer_ip_address
        if owned_by_customer is not UNSET:
            field_dict["ownedByCustomer"] = owned_by_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        inner_ip_address = d.pop("innerIpAddress", UNSET)

        netmask = d.pop("netmask", UNSET)

        outer_ip_address = d.pop("outerIpAddress", UNSET)

        owned_by_customer = d.pop("ownedByCustomer", UNSET)

        _self = cls.__new__(cls)
        _self.inner_ip_address = inner_ip_address
        _self.netmask = netmask
        _self.outer_ip_address = outer_ip_address
        _self.owned_by_customer = owned_by_customer
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
