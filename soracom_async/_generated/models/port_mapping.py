from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.port_mapping_destination import PortMappingDestination
    from ..models.port_mapping_source import PortMappingSource


T = TypeVar("T", bound="PortMapping")


@_attrs_define(init=False, repr=False, eq=False)
class PortMapping:
    """
    Attributes:
        created_time (int | None | Unset): The UNIX time (in milliseconds) when the On-Demand Remote Access entry was
            created.
        destination (PortMappingDestination | None | Unset): When creating an On-Demand Remote Access entry, you must
            specify either `imsi` or `simId`.
        duration (float | None | Unset): The duration (in seconds) to maintain the On-Demand Remote Access entry.
        endpoint (str | None | Unset): The endpoint (IP address and port number) of the On-Demand Remote Access entry.
        expired (bool | None | Unset):
        expired_time (int | None | Unset): The date and time (UNIX time in milliseconds) when the On-Demand Remote
            Access entry will be automatically deleted.
        hostname (str | None | Unset): The hostname of the On-Demand Remote Access entry.
        imsi (str | None | Unset): IMSI. Included only when `destination.destinationChoosingStrategy` is
            `IMSI_PRIORITIZED`.
        ip_address (str | None | Unset): The IP address of the On-Demand Remote Access entry.
        operator_id (str | None | Unset): The operator ID.
        placement (str | None | Unset): Rendezvous point.

            - `default`: The default rendezvous point. Tokyo (Japan) for Japan coverage, Frankfurt (Germany) for global
            coverage.
            - `aws:ap-northeast-1`: Tokyo (Japan).
            - `aws:eu-central-1`: Frankfurt (Germany).
            - `aws:us-west-2`: Oregon (USA).
            - `aws:ap-southeast-2`: Sydney (Australia).
        port (float | None | Unset): The port number of the On-Demand Remote Access entry.
        sim_id (str | None | Unset): SIM ID. Included only when `destination.destinationChoosingStrategy` is not
            `IMSI_PRIORITIZED`.
        source (PortMappingSource | None | Unset):
        tls_required (bool | None | Unset): Whether to encrypt the connection from the source to Soracom using TLS.

            - `true`: Encrypt using TLS. Specify this if the device is listening on HTTP.
            - `false`: Do not use TLS. Specify this when connecting to the device via SSH or if the device is listening on
            HTTPS. Note that communication from the source to the device is encrypted in SSH and HTTPS.
    """

    created_time: int | None | Unset = UNSET
    destination: PortMappingDestination | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    endpoint: str | None | Unset = UNSET
    expired: bool | None | Unset = UNSET
    expired_time: int | None | Unset = UNSET
    hostname: str | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    placement: str | None | Unset = UNSET
    port: float | None | Unset = UNSET
    sim_id: str | None | Unset = UNSET
    source: PortMappingSource | None | Unset = UNSET
    tls_required: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: int | None | Unset = UNSET,
        destination: PortMappingDestination | Mapping[str, Any] | None | Unset = UNSET,
        duration: float | None | Unset = UNSET,
        endpoint: str | None | Unset = UNSET,
        expired: bool | None | Unset = UNSET,
        expired_time: int | None | Unset = UNSET,
        hostname: str | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        placement: str | None | Unset = UNSET,
        port: float | None | Unset = UNSET,
        sim_id: str | None | Unset = UNSET,
        source: PortMappingSource | Mapping[str, Any] | None | Unset = UNSET,
        tls_required: bool | None | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.destination = as_model(
            destination, PortMappingDestination, "PortMapping", "destination"
        )
        self.duration = duration
        self.endpoint = endpoint
        self.expired = expired
        self.expired_time = expired_time
        self.hostname = hostname
        self.imsi = imsi
        self.ip_address = ip_address
        self.operator_id = operator_id
        self.placement = placement
        self.port = port
        self.sim_id = sim_id
        self.source = as_model(source, PortMappingSource, "PortMapping", "source")
        self.tls_required = tls_required
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"destination={self.destination!r}, "
            f"duration={self.duration!r}, "
            f"endpoint={self.endpoint!r}, "
            f"expired={self.expired!r}, "
            f"expired_time={self.expired_time!r}, "
            f"hostname={self.hostname!r}, "
            f"imsi={self.imsi!r}, "
            f"ip_address={self.ip_address!r}, "
            f"operator_id={self.operator_id!r}, "
            f"placement={self.placement!r}, "
            f"port={self.port!r}, "
            f"sim_id={self.sim_id!r}, "
            f"source={self.source!r}, "
            f"tls_required={self.tls_required!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, PortMapping):
            return NotImplemented
        return (
            self.created_time,
            self.destination,
            self.duration,
            self.endpoint,
            self.expired,
            self.expired_time,
            self.hostname,
            self.imsi,
            self.ip_address,
            self.operator_id,
            self.placement,
            self.port,
            self.sim_id,
            self.source,
            self.tls_required,
            self.additional_properties,
        ) == (
            other.created_time,
            other.destination,
            other.duration,
            other.endpoint,
            other.expired,
            other.expired_time,
            other.hostname,
            other.imsi,
            other.ip_address,
            other.operator_id,
            other.placement,
            other.port,
            other.sim_id,
            other.source,
            other.tls_required,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        destination: dict[str, Any] | None | Unset
        if self.destination is None or self.destination is UNSET:
            destination = self.destination
        else:
            destination = self.destination.to_dict()

        duration = self.duration

        endpoint = self.endpoint

        expired = self.expired

        expired_time = self.expired_time

        hostname = self.hostname

        imsi = self.imsi

        ip_address = self.ip_address

        operator_id = self.operator_id

        placement = self.placement

        port = self.port

        sim_id = self.sim_id

        source: dict[str, Any] | None | Unset
        if self.source is None or self.source is UNSET:
            source = self.source
        else:
            source = self.source.to_dict()

        tls_required = self.tls_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if destination is not UNSET:
            field_dict["destination"] = destination
        if duration is not UNSET:
            field_dict["duration"] = duration
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if expired is not UNSET:
            field_dict["expired"] = expired
        if expired_time is not UNSET:
            field_dict["expiredTime"] = expired_time
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if placement is not UNSET:
            field_dict["placement"] = placement
        if port is not UNSET:
            field_dict["port"] = port
        if sim_id is not UNSET:
            field_dict["simId"] = sim_id
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
        created_time = d.pop("createdTime", UNSET)

        _destination = d.pop("destination", UNSET)
        destination: PortMappingDestination | None | Unset
        if _destination is None or _destination is UNSET:
            destination = _destination
        else:
            destination = _from_dict_PortMappingDestination(_destination)

        duration = d.pop("duration", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        expired = d.pop("expired", UNSET)

        expired_time = d.pop("expiredTime", UNSET)

        hostname = d.pop("hostname", UNSET)

        imsi = d.pop("imsi", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        placement = d.pop("placement", UNSET)

        port = d.pop("port", UNSET)

        sim_id = d.pop("simId", UNSET)

        _source = d.pop("source", UNSET)
        source: PortMappingSource | None | Unset
        if _source is None or _source is UNSET:
            source = _source
        else:
            source = _from_dict_PortMappingSource(_source)

        tls_required = d.pop("tlsRequired", UNSET)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.destination = destination
        _self.duration = duration
        _self.endpoint = endpoint
        _self.expired = expired
        _self.expired_time = expired_time
        _self.hostname = hostname
        _self.imsi = imsi
        _self.ip_address = ip_address
        _self.operator_id = operator_id
        _self.placement = placement
        _self.port = port
        _self.sim_id = sim_id
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
from ..models.port_mapping_destination import PortMappingDestination  # noqa: E402
from ..models.port_mapping_source import PortMappingSource  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_PortMappingDestination = PortMappingDestination.from_dict
_from_dict_PortMappingSource = PortMappingSource.from_dict
