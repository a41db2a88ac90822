from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.get_shipping_address_response import GetShippingAddressResponse


T = TypeVar("T", bound="ListShippingAddressResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListShippingAddressResponse:
    """
    Attributes:
        shipping_addresses (list[GetShippingAddressResponse] | None | Unset):
    """

    shipping_addresses: list[GetShippingAddressResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        shipping_addresses: Sequence[GetShippingAddressResponse | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.shipping_addresses = as_models(
            shipping_addresses,
            GetShippingAddressResponse,
            "ListShippingAddressResponse",
            "shipping_addresses",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"shipping_addresses={self.shipping_addresses!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, ListShippingAddressResponse
        ):
            return NotImplemented
        return (
            self.shipping_addresses,
            self.additional_properties,
        ) == (
            other.shipping_addresses,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        shipping_addresses: list[dict[str, Any]] | None | Unset
        if self.shipping_addresses is None or self.shipping_addresses is UNSET:
            shipping_addresses = self.shipping_addresses
        else:
            shipping_addresses = []
            for shipping_addresses_item_data in self.shipping_addresses:
                shipping_addresses_item = shipping_addresses_item_data.to_dict()

                shipping_addresses.append(shipping_addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_addresses is not UNSET:
            field_dict["shippingAddresses"] = shipping_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _shipping_addresses = d.pop("shippingAddresses", UNSET)
        shipping_addresses: list[GetShippingAddressResponse] | None | Unset
        if _shipping_addresses is None or _shipping_addresses is UNSET:
            shipping_addresses = _shipping_addresses
        elif not isinstance(_shipping_addresses, list):
            raise wrong_shape("shippingAddresses", "a JSON array", _shipping_addresses)
        else:
            shipping_addresses = [
                _from_dict_GetShippingAddressResponse(v) for v in _shipping_addresses
            ]

        _self = cls.__new__(cls)
        _self.shipping_addresses = shipping_addresses
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
from ..models.get_shipping_address_response import GetShippingAddressResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_GetShippingAddressResponse = GetShippingAddressResponse.from_dict
