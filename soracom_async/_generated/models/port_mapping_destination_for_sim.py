from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_mapping_destination_for_sim_service import PortMappingDestinationForSimService
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="PortMappingDestinationForSim")


@_attrs_define(init=False, repr=False, eq=False)
class PortMappingDestinationForSim:
    """Information about the destination when creating an On-Demand Remote Access entry.

    Attributes:
        port (float): The port number on the device using IoT SIM or virtual SIM, waiting for connection.
        service (PortMappingDestinationForSimService | None | Unset): The target for creating an On-Demand Remote Access
            entry.

            - `air`: Target Soracom Air subscribers' sessions that are online.
            - `arc`: Target Soracom Arc virtual SIM.

            **Warning**: If `service` is omitted, online subscriber sessions will be the target for creating an On-Demand
            Remote Access entry. If multiple online subscriber sessions exist (e.g., both Soracom Air and Soracom Arc
            sessions are online), it is not guaranteed which session will be used. Please specify either `air` or `arc`.

            **Warning**: This property is required when creating an On-Demand Remote Access entry. It will not be included
            in the response.
    """

    port: float
    service: PortMappingDestinationForSimService | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        port: float,
        service: PortMappingDestinationForSimService | Literal["air", "arc"] | None | Unset = UNSET,
    ) -> None:
        self.port = port
        self.service = as_enum(
            service, PortMappingDestinationForSimService, "PortMappingDestinationForSim", "service"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"port={self.port!r}, "
            f"service={self.service!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, PortMappingDestinationForSim
        ):
            return NotImplemented
        return (
            self.port,
            self.service,
            self.additional_properties,
        ) == (
            other.port,
            other.service,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        service: str | None | Unset
        if self.service is None or self.service is UNSET:
            service = self.service
        else:
            service = str(self.service)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
            }
        )
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_port = d.pop("port", None)
        if _required_port is None:
            raise missing_field(cls.__name__, "port")
        port = _required_port

        _service = d.pop("service", UNSET)
        service: PortMappingDestinationForSimService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_PortMappingDestinationForSimService[_service]
            except (KeyError, TypeError):
                service = PortMappingDestinationForSimService(_service)

        _self = cls.__new__(cls)
        _self.port = port
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
_by_value_PortMappingDestinationForSimService = (
    PortMappingDestinationForSimService._value2member_map_
)
