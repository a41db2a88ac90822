from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_instance_operations import ResourceInstanceOperations
from ..models.resource_instance_type import ResourceInstanceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_instance_value import ResourceInstanceValue
    from ..models.resource_instance_values import ResourceInstanceValues


T = TypeVar("T", bound="ResourceInstance")


@_attrs_define
class ResourceInstance:
    """
    Attributes:
        description (str | Unset):
        id (int | Unset):
        mandatory (bool | Unset):  Default: False.
        multiple (bool | Unset):  Default: False.
        name (str | Unset):
        observed (bool | Unset):  Default: False.
        operations (ResourceInstanceOperations | Unset):
        range_enumeration (str | Unset):
        type_ (ResourceInstanceType | Unset):
        units (str | Unset):
        value (ResourceInstanceValue | Unset):
        values (ResourceInstanceValues | Unset):
    """

    description: str | Unset = UNSET
    id: int | Unset = UNSET
    mandatory: bool | Unset = False
    multiple: bool | Unset = False
    name: str | Unset = UNSET
    observed: bool | Unset = False
    operations: ResourceInstanceOperations | Unset = UNSET
    range_enumeration: str | Unset = UNSET
    type_: ResourceInstanceType | Unset = UNSET
    units: str | Unset = UNSET
    value: ResourceInstanceValue | Unset = UNSET
    values: ResourceInstanceValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        mandatory = self.mandatory

        multiple = self.multiple

        name = self.name

        observed = self.observed

        operations: str | Unset = UNSET
        if self.operations is not UNSET:
            operations = self.operations.value

        range_enumeration = self.range_enumeration

        type_: str | Unset = UNSET
        if self.type_ is not UNSET:
            type_ = self.type_.value

        units = self.units

        value: dict[str, Any] | Unset = UNSET
        if self.value is not UNSET:
            value = self.value.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if self.values is not UNSET:
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if multiple is not UNSET:
            field_dict["multiple"] = multiple
        if name is not UNSET:
            field_dict["name"] = name
        if observed is not UNSET:
            field_dict["observed"] = observed
        if operations is not UNSET:
            field_dict["operations"] = operations
        if range_enumeration is not UNSET:
            field_dict["rangeEnumeration"] = range_enumeration
        if type_ is not UNSET:
            field_dict["type"] = type_
        if units is not UNSET:
            field_dict["units"] = units
        if value is not UNSET:
            field_dict["value"] = value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        multiple = d.pop("multiple", UNSET)

        name = d.pop("name", UNSET)

        observed = d.pop("observed", UNSET)

        _operations = d.pop("operations", UNSET)
        operations: ResourceInstanceOperations | Unset
        if isinstance(_operations, Unset):
            operations = UNSET
        else:
            operations = ResourceInstanceOperations(_operations)

        range_enumeration = d.pop("rangeEnumeration", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ResourceInstanceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ResourceInstanceType(_type_)

        units = d.pop("units", UNSET)

        _value = d.pop("value", UNSET)
        value: ResourceInstanceValue | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = ResourceInstanceValue.from_dict(_value)

        _values = d.pop("values", UNSET)
        values: ResourceInstanceValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ResourceInstanceValues.from_dict(_values)

        resource_instance = cls(
            description=description,
            id=id,
            mandatory=mandatory,
            multiple=multiple,
            name=name,
            observed=observed,
            operations=operations,
            range_enumeration=range_enumeration,
            type_=type_,
            units=units,
            value=value,
            values=values,
        )

        resource_instance.additional_properties = d
        return resource_instance

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
from ..models.resource_instance_value import ResourceInstanceValue  # noqa: E402
from ..models.resource_instance_values import ResourceInstanceValues  # noqa: E402
