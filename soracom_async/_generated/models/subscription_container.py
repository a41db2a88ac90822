from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.subscription_container_subscriber import SubscriptionContainerSubscriber


T = TypeVar("T", bound="SubscriptionContainer")


@_attrs_define(init=False, repr=False, eq=False)
class SubscriptionContainer:
    """
    Attributes:
        container_id (int | None | Unset):
        downloaded (bool | None | Unset):
        subscriber (SubscriptionContainerSubscriber | None | Unset):
    """

    container_id: int | None | Unset = UNSET
    downloaded: bool | None | Unset = UNSET
    subscriber: SubscriptionContainerSubscriber | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        container_id: int | None | Unset = UNSET,
        downloaded: bool | None | Unset = UNSET,
        subscriber: SubscriptionContainerSubscriber | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.container_id = container_id
        self.downloaded = downloaded
        self.subscriber = as_model(
            subscriber, SubscriptionContainerSubscriber, "SubscriptionContainer", "subscriber"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"container_id={self.container_id!r}, "
            f"downloaded={self.downloaded!r}, "
            f"subscriber={self.subscriber!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SubscriptionContainer):
            return NotImplemented
        return (
            self.container_id,
            self.downloaded,
            self.subscriber,
            self.additional_properties,
        ) == (
            other.container_id,
            other.downloaded,
            other.subscriber,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        downloaded = self.downloaded

        subscriber: dict[str, Any] | None | Unset
        if self.subscriber is None or self.subscriber is UNSET:
            subscriber = self.subscriber
        else:
            subscriber = self.subscriber.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_id is not UNSET:
            field_dict["containerId"] = container_id
        if downloaded is not UNSET:
            field_dict["downloaded"] = downloaded
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        container_id = d.pop("containerId", UNSET)

        downloaded = d.pop("downloaded", UNSET)

        _subscriber = d.pop("subscriber", UNSET)
        subscriber: SubscriptionContainerSubscriber | None | Unset
        if _subscriber is None or _subscriber is UNSET:
            subscriber = _subscriber
        else:
            subscriber = _from_dict_SubscriptionContainerSubscriber(_subscriber)

        _self = cls.__new__(cls)
        _self.container_id = container_id
        _self.downloaded = downloaded
        _self.subscriber = subscriber
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
from ..models.subscription_container_subscriber import SubscriptionContainerSubscriber  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SubscriptionContainerSubscriber = SubscriptionContainerSubscriber.from_dict
