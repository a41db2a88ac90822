from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.subscription_container import SubscriptionContainer
    from ..models.subscription_container_status_country_mapping import (
        SubscriptionContainerStatusCountryMapping,
    )


T = TypeVar("T", bound="SubscriptionContainerStatus")


@_attrs_define(init=False, repr=False, eq=False)
class SubscriptionContainerStatus:
    """
    Attributes:
        containers (list[SubscriptionContainer] | None | Unset):
        country_mapping (SubscriptionContainerStatusCountryMapping | None | Unset):
    """

    containers: list[SubscriptionContainer] | None | Unset = UNSET
    country_mapping: SubscriptionContainerStatusCountryMapping | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        containers: Sequence[SubscriptionContainer | Mapping[str, Any]] | None | Unset = UNSET,
        country_mapping: SubscriptionContainerStatusCountryMapping
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.containers = as_models(
            containers, SubscriptionContainer, "SubscriptionContainerStatus", "containers"
        )
        self.country_mapping = as_model(
            country_mapping,
            SubscriptionContainerStatusCountryMapping,
            "SubscriptionContainerStatus",
            "country_mapping",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"containers={self.containers!r}, "
            f"country_mapping={self.country_mapping!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SubscriptionContainerStatus
        ):
            return NotImplemented
        return (
            self.containers,
            self.country_mapping,
            self.additional_properties,
        ) == (
            other.containers,
            other.country_mapping,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        containers: list[dict[str, Any]] | None | Unset
        if self.containers is None or self.containers is UNSET:
            containers = self.containers
        else:
            containers = []
            for containers_item_data in self.containers:
                containers_item = containers_item_data.to_dict()

                containers.append(containers_item)

        country_mapping: dict[str, Any] | None | Unset
        if self.country_mapping is None or self.country_mapping is UNSET:
            country_mapping = self.country_mapping
        else:
            country_mapping = self.country_mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if containers is not UNSET:
            field_dict["containers"] = containers
        if country_mapping is not UNSET:
            field_dict["countryMapping"] = country_mapping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _containers = d.pop("containers", UNSET)
        containers: list[SubscriptionContainer] | None | Unset
        if _containers is None or _containers is UNSET:
            containers = _containers
        elif not isinstance(_containers, list):
            raise wrong_shape("containers", "a JSON array", _containers)
        else:
            containers = [_from_dict_SubscriptionContainer(v) for v in _containers]

        _country_mapping = d.pop("countryMapping", UNSET)
        country_mapping: SubscriptionContainerStatusCountryMapping | None | Unset
        if _country_mapping is None or _country_mapping is UNSET:
            country_mapping = _country_mapping
        else:
            country_mapping = _from_dict_SubscriptionContainerStatusCountryMapping(_country_mapping)

        _self = cls.__new__(cls)
        _self.containers = containers
        _self.country_mapping = country_mapping
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
from ..models.subscription_container import SubscriptionContainer  # noqa: E402
from ..models.subscription_container_status_country_mapping import (
    SubscriptionContainerStatusCountryMapping,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SubscriptionContainer = SubscriptionContainer.from_dict
_from_dict_SubscriptionContainerStatusCountryMapping = (
    SubscriptionContainerStatusCountryMapping.from_dict
)
