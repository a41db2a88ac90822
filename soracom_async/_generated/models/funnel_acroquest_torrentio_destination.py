from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_acroquest_torrentio_destination_provider import (
    FunnelAcroquestTorrentioDestinationProvider,
)
from ..models.funnel_acroquest_torrentio_destination_service import (
    FunnelAcroquestTorrentioDestinationService,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="FunnelAcroquestTorrentioDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelAcroquestTorrentioDestination:
    """
    Attributes:
        endpoint_id (str | None | Unset):
        provider (FunnelAcroquestTorrentioDestinationProvider | None | Unset):
        resource_url (str | None | Unset):
        service (FunnelAcroquestTorrentioDestinationService | None | Unset):
        tenant_id (str | None | Unset):
    """

    endpoint_id: str | None | Unset = UNSET
    provider: FunnelAcroquestTorrentioDestinationProvider | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: FunnelAcroquestTorrentioDestinationService | None | Unset = UNSET
    tenant_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        endpoint_id: str | None | Unset = UNSET,
        provider: FunnelAcroquestTorrentioDestinationProvider
        | Literal["acroquest"]
        | None
        | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: FunnelAcroquestTorrentioDestinationService
        | Literal["torrentio"]
        | None
        | Unset = UNSET,
        tenant_id: str | None | Unset = UNSET,
    ) -> None:
        self.endpoint_id = endpoint_id
        self.provider = as_enum(
            provider,
            FunnelAcroquestTorrentioDestinationProvider,
            "FunnelAcroquestTorrentioDestination",
            "provider",
        )
        self.resource_url = resource_url
        self.service = as_enum(
            service,
            FunnelAcroquestTorrentioDestinationService,
            "FunnelAcroquestTorrentioDestination",
            "service",
        )
        self.tenant_id = tenant_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"endpoint_id={self.endpoint_id!r}, "
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"tenant_id={self.tenant_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, FunnelAcroquestTorrentioDestination
        ):
            return NotImplemented
        return (
            self.endpoint_id,
            self.provider,
            self.resource_url,
            self.service,
            self.tenant_id,
            self.additional_properties,
        ) == (
            other.endpoint_id,
            other.provider,
            other.resource_url,
            other.service,
            other.tenant_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        endpoint_id = self.endpoint_id

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

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if resource_url is not UNSET:
            field_dict["resourceUrl"] = resource_url
        if service is not UNSET:
            field_dict["service"] = service
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        endpoint_id = d.pop("endpointId", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: FunnelAcroquestTorrentioDestinationProvider | None | Unset
        if _provider is None or _provider is UNSET:
            provider = _provider
        else:
            try:
                provider = _by_value_FunnelAcroquestTorrentioDestinationProvider[_provider]
            except (KeyError, TypeError):
                provider = FunnelAcroquestTorrentioDestinationProvider(_provider)

        resource_url = d.pop("resourceUrl", UNSET)

        _service = d.pop("service", UNSET)
        service: FunnelAcroquestTorrentioDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_FunnelAcroquestTorrentioDestinationService[_service]
            except (KeyError, TypeError):
                service = FunnelAcroquestTorrentioDestinationService(_service)

        tenant_id = d.pop("tenantId", UNSET)

        _self = cls.__new__(cls)
        _self.endpoint_id = endpoint_id
        _self.provider = provider
        _self.resource_url = resource_url
        _self.service = service
        _self.tenant_id = tenant_id
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
_by_value_FunnelAcroquestTorrentioDestinationProvider = (
    FunnelAcroquestTorrentioDestinationProvider._value2member_map_
)
_by_value_FunnelAcroquestTorrentioDestinationService = (
    FunnelAcroquestTorrentioDestinationService._value2member_map_
)
