from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.port_mapping_destination_for_sim import PortMappingDestinationForSim
    from ..models.port_mapping_source import PortMappingSource


T = TypeVar("T", bound="CreatePortMappingRequestForSim")


@_attrs_define(init=False, repr=False, eq=False)
class CreatePortMappingRequestForSim:
    """
    Attributes:
        destination (PortMappingDestinationForSim): Information about the destination when creating an On-Demand Remote
            Access entry.
        duration (float | None | Unset): The duration (in seconds) to maintain the On-Demand Remote Access entry (the
            time to allow remote access). After the specified time has passed, the On-Demand Remote Access entry will be
            automatically deleted. The maximum duration is 8 hours.
        source (PortMappingSource | None | Unset):
        tls_required (bool | None | Unset): Whether to encrypt the connection from the source to Soracom using TLS.

            - `true`: Encrypt using TLS. Specify this if the device is listening on HTTP.
            - `false`: Do not use TLS. Specify this when connecting to the device via SSH or if the device is listening on
            HTTPS. Note that communication from the source to the device is encrypted in SSH and HTTPS.
    """

    destination: PortMappingDestinationForSim
    duration: float | None | Unset = UNSET
    source: PortMappingSource | None | Unset = UNSET
    tls_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination: PortMappingDestinationForSim | Mapping[str, Any],
        duration: float | None | Unset = UNSET,
        source: PortMappingSource | Mapping[str, Any] | None | Unset = UNSET,
        tls_required: bool | None | Unset = UNSET,
    ) -> None:
        self.destination = as_model(
            destination,
            PortMappingDestinationForSim,
            "CreatePortMappingRequestForSim",
            "destination",
        )
        self.duration = duration
        self.source = as_model(
            source, PortMappingSource, "CreatePortMappingRequestForSim", "source"
        )
        self.tls_required = tls_required
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination={self.destination!r}, "
            f"duration={self.duration!r}, "
            f"source={self.source!r}, "
            f"tls_required={self.tls_required!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreatePortMappingRequestForSim
        ):
            return NotImplemented
        return (
            self.destination,
            self.duration,
            self.source,
            self.tls_required,
            self.additional_properties,
        ) == (
            other.destination,
            other.duration,
            other.source,
            other.tls_required,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination.to_dict()

        duration = self.duration

        source: dict[str, Any] | None | Unset
        if self.source is None or self.source is UNSET:
            source = self.source
        else:
            source = self.source.to_dict()

        tls_required = self.tls_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if source is not UNSET:
            field_dict["source"] = source
        if tls_required is not UNSET:
            field_dict["tlsRequired"] = tls_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_destination = d.pop("destination", None)
        if _required_destination is None:
            raise missing_field(cls.__name__, "destination")
        destination = _from_dict_PortMappingDestinationForSim(_required_destination)

        duration = d.pop("duration", UNSET)

        _source = d.pop("source", UNSET)
        source: PortMappingSource | None | Unset
        if _source is None or _source is UNSET:
            source = _source
        else:
            source = _from_dict_PortMappingSource(_source)

        tls_required = d.pop("tlsRequired", UNSET)

        _self = cls.__new__(cls)
        _self.destination = destination
        _self.duration = duration
        _self.source = source
        _self.tls_required = tls_required
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


# Referenced models, imported after the class so that cycles resolve.
from ..models.port_mapping_destination_for_sim import PortMappingDestinationForSim  # noqa: E402
from ..models.port_mapping_source import PortMappingSource  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_PortMappingDestinationForSim = PortMappingDestinationForSim.from_dict
_from_dict_PortMappingSource = PortMappingSource.from_dict
