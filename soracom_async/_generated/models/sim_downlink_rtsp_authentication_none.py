from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_rtsp_authentication_none_type import (
    SimDownlinkRtspAuthenticationNoneType,
)
from ..types import as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SimDownlinkRtspAuthenticationNone")


@_attrs_define(init=False, repr=False, eq=False)
class SimDownlinkRtspAuthenticationNone:
    """Configuration for RTSP connection with no authentication

    Attributes:
        type_ (SimDownlinkRtspAuthenticationNoneType):
    """

    type_: SimDownlinkRtspAuthenticationNoneType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: SimDownlinkRtspAuthenticationNoneType | Literal["none"],
    ) -> None:
        self.type_ = as_enum(
            type_,
            SimDownlinkRtspAuthenticationNoneType,
            "SimDownlinkRtspAuthenticationNone",
            "type_",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SimDownlinkRtspAuthenticationNone
        ):
            return NotImplemented
        return (
            self.type_,
            self.additional_properties,
        ) == (
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_SimDownlinkRtspAuthenticationNoneType[_type_]
        except (KeyError, TypeError):
            type_ = SimDownlinkRtspAuthenticationNoneType(_type_)

        _self = cls.__new__(cls)
        _self.type_ = type_
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
_by_value_SimDownlinkRtspAuthenticationNoneType = (
    SimDownlinkRtspAuthenticationNoneType._value2member_map_
)
