from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.location_registration_status_for_network import (
        LocationRegistrationStatusForNetwork,
    )


T = TypeVar("T", bound="LocationRegistrationStatus")


@_attrs_define(init=False, repr=False, eq=False)
class LocationRegistrationStatus:
    """
    Attributes:
        cs (LocationRegistrationStatusForNetwork | None | Unset):
        eps (LocationRegistrationStatusForNetwork | None | Unset):
        ps (LocationRegistrationStatusForNetwork | None | Unset):
    """

    cs: LocationRegistrationStatusForNetwork | None | Unset = UNSET
    eps: LocationRegistrationStatusForNetwork | None | Unset = UNSET
    ps: LocationRegistrationStatusForNetwork | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        cs: LocationRegistrationStatusForNetwork | Mapping[str, Any] | None | Unset = UNSET,
        eps: LocationRegistrationStatusForNetwork | Mapping[str, Any] | None | Unset = UNSET,
        ps: LocationRegistrationStatusForNetwork | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.cs = as_model(
            cs, LocationRegistrationStatusForNetwork, "LocationRegistrationStatus", "cs"
        )
        self.eps = as_model(
            eps, LocationRegistrationStatusForNetwork, "LocationRegistrationStatus", "eps"
        )
        self.ps = as_model(
            ps, LocationRegistrationStatusForNetwork, "LocationRegistrationStatus", "ps"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"cs={self.cs!r}, "
            f"eps={self.eps!r}, "
            f"ps={self.ps!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, LocationRegistrationStatus
        ):
            return NotImplemented
        return (
            self.cs,
            self.eps,
            self.ps,
            self.additional_properties,
        ) == (
            other.cs,
            other.eps,
            other.ps,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        cs: dict[str, Any] | None | Unset
        if self.cs is None or self.cs is UNSET:
            cs = self.cs
        else:
            cs = self.cs.to_dict()

        eps: dict[str, Any] | None | Unset
        if self.eps is None or self.eps is UNSET:
            eps = self.eps
        else:
            eps = self.eps.to_dict()

        ps: dict[str, Any] | None | Unset
        if self.ps is None or self.ps is UNSET:
            ps = self.ps
        else:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _cs = d.pop("cs", UNSET)
        cs: LocationRegistrationStatusForNetwork | None | Unset
        if _cs is None or _cs is UNSET:
            cs = _cs
        else:
            cs = _from_dict_LocationRegistrationStatusForNetwork(_cs)

        _eps = d.pop("eps", UNSET)
        eps: LocationRegistrationStatusForNetwork | None | Unset
        if _eps is None or _eps is UNSET:
            eps = _eps
        else:
            eps = _from_dict_LocationRegistrationStatusForNetwork(_eps)

        _ps = d.pop("ps", UNSET)
        ps: LocationRegistrationStatusForNetwork | None | Unset
        if _ps is None or _ps is UNSET:
            ps = _ps
        else:
            ps = _from_dict_LocationRegistrationStatusForNetwork(_ps)

        _self = cls.__new__(cls)
        _self.cs = cs
        _self.eps = eps
        _self.ps = ps
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
from ..models.location_registration_status_for_network import LocationRegistrationStatusForNetwork  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_LocationRegistrationStatusForNetwork = LocationRegistrationStatusForNetwork.from_dict
