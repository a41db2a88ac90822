from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    parse_datetime,
    wrong_shape,
)

T = TypeVar("T", bound="CellLocation")


@_attrs_define(init=False, repr=False, eq=False)
class CellLocation:
    """
    Attributes:
        avg_strength (int | None | Unset): Average signal strength from all observations for the cell network. This is
            an integer value, in dBm.
        created (datetime.datetime | None | Unset): Timestamp of the time (UTC) when this record was first created.
        exact (int | None | Unset): Whether or not this cell is a position estimate based on observations subject to
            change in the future (`0`) or an exact location entered from a knowledgeable source (`1`).
        identifier (str | None | Unset): Unique identifier that is assigned by the client requesting cell locations, and
            is included as-is in the response.
        lat (float | None | Unset): Latitude.
        lon (float | None | Unset): Longitude.
        range_ (int | None | Unset): Estimate of radio range (radius from the estimated coordinates. In meters). This is
            an estimate on how large each cell area is, as a radius around the estimated position and is based on the
            observations or a knowledgeable source.
        samples (int | None | Unset): Total number of observations used to calculate the estimated position, range and
            avg_strength.
        updated (datetime.datetime | None | Unset): Timestamp of the time (UTC) when this record was most recently
            modified.
    """

    avg_strength: int | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    exact: int | None | Unset = UNSET
    identifier: str | None | Unset = UNSET
    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET
    range_: int | None | Unset = UNSET
    samples: int | None | Unset = UNSET
    updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        avg_strength: int | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        exact: int | None | Unset = UNSET,
        identifier: str | None | Unset = UNSET,
        lat: float | None | Unset = UNSET,
        lon: float | None | Unset = UNSET,
        range_: int | None | Unset = UNSET,
        samples: int | None | Unset = UNSET,
        updated: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.avg_strength = avg_strength
        self.created = created
        self.exact = exact
        self.identifier = identifier
        self.lat = lat
        self.lon = lon
        self.range_ = range_
        self.samples = samples
        self.updated = updated
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"avg_strength={self.avg_strength!r}, "
            f"created={self.created!r}, "
            f"exact={self.exact!r}, "
            f"identifier={self.identifier!r}, "
            f"lat={self.lat!r}, "
            f"lon={self.lon!r}, "
            f"range_={self.range_!r}, "
            f"samples={self.samples!r}, "
            f"updated={self.updated!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CellLocation):
            return NotImplemented
        return (
            self.avg_strength,
            self.created,
            self.exact,
            self.identifier,
            self.lat,
            self.lon,
            self.range_,
            self.samples,
            self.updated,
            self.additional_properties,
        ) == (
            other.avg_strength,
            other.created,
            other.exact,
            other.identifier,
            other.lat,
            other.lon,
            other.range_,
            other.samples,
            other.updated,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        avg_strength = self.avg_strength

        created: str | None | Unset
        if self.created is None or self.created is UNSET:
            created = self.created
        else:
            created = self.created.isoformat()

        exact = self.exact

        identifier = self.identifier

        lat = self.lat

        lon = self.lon

        range_ = self.range_

        samples = self.samples

        updated: str | None | Unset
        if self.updated is None or self.updated is UNSET:
            updated = self.updated
        else:
            updated = self.updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_strength is not UNSET:
            field_dict["avg_strength"] = avg_strength
        if created is not UNSET:
            field_dict["created"] = created
        if exact is not UNSET:
            field_dict["exact"] = exact
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if range_ is not UNSET:
            field_dict["range"] = range_
        if samples is not UNSET:
            field_dict["samples"] = samples
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        avg_strength = d.pop("avg_strength", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | None | Unset
        if _created is None or _created is UNSET:
            created = _created
        else:
            created = parse_datetime(_created)

        exact = d.pop("exact", UNSET)

        identifier = d.pop("identifier", UNSET)

        lat = d.pop("lat", UNSET)

        lon = d.pop("lon", UNSET)

        range_ = d.pop("range", UNSET)

        samples = d.pop("samples", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | None | Unset
        if _updated is None or _updated is UNSET:
            updated = _updated
        else:
            updated = parse_datetime(_updated)

        _self = cls.__new__(cls)
        _self.avg_strength = avg_strength
        _self.created = created
        _self.exact = exact
        _self.identifier = identifier
        _self.lat = lat
        _self.lon = lon
        _self.range_ = range_
        _self.samples = samples
        _self.updated = updated
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
