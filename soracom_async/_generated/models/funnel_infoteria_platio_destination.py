from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.funnel_infoteria_platio_destination_provider import (
    FunnelInfoteriaPlatioDestinationProvider,
)
from ..models.funnel_infoteria_platio_destination_service import (
    FunnelInfoteriaPlatioDestinationService,
)
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="FunnelInfoteriaPlatioDestination")


@_attrs_define(init=False, repr=False, eq=False)
class FunnelInfoteriaPlatioDestination:
    """
    Attributes:
        application_id (str | None | Unset):
        collection_id (str | None | Unset):
        pass_all (bool | None | Unset):
        provider (FunnelInfoteriaPlatioDestinationProvider | None | Unset):
        resource_url (str | None | Unset):
        service (FunnelInfoteriaPlatioDestinationService | None | Unset):
        values (str | None | Unset):
    """

    application_id: str | None | Unset = UNSET
    collection_id: str | None | Unset = UNSET
    pass_all: bool | None | Unset = UNSET
    provider: FunnelInfoteriaPlatioDestinationProvider | None | Unset = UNSET
    resource_url: str | None | Unset = UNSET
    service: FunnelInfoteriaPlatioDestinationService | None | Unset = UNSET
    values: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        application_id: str | None | Unset = UNSET,
        collection_id: str | None | Unset = UNSET,
        pass_all: bool | None | Unset = UNSET,
        provider: FunnelInfoteriaPlatioDestinationProvider
        | Literal["infoteria"]
        | None
        | Unset = UNSET,
        resource_url: str | None | Unset = UNSET,
        service: FunnelInfoteriaPlatioDestinationService | Literal["platio"] | None | Unset = UNSET,
        values: str | None | Unset = UNSET,
    ) -> None:
        self.application_id = application_id
        self.collection_id = collection_id
        self.pass_all = pass_all
        self.provider = as_enum(
            provider,
            FunnelInfoteriaPlatioDestinationProvider,
            "FunnelInfoteriaPlatioDestination",
            "provider",
        )
        self.resource_url = resource_url
        self.service = as_enum(
            service,
            FunnelInfoteriaPlatioDestinationService,
            "FunnelInfoteriaPlatioDestination",
            "service",
        )
        self.values = values
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"application_id={self.application_id!r}, "
            f"collection_id={self.collection_id!r}, "
            f"pass_all={self.pass_all!r}, "
            f"provider={self.provider!r}, "
            f"resource_url={self.resource_url!r}, "
            f"service={self.service!r}, "
            f"values={self.values!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, FunnelInfoteriaPlatioDestination
        ):
            return NotImplemented
        return (
            self.application_id,
            self.collection_id,
            self.pass_all,
            self.provider,
            self.resource_url,
            self.service,
            self.values,
            self.additional_properties,
        ) == (
            other.application_id,
            other.collection_id,
            other.pass_all,
            other.provider,
            other.resource_url,
            other.service,
            other.values,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        collection_id = self.collection_id

        pass_all = self.pass_all

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

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if pass_all is not UNSET:
            field_dict["passAll"] = pass_all
        if provider is not UNSET:
            field_dict["provider"] = provider
        if resource_url is not UNSET:
            field_dict["resourceUrl"] = resource_url
        if service is not UNSET:
            field_dict["service"] = service
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        application_id = d.pop("applicationId", UNSET)

        collection_id = d.pop("collectionId", UNSET)

        pass_all = d.pop("passAll", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: FunnelInfoteriaPlatioDestinationProvider | None | Unset
        if _provider is None or _provider is UNSET:
            provider = _provider
        else:
            try:
                provider = _by_value_FunnelInfoteriaPlatioDestinationProvider[_provider]
            except (KeyError, TypeError):
                provider = FunnelInfoteriaPlatioDestinationProvider(_provider)

        resource_url = d.pop("resourceUrl", UNSET)

        _service = d.pop("service", UNSET)
        service: FunnelInfoteriaPlatioDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_FunnelInfoteriaPlatioDestinationService[_service]
            except (KeyError, TypeError):
                service = FunnelInfoteriaPlatioDestinationService(_service)

        values = d.pop("values", UNSET)

        _self = cls.__new__(cls)
        _self.application_id = application_id
        _self.collection_id = collection_id
        _self.pass_all = pass_all
        _self.provider = provider
        _self.resource_url = resource_url
        _self.service = service
        _self.values = values
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
_by_value_FunnelInfoteriaPlatioDestinationProvider = (
    FunnelInfoteriaPlatioDestinationProvider._value2member_map_
)
_by_value_FunnelInfoteriaPlatioDestinationService = (
    FunnelInfoteriaPlatioDestinationService._value2member_map_
)
