from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="CellLocation")


@_attrs_define
class CellLocation:
    """
    Attributes:
        avg_strength (int | Unset): Average signal strength from all observations for the cell network. This is an
            integer value, in dBm.
        created (datetime.datetime | Unset): Timestamp of the time (UTC) when this record was first created.
        exact (int | Unset): Whether or not this cell is a position estimate based on observations subject to change in
            the future (`0`) or an exact location entered from a knowledgeable source (`1`).
        identifier (str | Unset): Unique identifier that is assigned by the client requesting cell locations, and is
            included as-is in the response.
        lat (float | Unset): Latitude.
        lon (float | Unset): Longitude.
        range_ (int | Unset): Estimate of radio range (radius from the estimated coordinates. In meters). This is an
            estimate on how large each cell area is, as a radius around the estimated position and is based on the
            observations or a knowledgeable source.
        samples (int | Unset): Total number of observations used to calculate the estimated position, range and
            avg_strength.
        updated (datetime.datetime | Unset): Timestamp of the time (UTC) when this record was most recently modified.
    """

    avg_strength: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    exact: int | Unset = UNSET
    identifier: str | Unset = UNSET
    lat: float | Unset = UNSET
    lon: float | Unset = UNSET
    range_: int | Unset = UNSET
    samples: int | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_strength = self.avg_strength

        created: str | Unset = UNSET
        if self.created is not UNSET:
            created = self.created.isoformat()

        exact = self.exact

        identifier = self.identifier

        lat = self.lat

        lon = self.lon

        range_ = self.range_

        samples = self.samples

        updated: str | Unset = UNSET
        if self.updated is not UNSET:
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
        d = dict(src_dict)
        avg_strength = d.pop("avg_strength", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = parse_datetime(_created)

        exact = d.pop("exact", UNSET)

        identifier = d.pop("identifier", UNSET)

        lat = d.pop("lat", UNSET)

        lon = d.pop("lon", UNSET)

        range_ = d.pop("range", UNSET)

        samples = d.pop("samples", UNSET)

        _updated = d.pop("updated", UNSET)
        updated: datetime.datetime | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = parse_datetime(_updated)

        cell_location = cls(
            avg_strength=avg_strength,
            created=created,
            exact=exact,
            identifier=identifier,
            lat=lat,
            lon=lon,
            range_=range_,
            samples=samples,
            updated=updated,
        )

        cell_location.additional_properties = d
        return cell_location

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
