from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.coupon_response import CouponResponse


T = TypeVar("T", bound="ListCouponResponse")


@_attrs_define(init=False, repr=False, eq=False)
class ListCouponResponse:
    """
    Attributes:
        coupon_list (list[CouponResponse] | None | Unset): Coupons
    """

    coupon_list: list[CouponResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        coupon_list: Sequence[CouponResponse | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.coupon_list = as_models(
            coupon_list, CouponResponse, "ListCouponResponse", "coupon_list"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"coupon_list={self.coupon_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ListCouponResponse):
            return NotImplemented
        return (
            self.coupon_list,
            self.additional_properties,
        ) == (
            other.coupon_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        coupon_list: list[dict[str, Any]] | None | Unset
        if self.coupon_list is None or self.coupon_list is UNSET:
            coupon_list = self.coupon_list
        else:
            coupon_list = []
            for coupon_list_item_data in self.coupon_list:
                coupon_list_item = coupon_list_item_data.to_dict()

                coupon_list.append(coupon_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coupon_list is not UNSET:
            field_dict["couponList"] = coupon_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _coupon_list = d.pop("couponList", UNSET)
        coupon_list: list[CouponResponse] | None | Unset
        if _coupon_list is None or _coupon_list is UNSET:
            coupon_list = _coupon_list
        elif not isinstance(_coupon_list, list):
            raise wrong_shape("couponList", "a JSON array", _coupon_list)
        else:
            coupon_list = [_from_dict_CouponResponse(v) for v in _coupon_list]

        _self = cls.__new__(cls)
        _self.coupon_list = coupon_list
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
from ..models.coupon_response import CouponResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_CouponResponse = CouponResponse.from_dict
