from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_event_event_info_atom_event_v1 import SoraCamEventEventInfoAtomEventV1


T = TypeVar("T", bound="SoraCamEventEventInfo")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamEventEventInfo:
    """
    Attributes:
        info_type (str): Type of the event detail. May vary depend on `deviceType`.
        atom_event_v1 (SoraCamEventEventInfoAtomEventV1 | None | Unset): Detail of the event.
    """

    info_type: str
    atom_event_v1: SoraCamEventEventInfoAtomEventV1 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        info_type: str,
        atom_event_v1: SoraCamEventEventInfoAtomEventV1 | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.info_type = info_type
        self.atom_event_v1 = as_model(
            atom_event_v1,
            SoraCamEventEventInfoAtomEventV1,
            "SoraCamEventEventInfo",
            "atom_event_v1",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"info_type={self.info_type!r}, "
            f"atom_event_v1={self.atom_event_v1!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamEventEventInfo):
            return NotImplemented
        return (
            self.info_type,
            self.atom_event_v1,
            self.additional_properties,
        ) == (
            other.info_type,
            other.atom_event_v1,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        info_type = self.info_type

        atom_event_v1: dict[str, Any] | None | Unset
        if self.atom_event_v1 is None or self.atom_event_v1 is UNSET:
            atom_event_v1 = self.atom_event_v1
        else:
            atom_event_v1 = self.atom_event_v1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "infoType": info_type,
            }
        )
        if atom_event_v1 is not UNSET:
            field_dict["atomEventV1"] = atom_event_v1

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_info_type = d.pop("infoType", None)
        if _required_info_type is None:
            raise missing_field(cls.__name__, "infoType")
        info_type = _required_info_type

        _atom_event_v1 = d.pop("atomEventV1", UNSET)
        atom_event_v1: SoraCamEventEventInfoAtomEventV1 | None | Unset
        if _atom_event_v1 is None or _atom_event_v1 is UNSET:
            atom_event_v1 = _atom_event_v1
        else:
            atom_event_v1 = _from_dict_SoraCamEventEventInfoAtomEventV1(_atom_event_v1)

        _self = cls.__new__(cls)
        _self.info_type = info_type
        _self.atom_event_v1 = atom_event_v1
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
from ..models.sora_cam_event_event_info_atom_event_v1 import SoraCamEventEventInfoAtomEventV1  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamEventEventInfoAtomEventV1 = SoraCamEventEventInfoAtomEventV1.from_dict
