from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.get_volume_discount_response import GetVolumeDiscountResponse


T = TypeVar("T", bound="ListVolumeDiscountResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListVolumeDiscountResponse:
    """
    Attributes:
        volume_discount_list (list[GetVolumeDiscountResponse] | None | Unset): Contracted long term discounts.
    """

    volume_discount_list: list[GetVolumeDiscountResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        volume_discount_list: Sequence[GetVolumeDiscountResponse | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.volume_discount_list = as_models(
            volume_discount_list,
            GetVolumeDiscountResponse,
            "ListVolumeDiscountResponse",
            "volume_discount_list",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"volume_discount_list={self.volume_discount_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, ListVolumeDiscountResponse
        ):
            return NotImplemented
        return (
            self.volume_discount_list,
            self.additional_properties,
        ) == (
            other.volume_discount_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        volume_discount_list: list[dict[str, Any]] | None | Unset
        if self.volume_discount_list is None or self.volume_discount_list is UNSET:
            volume_discount_list = self.volume_discount_list
        else:
            volume_discount_list = []
            for volume_discount_list_item_data in self.volume_discount_list:
                volume_discount_list_item = volume_discount_list_item_data.to_dict()

                volume_discount_list.append(volume_discount_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_discount_list is not UNSET:
            field_dict["volumeDiscountList"] = volume_discount_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _volume_discount_list = d.pop("volumeDiscountList", UNSET)
        volume_discount_list: list[GetVolumeDiscountResponse] | None | Unset
        if _volume_discount_list is None or _volume_discount_list is UNSET:
            volume_discount_list = _volume_discount_list
        elif not isinstance(_volume_discount_list, list):
            raise wrong_shape("volumeDiscountList", "a JSON array", _volume_discount_list)
        else:
            volume_discount_list = [
                _from_dict_GetVolumeDiscountResponse(v) for v in _volume_discount_list
            ]

        _self = cls.__new__(cls)
        _self.volume_discount_list = volume_discount_list
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
from ..models.get_volume_discount_response import GetVolumeDiscountResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_GetVolumeDiscountResponse = GetVolumeDiscountResponse.from_dict
