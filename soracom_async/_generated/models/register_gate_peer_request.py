from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="RegisterGatePeerRequest")


@_attrs_define
class RegisterGatePeerRequest:
    """
    Attributes:
        outer_ip_address (str):
        inner_ip_address (str | None | Unset): An IP address within the device subnet range (inner IP address).
    """

    outer_ip_address: str
    inner_ip_address: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outer_ip_address = self.outer_ip_address

        inner_ip_address = self.inner_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outerIpAddress": outer_ip_address,
            }
        )
        if inner_ip_address is not UNSET:
            field_dict["innerIpAddress"] = inner_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        outer_ip_address = d.pop("outerIpAddress")

        inner_ip_address = d.pop("innerIpAddress", UNSET)

        register_gate_peer_request = cls(
            outer_ip_address=outer_ip_address,
            inner_ip_address=inner_ip_address,
        )

        register_gate_peer_request.additional_properties = d
        return register_gate_peer_request

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
