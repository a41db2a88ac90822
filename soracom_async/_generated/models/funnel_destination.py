from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="FunnelDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelDestination:
    """
    Attributes:
        provider (str | None | Unset):
        resource_url (str | None | Unset):
        service (str | None | Unset):
    """

    provider: str | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        provider: str | None | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: str | None | Unset = UNSET,
    ) -> None:
        self.provider = provider
        self.resource_url = resource_url
        self.service = service
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FunnelDestination):
            return NotImplemented
        return (
            self.provider,
            self.resource_url,
            self.service,
            self.additional_properties,
        ) == (
            other.provider,
            other.resource_url,
            other.service,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        resource_url = self.resource_url

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if resource_url is not UNSET:
            field_dict["resourceUrl"] = resource_url
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        resource_url = d.pop("resourceUrl", UNSET)

        service = d.pop("service", UNSET)

        _self = cls.__new__(cls)
        _self.provider = provider
        _self.resource_url = resource_url
        _self.service = service
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
