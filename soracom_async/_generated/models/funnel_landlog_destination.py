from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_landlog_destination_data_format import FunnelLandlogDestinationDataFormat
from ..models.funnel_landlog_destination_provider import FunnelLandlogDestinationProvider
from ..models.funnel_landlog_destination_service import FunnelLandlogDestinationService
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="FunnelLandlogDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelLandlogDestination:
    """
    Attributes:
        channel_id (str | None | Unset):
        data_format (FunnelLandlogDestinationDataFormat | None | Unset):
        provider (FunnelLandlogDestinationProvider | None | Unset):
        resource_url (str | None | Unset):  Example: https://api.landlog.info.
        service (FunnelLandlogDestinationService | None | Unset):
    """

    channel_id: str | None | Unset = UNSET
    data_format: FunnelLandlogDestinationDataFormat | None | Unset = UNSET
    provider: FunnelLandlogDestinationProvider | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: FunnelLandlogDestinationService | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        channel_id: str | None | Unset = UNSET,
        data_format: FunnelLandlogDestinationDataFormat
        | Literal["json", "text", "xml"]
        | None
        | Unset = UNSET,
        provider: FunnelLandlogDestinationProvider | Literal["landlog"] | None | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: FunnelLandlogDestinationService | Literal["landlog"] | None | Unset = UNSET,
    ) -> None:
        self.channel_id = channel_id
        self.data_format = as_enum(
            data_format,
            FunnelLandlogDestinationDataFormat,
            "FunnelLandlogDestination",
            "data_format",
        )
        self.provider = as_enum(
            provider, FunnelLandlogDestinationProvider, "FunnelLandlogDestination", "provider"
        )
        self.resource_url = resource_url
        self.service = as_enum(
            service, FunnelLandlogDestinationService, "FunnelLandlogDestination", "service"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"channel_id={self.channel_id!r}, "
            f"data_format={self.data_format!r}, "
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, FunnelLandlogDestination):
            return NotImplemented
        return (
            self.channel_id,
            self.data_format,
            self.provider,
            self.resource_url,
            self.service,
            self.additional_properties,
        ) == (
            other.channel_id,
            other.data_format,
            other.provider,
            other.resource_url,
            other.service,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        data_format: str | None | Unset
        if self.data_format is None or self.data_format is UNSET:
            data_format = self.data_format
        else:
            data_format = str(self.data_format)

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
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
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
        channel_id = d.pop("channel_id", UNSET)

        _data_format = d.pop("data_format", UNSET)
        data_format: FunnelLandlogDestinationDataFormat | None | Unset
        if _data_format is None or _data_format is UNSET:
            data_format = _data_format
        else:
            try:
                data_format = _by_value_FunnelLandlogDestinationDataFormat[_data_format]
            except (KeyError, TypeError):
                data_format = FunnelLandlogDestinationDataFormat(_data_format)

        _provider = d.pop("provider", UNSET)
        provider: FunnelLandlogDestinationProvider | None | Unset
        if _provider is None or _provider is UNSET:
            provider = _provider
        else:
            try:
                provider = _by_value_FunnelLandlogDestinationProvider[_provider]
            except (KeyError, TypeError):
                provider = FunnelLandlogDestinationProvider(_provider)

        resource_url = d.pop("resourceUrl", UNSET)

        _service = d.pop("service", UNSET)
        service: FunnelLandlogDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_FunnelLandlogDestinationService[_service]
            except (KeyError, TypeError):
                service = FunnelLandlogDestinationService(_service)

        _self = cls.__new__(cls)
        _self.channel_id = channel_id
        _self.data_format = data_format
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
_by_value_FunnelLandlogDestinationDataFormat = FunnelLandlogDestinationDataFormat._value2member_map_
_by_value_FunnelLandlogDestinationProvider = FunnelLandlogDestinationProvider._value2member_map_
_by_value_FunnelLandlogDestinationService = FunnelLandlogDestinationService._value2member_map_
