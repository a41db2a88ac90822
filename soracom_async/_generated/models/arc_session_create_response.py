from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="ArcSessionCreateResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ArcSessionCreateResponse:
    """
    Attributes:
        arc_allowed_i_ps (list[str] | None | Unset):
        arc_client_peer_ip_address (str | None | Unset):
        arc_client_peer_public_key (str | None | Unset):
        arc_server_endpoint (str | None | Unset):
        arc_server_peer_public_key (str | None | Unset):
    """

    arc_allowed_i_ps: list[str] | None | Unset = UNSET
    arc_client_peer_ip_address: str | None | Unset = UNSET
    arc_client_peer_public_key: str | None | Unset = UNSET
    arc_server_endpoint: str | None | Unset = UNSET
    arc_server_peer_public_key: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        arc_allowed_i_ps: list[str] | None | Unset = UNSET,
        arc_client_peer_ip_address: str | None | Unset = UNSET,
        arc_client_peer_public_key: str | None | Unset = UNSET,
        arc_server_endpoint: str | None | Unset = UNSET,
        arc_server_peer_public_key: str | None | Unset = UNSET,
    ) -> None:
        self.arc_allowed_i_ps = arc_allowed_i_ps
        self.arc_client_peer_ip_address = arc_client_peer_ip_address
        self.arc_client_peer_public_key = arc_client_peer_public_key
        self.arc_server_endpoint = arc_server_endpoint
        self.arc_server_peer_public_key = arc_server_peer_public_key
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arc_allowed_i_ps={self.arc_allowed_i_ps!r}, "
            f"arc_client_peer_ip_address={self.arc_client_peer_ip_address!r}, "
            f"arc_client_peer_public_key={self.arc_client_peer_public_key!r}, "
            f"arc_server_endpoint={self.arc_server_endpoint!r}, "
            f"arc_server_peer_public_key={self.arc_server_peer_public_key!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ArcSessionCreateResponse):
            return NotImplemented
        return (
            self.arc_allowed_i_ps,
            self.arc_client_peer_ip_address,
            self.arc_client_peer_public_key,
            self.arc_server_endpoint,
            self.arc_server_peer_public_key,
            self.additional_properties,
        ) == (
            other.arc_allowed_i_ps,
            other.arc_client_peer_ip_address,
            other.arc_client_peer_public_key,
            other.arc_server_endpoint,
            other.arc_server_peer_public_key,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        arc_allowed_i_ps: list[str] | None | Unset
        if self.arc_allowed_i_ps is None or self.arc_allowed_i_ps is UNSET:
            arc_allowed_i_ps = self.arc_allowed_i_ps
        else:
            arc_allowed_i_ps = self.arc_allowed_i_ps

        arc_client_peer_ip_address = self.arc_client_peer_ip_address

        arc_client_peer_public_key = self.arc_client_peer_public_key

        arc_server_endpoint = self.arc_server_endpoint

        arc_server_peer_public_key = self.arc_server_peer_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arc_allowed_i_ps is not UNSET:
            field_dict["arcAllowedIPs"] = arc_allowed_i_ps
        if arc_client_peer_ip_address is not UNSET:
            field_dict["arcClientPeerIpAddress"] = arc_client_peer_ip_address
        if arc_client_peer_public_key is not UNSET:
            field_dict["arcClientPeerPublicKey"] = arc_client_peer_public_key
        if arc_server_endpoint is not UNSET:
            field_dict["arcServerEndpoint"] = arc_server_endpoint
        if arc_server_peer_public_key is not UNSET:
            field_dict["arcServerPeerPublicKey"] = arc_server_peer_public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _arc_allowed_i_ps = d.pop("arcAllowedIPs", UNSET)
        arc_allowed_i_ps: list[str] | None | Unset
        if _arc_allowed_i_ps is None or _arc_allowed_i_ps is UNSET:
            arc_allowed_i_ps = _arc_allowed_i_ps
        elif not isinstance(_arc_allowed_i_ps, list):
            raise wrong_shape("arcAllowedIPs", "a JSON array", _arc_allowed_i_ps)
        else:
            arc_allowed_i_ps = _arc_allowed_i_ps

        arc_client_peer_ip_address = d.pop("arcClientPeerIpAddress", UNSET)

        arc_client_peer_public_key = d.pop("arcClientPeerPublicKey", UNSET)

        arc_server_endpoint = d.pop("arcServerEndpoint", UNSET)

        arc_server_peer_public_key = d.pop("arcServerPeerPublicKey", UNSET)

        _self = cls.__new__(cls)
        _self.arc_allowed_i_ps = arc_allowed_i_ps
        _self.arc_client_peer_ip_address = arc_client_peer_ip_address
        _self.arc_client_peer_public_key = arc_client_peer_public_key
        _self.arc_server_endpoint = arc_server_endpoint
        _self.arc_server_peer_public_key = arc_server_peer_public_key
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
