from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.subscription_container_status_country_mapping_additional_property_mapping_record import (
        SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,
    )


T = TypeVar("T", bound="SubscriptionContainerStatusCountryMappingAdditionalProperty")


@_attrs_define(init=False, repr=False, eq=False)
class SubscriptionContainerStatusCountryMappingAdditionalProperty:
    """
    Attributes:
        mapping_record (SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | None | Unset):
        plmn_code (str | None | Unset):
    """

    mapping_record: (
        SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | None | Unset
    ) = UNSET
    plmn_code: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        mapping_record: SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        plmn_code: str | None | Unset = UNSET,
    ) -> None:
        self.mapping_record = as_model(
            mapping_record,
            SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,
            "SubscriptionContainerStatusCountryMappingAdditionalProperty",
            "mapping_record",
        )
        self.plmn_code = plmn_code
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"mapping_record={self.mapping_record!r}, "
            f"plmn_code={self.plmn_code!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SubscriptionContainerStatusCountryMappingAdditionalProperty
        ):
            return NotImplemented
        return (
            self.mapping_record,
            self.plmn_code,
            self.additional_properties,
        ) == (
            other.mapping_record,
            other.plmn_code,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        mapping_record: dict[str, Any] | None | Unset
        if self.mapping_record is None or self.mapping_record is UNSET:
            mapping_record = self.mapping_record
        else:
            mapping_record = self.mapping_record.to_dict()

        plmn_code = self.plmn_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mapping_record is not UNSET:
            field_dict["mappingRecord"] = mapping_record
        if plmn_code is not UNSET:
            field_dict["plmnCode"] = plmn_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _mapping_record = d.pop("mappingRecord", UNSET)
        mapping_record: (
            SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord | None | Unset
        )
        if _mapping_record is None or _mapping_record is UNSET:
            mapping_record = _mapping_record
        else:
            mapping_record = (
                _from_dict_SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord(
                    _mapping_record
                )
            )

        plmn_code = d.pop("plmnCode", UNSET)

        _self = cls.__new__(cls)
        _self.mapping_record = mapping_record
        _self.plmn_code = plmn_code
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
from ..models.subscription_container_status_country_mapping_additional_property_mapping_record import (
    SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord = (
    SubscriptionContainerStatusCountryMappingAdditionalPropertyMappingRecord.from_dict
)
