from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sim_downlink_rtsp_authentication_none_type import (
    SimDownlinkRtspAuthenticationNoneType,
)
from ..types import wrong_shape

T = TypeVar("T", bound="SimDownlinkRtspAuthenticationNone")


@_attrs_define
class SimDownlinkRtspAuthenticationNone:
    """Configuration for RTSP connection with no authentication

    Attributes:
        type_ (SimDownlinkRtspAuthenticationNoneType):
    """

    type_: SimDownlinkRtspAuthenticationNoneType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        type_ = SimDownlinkRtspAuthenticationNoneType(d.pop("type"))

        sim_downlink_rtsp_authentication_none = cls(
            type_=type_,
        )

        sim_downlink_rtsp_authentication_none.additional_properties = d
        return sim_downlink_rtsp_authentication_none

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
