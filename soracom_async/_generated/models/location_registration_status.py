from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_registration_status_for_network import (
        LocationRegistrationStatusForNetwork,
    )


T = TypeVar("T", bound="LocationRegistrationStatus")


@_attrs_define
class LocationRegistrationStatus:
    """
    Attributes:
        cs (LocationRegistrationStatusForNetwork | Unset):
        eps (LocationRegistrationStatusForNetwork | Unset):
        ps (LocationRegistrationStatusForNetwork | Unset):
    """

    cs: LocationRegistrationStatusForNetwork | Unset = UNSET
    eps: LocationRegistrationStatusForNetwork | Unset = UNSET
    ps: LocationRegistrationStatusForNetwork | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cs: dict[str, Any] | Unset = UNSET
        if self.cs is not UNSET:
            cs = self.cs.to_dict()

        eps: dict[str, Any] | Unset = UNSET
        if self.eps is not UNSET:
            eps = self.eps.to_dict()

        ps: dict[str, Any] | Unset = UNSET
        if self.ps is not UNSET:
            ps = self.ps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cs is not UNSET:
            field_dict["cs"] = cs
        if eps is not UNSET:
            field_dict["eps"] = eps
        if ps is not UNSET:
            field_dict["ps"] = ps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cs = d.pop("cs", UNSET)
        cs: LocationRegistrationStatusForNetwork | Unset
        if isinstance(_cs, Unset):
            cs = UNSET
        else:
            cs = LocationRegistrationStatusForNetwork.from_dict(_cs)

        _eps = d.pop("eps", UNSET)
        eps: LocationRegistrationStatusForNetwork | Unset
        if isinstance(_eps, Unset):
            eps = UNSET
        else:
            eps = LocationRegistrationStatusForNetwork.from_dict(_eps)

        _ps = d.pop("ps", UNSET)
        ps: LocationRegistrationStatusForNetwork | Unset
        if isinstance(_ps, Unset):
            ps = UNSET
        else:
            ps = LocationRegistrationStatusForNetwork.from_dict(_ps)

        location_registration_status = cls(
            cs=cs,
            eps=eps,
            ps=ps,
        )

        location_registration_status.additional_properties = d
        return location_registration_status

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
from ..models.location_registration_status_for_network import LocationRegistrationStatusForNetwork  # noqa: E402
