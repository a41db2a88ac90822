from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_yaskawa_mmcloud_destination_provider import (
    FunnelYaskawaMmcloudDestinationProvider,
)
from ..models.funnel_yaskawa_mmcloud_destination_service import (
    FunnelYaskawaMmcloudDestinationService,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="FunnelYaskawaMmcloudDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelYaskawaMmcloudDestination:
    """
    Attributes:
        desthost (str | None | Unset):
        destport (int | None | Unset):
        provider (FunnelYaskawaMmcloudDestinationProvider | None | Unset):
        resource_url (str | None | Unset):
        service (FunnelYaskawaMmcloudDestinationService | None | Unset):
    """

    desthost: str | None | Unset = UNSET
    destport: int | None | Unset = UNSET
    provider: FunnelYaskawaMmcloudDestinationProvider | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: FunnelYaskawaMmcloudDestinationService | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        desthost: str | None | Unset = UNSET,
        destport: int | None | Unset = UNSET,
        provider: FunnelYaskawaMmcloudDestinationProvider
        | Literal["yaskawa"]
        | None
        | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: FunnelYaskawaMmcloudDestinationService | Literal["mmcloud"] | None | Unset = UNSET,
    ) -> None:
        self.desthost = desthost
        self.destport = destport
        self.provider = as_enum(
            provider,
            FunnelYaskawaMmcloudDestinationProvider,
            "FunnelYaskawaMmcloudDestination",
            "provider",
        )
        self.resource_url = resource_url
        self.service = as_enum(
            service,
            FunnelYaskawaMmcloudDestinationService,
            "FunnelYaskawaMmcloudDestination",
            "service",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"desthost={self.desthost!r}, "
            f"destport={self.destport!r}, "
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, FunnelYaskawaMmcloudDestination
        ):
            return NotImplemented
        return (
            self.desthost,
            self.destport,
            self.provider,
            self.resource_url,
            self.service,
            self.additional_properties,
        ) == (
            other.desthost,
            other.destport,
            other.provider,
            other.resource_url,
            other.service,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        desthost = self.desthost

        destport = self.destport

        provider: str | None | Unset
        if self.provider is None or self.provider is UNSET:
            provider = self.provider
        else:
            provider = str(self.provider)

        resource_url = self.resource_url

        service: str | None | Unset
        if self.service is None or self.service is UNSET:
            service = self.service
        else:
            service = str(self.service)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desthost is not UNSET:
            field_dict["desthost"] = desthost
        if destport is not UNSET:
            field_dict["destport"] = destport
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
        desthost = d.pop("desthost", UNSET)

        destport = d.pop("destport", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: FunnelYaskawaMmcloudDestinationProvider | None | Unset
        if _provider is None or _provider is UNSET:
            provider = _provider
        else:
            try:
                provider = _by_value_FunnelYaskawaMmcloudDestinationProvider[_provider]
            except (KeyError, TypeError):
                provider = FunnelYaskawaMmcloudDestinationProvider(_provider)

        resource_url = d.pop("resourceUrl", UNSET)

        _service = d.pop("service", UNSET)
        service: FunnelYaskawaMmcloudDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_FunnelYaskawaMmcloudDestinationService[_service]
            except (KeyError, TypeError):
                service = FunnelYaskawaMmcloudDestinationService(_service)

        _self = cls.__new__(cls)
        _self.desthost = desthost
        _self.destport = destport
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


# Parsers called per object, bound once (after every import).
_by_value_FunnelYaskawaMmcloudDestinationProvider = (
    FunnelYaskawaMmcloudDestinationProvider._value2member_map_
)
_by_value_FunnelYaskawaMmcloudDestinationService = (
    FunnelYaskawaMmcloudDestinationService._value2member_map_
)
