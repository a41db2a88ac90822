from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_profile_subscribers import SimProfileSubscribers


T = TypeVar("T", bound="SimProfile")


@_attrs_define(init=False, repr=False, eq=False)
class SimProfile:
    """
    Attributes:
        arc_client_peer_private_key (str | None | Unset): The client's PrivateKey (client peer private key) for
            connecting with WireGuard.
            - PrivateKey (client peer private key) cannot be redisplayed. If you have lost your private key, generate a new
            key and update the device credentials.
            - Never disclose connection information to outside parties.
        arc_client_peer_public_key (str | None | Unset):
        iccid (str | None | Unset):
        ota_supported (bool | None | Unset):
        primary_imsi (str | None | Unset):
        subscribers (SimProfileSubscribers | None | Unset):
    """

    arc_client_peer_private_key: str | None | Unset = UNSET
    arc_client_peer_public_key: str | None | Unset = UNSET
    iccid: str | None | Unset = UNSET
    ota_supported: bool | None | Unset = UNSET
    primary_imsi: str | None | Unset = UNSET
    subscribers: SimProfileSubscribers | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        arc_client_peer_private_key: str | None | Unset = UNSET,
        arc_client_peer_public_key: str | None | Unset = UNSET,
        iccid: str | None | Unset = UNSET,
        ota_supported: bool | None | Unset = UNSET,
        primary_imsi: str | None | Unset = UNSET,
        subscribers: SimProfileSubscribers | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.arc_client_peer_private_key = arc_client_peer_private_key
        self.arc_client_peer_public_key = arc_client_peer_public_key
        self.iccid = iccid
        self.ota_supported = ota_supported
        self.primary_imsi = primary_imsi
        self.subscribers = as_model(subscribers, SimProfileSubscribers, "SimProfile", "subscribers")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arc_client_peer_private_key={self.arc_client_peer_private_key!r}, "
            f"arc_client_peer_public_key={self.arc_client_peer_public_key!r}, "
            f"iccid={self.iccid!r}, "
            f"ota_supported={self.ota_supported!r}, "
            f"primary_imsi={self.primary_imsi!r}, "
            f"subscribers={self.subscribers!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimProfile):
            return NotImplemented
        return (
            self.arc_client_peer_private_key,
            self.arc_client_peer_public_key,
            self.iccid,
            self.ota_supported,
            self.primary_imsi,
            self.subscribers,
            self.additional_properties,
        ) == (
            other.arc_client_peer_private_key,
            other.arc_client_peer_public_key,
            other.iccid,
            other.ota_supported,
            other.primary_imsi,
            other.subscribers,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        arc_client_peer_private_key = self.arc_client_peer_private_key

        arc_client_peer_public_key = self.arc_client_peer_public_key

        iccid = self.iccid

        ota_supported = self.ota_supported

        primary_imsi = self.primary_imsi

        subscribers: dict[str, Any] | None | Unset
        if self.subscribers is None or self.subscribers is UNSET:
            subscribers = self.subscribers
        else:
            subscribers = self.subscribers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arc_client_peer_private_key is not UNSET:
            field_dict["arcClientPeerPrivateKey"] = arc_client_peer_private_key
        if arc_client_peer_public_key is not UNSET:
            field_dict["arcClientPeerPublicKey"] = arc_client_peer_public_key
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if ota_supported is not UNSET:
            field_dict["otaSupported"] = ota_supported
        if primary_imsi is not UNSET:
            field_dict["primaryImsi"] = primary_imsi
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        arc_client_peer_private_key = d.pop("arcClientPeerPrivateKey", UNSET)

        arc_client_peer_public_key = d.pop("arcClientPeerPublicKey", UNSET)

        iccid = d.pop("iccid", UNSET)

        ota_supported = d.pop("otaSupported", UNSET)

        primary_imsi = d.pop("primaryImsi", UNSET)

        _subscribers = d.pop("subscribers", UNSET)
        subscribers: SimProfileSubscribers | None | Unset
        if _subscribers is None or _subscribers is UNSET:
            subscribers = _subscribers
        else:
            subscribers = _from_dict_SimProfileSubscribers(_subscribers)

        _self = cls.__new__(cls)
        _self.arc_client_peer_private_key = arc_client_peer_private_key
        _self.arc_client_peer_public_key = arc_client_peer_public_key
        _self.iccid = iccid
        _self.ota_supported = ota_supported
        _self.primary_imsi = primary_imsi
        _self.subscribers = subscribers
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
from ..models.sim_profile_subscribers import SimProfileSubscribers  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SimProfileSubscribers = SimProfileSubscribers.from_dict
