from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_aws_firehose_destination_provider import FunnelAWSFirehoseDestinationProvider
from ..models.funnel_aws_firehose_destination_service import FunnelAWSFirehoseDestinationService
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="FunnelAWSFirehoseDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelAWSFirehoseDestination:
    """
    Attributes:
        payloads_only (bool | None | Unset):  Default: False.
        provider (FunnelAWSFirehoseDestinationProvider | None | Unset):
        resource_url (str | None | Unset):  Example: https://firehose.<region>.amazonaws.com/<delivery stream name>.
        service (FunnelAWSFirehoseDestinationService | None | Unset):
    """

    payloads_only: bool | None | Unset = False
    provider: FunnelAWSFirehoseDestinationProvider | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: FunnelAWSFirehoseDestinationService | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        payloads_only: bool | None | Unset = False,
        provider: FunnelAWSFirehoseDestinationProvider | Literal["aws"] | None | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: FunnelAWSFirehoseDestinationService | Literal["firehose"] | None | Unset = UNSET,
    ) -> None:
        self.payloads_only = payloads_only
        self.provider = as_enum(
            provider,
            FunnelAWSFirehoseDestinationProvider,
            "FunnelAWSFirehoseDestination",
            "provider",
        )
        self.resource_url = resource_url
        self.service = as_enum(
            service, FunnelAWSFirehoseDestinationService, "FunnelAWSFirehoseDestination", "service"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"payloads_only={self.payloads_only!r}, "
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, FunnelAWSFirehoseDestination
        ):
            return NotImplemented
        return (
            self.payloads_only,
            self.provider,
            self.resource_url,
            self.service,
            self.additional_properties,
        ) == (
            other.payloads_only,
            other.provider,
            other.resource_url,
            other.service,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        payloads_only = self.payloads_only

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
        if payloads_only is not UNSET:
            field_dict["payloadsOnly"] = payloads_only
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
        payloads_only = d.pop("payloadsOnly", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: FunnelAWSFirehoseDestinationProvider | None | Unset
        if _provider is None or _provider is UNSET:
            provider = _provider
        else:
            try:
                provider = _by_value_FunnelAWSFirehoseDestinationProvider[_provider]
            except (KeyError, TypeError):
                provider = FunnelAWSFirehoseDestinationProvider(_provider)

        resource_url = d.pop("resourceUrl", UNSET)

        _service = d.pop("service", UNSET)
        service: FunnelAWSFirehoseDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_FunnelAWSFirehoseDestinationService[_service]
            except (KeyError, TypeError):
                service = FunnelAWSFirehoseDestinationService(_service)

        _self = cls.__new__(cls)
        _self.payloads_only = payloads_only
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
_by_value_FunnelAWSFirehoseDestinationProvider = (
    FunnelAWSFirehoseDestinationProvider._value2member_map_
)
_by_value_FunnelAWSFirehoseDestinationService = (
    FunnelAWSFirehoseDestinationService._value2member_map_
)
