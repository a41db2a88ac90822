from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, wrong_shape

if TYPE_CHECKING:
    from ..models.available_long_term_discount_model import AvailableLongTermDiscountModel


T = TypeVar("T", bound="AvailableLongTermDiscountResponse")


@_attrs_define(init=False, repr=False, eq=False)
class AvailableLongTermDiscountResponse:
    """
    Attributes:
        available_long_term_discounts (list[AvailableLongTermDiscountModel] | None | Unset): List of available long term
            discounts.
    """

    available_long_term_discounts: list[AvailableLongTermDiscountModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        available_long_term_discounts: Sequence[AvailableLongTermDiscountModel | Mapping[str, Any]]
        | None
        | Unset = UNSET,
    ) -> None:
        self.available_long_term_discounts = as_models(
            available_long_term_discounts,
            AvailableLongTermDiscountModel,
            "AvailableLongTermDiscountResponse",
            "available_long_term_discounts",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"available_long_term_discounts={self.available_long_term_discounts!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, AvailableLongTermDiscountResponse
        ):
            return NotImplemented
        return (
            self.available_long_term_discounts,
            self.additional_properties,
        ) == (
            other.available_long_term_discounts,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        available_long_term_discounts: list[dict[str, Any]] | None | Unset
        if (
            self.available_long_term_discounts is None
            or self.available_long_term_discounts is UNSET
        ):
            available_long_term_discounts = self.available_long_term_discounts
        else:
            available_long_term_discounts = []
            for available_long_term_discounts_item_data in self.available_long_term_discounts:
                available_long_term_discounts_item = (
                    available_long_term_discounts_item_data.to_dict()
                )

                available_long_term_discounts.append(available_long_term_discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_long_term_discounts is not UNSET:
            field_dict["availableLongTermDiscounts"] = available_long_term_discounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _available_long_term_discounts = d.pop("availableLongTermDiscounts", UNSET)
        available_long_term_discounts: list[AvailableLongTermDiscountModel] | None | Unset
        if _available_long_term_discounts is None or _available_long_term_discounts is UNSET:
            available_long_term_discounts = _available_long_term_discounts
        elif not isinstance(_available_long_term_discounts, list):
            raise wrong_shape(
                "availableLongTermDiscounts", "a JSON array", _available_long_term_discounts
            )
        else:
            available_long_term_discounts = [
                _from_dict_AvailableLongTermDiscountModel(v) for v in _available_long_term_discounts
            ]

        _self = cls.__new__(cls)
        _self.available_long_term_discounts = available_long_term_discounts
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
from ..models.available_long_term_discount_model import AvailableLongTermDiscountModel  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_AvailableLongTermDiscountModel = AvailableLongTermDiscountModel.from_dict
