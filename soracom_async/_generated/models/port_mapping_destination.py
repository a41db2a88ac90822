from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_mapping_destination_destination_choosing_strategy import (
    PortMappingDestinationDestinationChoosingStrategy,
)
from ..models.port_mapping_destination_service import PortMappingDestinationService
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="PortMappingDestination")


@_attrs_define(init=False, repr=False, eq=False)
class PortMappingDestination:
    """When creating an On-Demand Remote Access entry, you must specify either `imsi` or `simId`.

    Attributes:
        port (float): The port number on the device using IoT SIM or virtual SIM/Subscriber, waiting for connection.
        destination_choosing_strategy (PortMappingDestinationDestinationChoosingStrategy | None | Unset): A string
            indicating how the On-Demand Remote Access was created. Ignored at creation time.

            - `AIR_PRIORITIZED`: On-Demand Remote Access created by specifying SIM ID and setting `service` to `air`.
            - `ARC_PRIORITIZED`: On-Demand Remote Access created by specifying SIM ID and setting `service` to `arc`.
            - `DYNAMIC`: On-Demand Remote Access created by specifying only SIM ID.

                Online subscribers' sessions will be the target for creating an On-Demand Remote Access entry. If multiple
            online subscriber sessions exist (for example, both Soracom Air and Soracom Arc sessions are online), it is not
            guaranteed which will be used to create the On-Demand Remote Access entry.
            - `IMSI_PRIORITIZED`: On-Demand Remote Access created by specifying IMSI.
        imsi (str | None | Unset): IMSI. If `simId` is specified when creating an On-Demand Remote Access entry, `imsi`
            will be ignored.
        service (PortMappingDestinationService | None | Unset): The target for creating an On-Demand Remote Access
            entry. Valid when `simId` is specified.

            - `air`: Target Soracom Air subscribers' sessions that are online.
            - `arc`: Target Soracom Arc virtual SIM/Subscriber.

            **Warning**: If `service` is omitted, online subscriber sessions will be the target for creating an On-Demand
            Remote Access entry. If multiple online subscriber sessions exist (e.g., both Soracom Air and Soracom Arc
            sessions are online), it is not guaranteed which session will be used. Please specify either `air` or `arc`.

            **Warning**: This property is required when creating an On-Demand Remote Access entry. It will not be included
            in the response.
        sim_id (str | None | Unset): SIM ID. When specifying `simId` for creating an On-Demand Remote Access entry, also
            specify `service`. Note that if `simId` is specified, `imsi` will be ignored.
    """

    port: float
    destination_choosing_strategy: (
        PortMappingDestinationDestinationChoosingStrategy | None | Unset
    ) = UNSET
    imsi: str | None | Unset = UNSET
    service: PortMappingDestinationService | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        port: float,
        destination_choosing_strategy: PortMappingDestinationDestinationChoosingStrategy
        | Literal["AIR_PRIORITIZED", "ARC_PRIORITIZED", "DYNAMIC", "IMSI_PRIORITIZED"]
        | None
        | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        service: PortMappingDestinationService | Literal["air", "arc"] | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
    ) -> None:
        self.port = port
        self.destination_choosing_strategy = as_enum(
            destination_choosing_strategy,
            PortMappingDestinationDestinationChoosingStrategy,
            "PortMappingDestination",
            "destination_choosing_strategy",
        )
        self.imsi = imsi
        self.service = as_enum(
            service, PortMappingDestinationService, "PortMappingDestination", "service"
        )
        self.sim_id = sim_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"port={self.port!r}, "
            f"destination_choosing_strategy={self.destination_choosing_strategy!r}, "
            f"imsi={self.imsi!r}, "
            f"service={self.service!r}, "
            f"sim_id={self.sim_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PortMappingDestination):
            return NotImplemented
        return (
            self.port,
            self.destination_choosing_strategy,
            self.imsi,
            self.service,
            self.sim_id,
            self.additional_properties,
        ) == (
            other.port,
            other.destination_choosing_strategy,
            other.imsi,
            other.service,
            other.sim_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        port = self.port

        destination_choosing_strategy: str | None | Unset
        if (
            self.destination_choosing_strategy is None
            or self.destination_choosing_strategy is UNSET
        ):
            destination_choosing_strategy = self.destination_choosing_strategy
        else:
            destination_choosing_strategy = str(self.destination_choosing_strategy)

        imsi = self.imsi

        service: str | None | Unset
        if self.service is None or self.service is UNSET:
            service = self.service
        else:
            service = str(self.service)

        sim_id = self.sim_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "port": port,
            }
        )
        if destination_choosing_strategy is not UNSET:
            field_dict["destinationChoosingStrategy"] = destination_choosing_strategy
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if service is not UNSET:
            field_dict["service"] = service
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id

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

        _destination_choosing_strategy = d.pop("destinationChoosingStrategy", UNSET)
        destination_choosing_strategy: (
            PortMappingDestinationDestinationChoosingStrategy | None | Unset
        )
        if _destination_choosing_strategy is None or _destination_choosing_strategy is UNSET:
            destination_choosing_strategy = _destination_choosing_strategy
        else:
            try:
                destination_choosing_strategy = (
                    _by_value_PortMappingDestinationDestinationChoosingStrategy[
                        _destination_choosing_strategy
                    ]
                )
            except (KeyError, TypeError):
                destination_choosing_strategy = PortMappingDestinationDestinationChoosingStrategy(
                    _destination_choosing_strategy
                )

        imsi = d.pop("imsi", UNSET)

        _service = d.pop("service", UNSET)
        service: PortMappingDestinationService | None | Unset
        if _service is None or _service is UNSET:
            service = _service
        else:
            try:
                service = _by_value_PortMappingDestinationService[_service]
            except (KeyError, TypeError):
                service = PortMappingDestinationService(_service)

        sim_id = d.pop("simId", UNSET)

        _self = cls.__new__(cls)
        _self.port = port
        _self.destination_choosing_strategy = destination_choosing_strategy
        _self.imsi = imsi
        _self.service = service
        _self.sim_id = sim_id
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
_by_value_PortMappingDestinationDestinationChoosingStrategy = (
    PortMappingDestinationDestinationChoosingStrategy._value2member_map_
)
_by_value_PortMappingDestinationService = PortMappingDestinationService._value2member_map_
