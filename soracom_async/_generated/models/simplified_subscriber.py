from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simplified_subscriber_status import SimplifiedSubscriberStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capabilities import Capabilities


T = TypeVar("T", bound="SimplifiedSubscriber")


@_attrs_define
class SimplifiedSubscriber:
    """
    Attributes:
        bundles (list[str] | Unset):
        capabilities (Capabilities | Unset):
        imsi (str | Unset): IMSI
        msisdn (str | Unset):
        status (SimplifiedSubscriberStatus | Unset): Status of the IoT SIM (primary subscription of the IoT SIM) or
            status of the additional subscription.

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
        subscription (str | Unset):
    """

    bundles: list[str] | Unset = UNSET
    capabilities: Capabilities | Unset = UNSET
    imsi: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    status: SimplifiedSubscriberStatus | Unset = UNSET
    subscription: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundles: list[str] | Unset = UNSET
        if self.bundles is not UNSET:
            bundles = self.bundles

        capabilities: dict[str, Any] | Unset = UNSET
        if self.capabilities is not UNSET:
            capabilities = self.capabilities.to_dict()

        imsi = self.imsi

        msisdn = self.msisdn

        status: str | Unset = UNSET
        if self.status is not UNSET:
            status = self.status.value

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
        d = dict(src_dict)
        bundles = cast(list[str], d.pop("bundles", UNSET))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: Capabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = Capabilities.from_dict(_capabilities)

        imsi = d.pop("imsi", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        _status = d.pop("status", UNSET)
        status: SimplifiedSubscriberStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SimplifiedSubscriberStatus(_status)

        subscription = d.pop("subscription", UNSET)

        simplified_subscriber = cls(
            bundles=bundles,
            capabilities=capabilities,
            imsi=imsi,
            msisdn=msisdn,
            status=status,
            subscription=subscription,
        )

        simplified_subscriber.additional_properties = d
        return simplified_subscriber

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
