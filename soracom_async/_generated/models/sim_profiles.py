from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

if TYPE_CHECKING:
    from ..models.sim_profile import SimProfile


T = TypeVar("T", bound="SimProfiles")


@_attrs_define(init=False, repr=False, eq=False)
class SimProfiles:
    additional_properties: dict[str, SimProfile] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}(additional_properties={self.additional_properties!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimProfiles):
            return NotImplemented
        return (self.additional_properties,) == (other.additional_properties,)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        _self = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_properties[prop_name] = _from_dict_SimProfile(prop_dict)
        _self.additional_properties = additional_properties
        return _self

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SimProfile:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SimProfile) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Referenced models, imported after the class so that cycles resolve.
from ..models.sim_profile import SimProfile  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SimProfile = SimProfile.from_dict
