from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.virtual_private_gateway_mirroring_peers import VirtualPrivateGatewayMirroringPeers


T = TypeVar("T", bound="VirtualPrivateGatewayMirroring")


@_attrs_define(init=False, repr=False, eq=False)
class VirtualPrivateGatewayMirroring:
    """
    Attributes:
        peers (VirtualPrivateGatewayMirroringPeers | None | Unset):
    """

    peers: VirtualPrivateGatewayMirroringPeers | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        peers: VirtualPrivateGatewayMirroringPeers | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.peers = as_model(
            peers, VirtualPrivateGatewayMirroringPeers, "VirtualPrivateGatewayMirroring", "peers"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"peers={self.peers!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, VirtualPrivateGatewayMirroring
        ):
            return NotImplemented
        return (
            self.peers,
            self.additional_properties,
        ) == (
            other.peers,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        peers: dict[str, Any] | None | Unset
        if self.peers is None or self.peers is UNSET:
            peers = self.peers
        else:
            peers = self.peers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if peers is not UNSET:
            field_dict["peers"] = peers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _peers = d.pop("peers", UNSET)
        peers: VirtualPrivateGatewayMirroringPeers | None | Unset
        if _peers is None or _peers is UNSET:
            peers = _peers
        else:
            peers = _from_dict_VirtualPrivateGatewayMirroringPeers(_peers)

        _self = cls.__new__(cls)
        _self.peers = peers
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
from ..models.virtual_private_gateway_mirroring_peers import VirtualPrivateGatewayMirroringPeers  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_VirtualPrivateGatewayMirroringPeers = VirtualPrivateGatewayMirroringPeers.from_dict
