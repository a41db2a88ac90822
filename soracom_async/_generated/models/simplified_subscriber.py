from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simplified_subscriber_status import SimplifiedSubscriberStatus
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.capabilities import Capabilities


T = TypeVar("T", bound="SimplifiedSubscriber")


@_attrs_define(init=False, repr=False, eq=False)
class SimplifiedSubscriber:
    """
    Attributes:
        bundles (list[str] | None | Unset):
        capabilities (Capabilities | None | Unset):
        imsi (str | None | Unset): IMSI
        msisdn (str | None | Unset):
        status (SimplifiedSubscriberStatus | None | Unset): Status of the IoT SIM (primary subscription of the IoT SIM)
            or status of the additional subscription.

            For primary subscriptions, it refers to the status of the IoT SIM.

            - `ready`
            - `active`
            - `inactive`
            - `standby`
            - `suspended`
            - `terminated`

            For additional subscriptions, it refers to the status of the additional subscription.

            - `shipped`: OTA is ready or in progress (first half).
            - `delivered`: OTA is in progress (second half).
            - `ready`: OTA is complete.
            - `active`: A connection via the additional subscription has been confirmed. This does not refer to the status
            of the IoT SIM.
            - `terminated`

            The status of the virtual SIM/subscriber is either `active` or `terminated`.
        subscription (str | None | Unset):
    """

    bundles: list[str] | None | Unset = UNSET
    capabilities: Capabilities | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    msisdn: str | None | Unset = UNSET
    status: SimplifiedSubscriberStatus | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        bundles: list[str] | None | Unset = UNSET,
        capabilities: Capabilities | Mapping[str, Any] | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        msisdn: str | None | Unset = UNSET,
        status: SimplifiedSubscriberStatus
        | Literal["shipped", "delivered", "ready", "active", "terminated"]
        | None
        | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
    ) -> None:
        self.bundles = bundles
        self.capabilities = as_model(
            capabilities, Capabilities, "SimplifiedSubscriber", "capabilities"
        )
        self.imsi = imsi
        self.msisdn = msisdn
        self.status = as_enum(status, SimplifiedSubscriberStatus, "SimplifiedSubscriber", "status")
        self.subscription = subscription
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"bundles={self.bundles!r}, "
            f"capabilities={self.capabilities!r}, "
            f"imsi={self.imsi!r}, "
            f"msisdn={self.msisdn!r}, "
            f"status={self.status!r}, "
            f"subscription={self.subscription!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimplifiedSubscriber):
            return NotImplemented
        return (
            self.bundles,
            self.capabilities,
            self.imsi,
            self.msisdn,
            self.status,
            self.subscription,
            self.additional_properties,
        ) == (
            other.bundles,
            other.capabilities,
            other.imsi,
            other.msisdn,
            other.status,
            other.subscription,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        bundles: list[str] | None | Unset
        if self.bundles is None or self.bundles is UNSET:
            bundles = self.bundles
        else:
            bundles = self.bundles

        capabilities: dict[str, Any] | None | Unset
        if self.capabilities is None or self.capabilities is UNSET:
            capabilities = self.capabilities
        else:
            capabilities = self.capabilities.to_dict()

        imsi = self.imsi

        msisdn = self.msisdn

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundles is not UNSET:
            field_dict["bundles"] = bundles
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _bundles = d.pop("bundles", UNSET)
        bundles: list[str] | None | Unset
        if _bundles is None or _bundles is UNSET:
            bundles = _bundles
        elif not isinstance(_bundles, list):
            raise wrong_shape("bundles", "a JSON array", _bundles)
        else:
            bundles = _bundles

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: Capabilities | None | Unset
        if _capabilities is None or _capabilities is UNSET:
            capabilities = _capabilities
        else:
            capabilities = _from_dict_Capabilities(_capabilities)

        imsi = d.pop("imsi", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        _status = d.pop("status", UNSET)
        status: SimplifiedSubscriberStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_SimplifiedSubscriberStatus[_status]
            except (KeyError, TypeError):
                status = SimplifiedSubscriberStatus(_status)

        subscription = d.pop("subscription", UNSET)

        _self = cls.__new__(cls)
        _self.bundles = bundles
        _self.capabilities = capabilities
        _self.imsi = imsi
        _self.msisdn = msisdn
        _self.status = status
        _self.subscription = subscription
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
from ..models.capabilities import Capabilities  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SimplifiedSubscriberStatus = SimplifiedSubscriberStatus._value2member_map_
_from_dict_Capabilities = Capabilities.from_dict
