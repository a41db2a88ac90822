from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resource_instance_operations import ResourceInstanceOperations
from ..models.resource_instance_type import ResourceInstanceType
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.resource_instance_value import ResourceInstanceValue
    from ..models.resource_instance_values import ResourceInstanceValues


T = TypeVar("T", bound="ResourceInstance")


@_attrs_define(init=False, repr=False, eq=False)
class ResourceInstance:
    """
    Attributes:
        description (str | None | Unset):
        id (int | None | Unset):
        mandatory (bool | None | Unset):  Default: False.
        multiple (bool | None | Unset):  Default: False.
        name (str | None | Unset):
        observed (bool | None | Unset):  Default: False.
        operations (ResourceInstanceOperations | None | Unset):
        range_enumeration (str | None | Unset):
        type_ (ResourceInstanceType | None | Unset):
        units (str | None | Unset):
        value (ResourceInstanceValue | None | Unset):
        values (ResourceInstanceValues | None | Unset):
    """

    description: str | None | Unset = UNSET
    id: int | None | Unset = UNSET
    mandatory: bool | None | Unset = False
    multiple: bool | None | Unset = False
    name: str | None | Unset = UNSET
    observed: bool | None | Unset = False
    operations: ResourceInstanceOperations | None | Unset = UNSET
    range_enumeration: str | None | Unset = UNSET
    type_: ResourceInstanceType | None | Unset = UNSET
    units: str | None | Unset = UNSET
    value: ResourceInstanceValue | None | Unset = UNSET
    values: ResourceInstanceValues | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        description: str | None | Unset = UNSET,
        id: int | None | Unset = UNSET,
        mandatory: bool | None | Unset = False,
        multiple: bool | None | Unset = False,
        name: str | None | Unset = UNSET,
        observed: bool | None | Unset = False,
        operations: ResourceInstanceOperations
        | Literal["NONE", "R", "W", "RW", "E", "RE", "WE", "RWE"]
        | None
        | Unset = UNSET,
        range_enumeration: str | None | Unset = UNSET,
        type_: ResourceInstanceType
        | Literal["STRING", "INTEGER", "FLOAT", "BOOLEAN", "OPAQUE", "TIME", "OBJLNK"]
        | None
        | Unset = UNSET,
        units: str | None | Unset = UNSET,
        value: ResourceInstanceValue | Mapping[str, Any] | None | Unset = UNSET,
        values: ResourceInstanceValues | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.description = description
        self.id = id
        self.mandatory = mandatory
        self.multiple = multiple
        self.name = name
        self.observed = observed
        self.operations = as_enum(
            operations, ResourceInstanceOperations, "ResourceInstance", "operations"
        )
        self.range_enumeration = range_enumeration
        self.type_ = as_enum(type_, ResourceInstanceType, "ResourceInstance", "type_")
        self.units = units
        self.value = as_model(value, ResourceInstanceValue, "ResourceInstance", "value")
        self.values = as_model(values, ResourceInstanceValues, "ResourceInstance", "values")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"description={self.description!r}, "
            f"id={self.id!r}, "
            f"mandatory={self.mandatory!r}, "
            f"multiple={self.multiple!r}, "
            f"name={self.name!r}, "
            f"observed={self.observed!r}, "
            f"operations={self.operations!r}, "
            f"range_enumeration={self.range_enumeration!r}, "
            f"type_={self.type_!r}, "
            f"units={self.units!r}, "
            f"value={self.value!r}, "
            f"values={self.values!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ResourceInstance):
            return NotImplemented
        return (
            self.description,
            self.id,
            self.mandatory,
            self.multiple,
            self.name,
            self.observed,
            self.operations,
            self.range_enumeration,
            self.type_,
            self.units,
            self.value,
            self.values,
            self.additional_properties,
        ) == (
            other.description,
            other.id,
            other.mandatory,
            other.multiple,
            other.name,
            other.observed,
            other.operations,
            other.range_enumeration,
            other.type_,
            other.units,
            other.value,
            other.values,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        mandatory = self.mandatory

        multiple = self.multiple

        name = self.name

        observed = self.observed

        operations: str | None | Unset
        if self.operations is None or self.operations is UNSET:
            operations = self.operations
        else:
            operations = str(self.operations)

        range_enumeration = self.range_enumeration

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        units = self.units

        value: dict[str, Any] | None | Unset
        if self.value is None or self.value is UNSET:
            value = self.value
        else:
            value = self.value.to_dict()

        values: dict[str, Any] | None | Unset
        if self.values is None or self.values is UNSET:
            values = self.values
        else:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        multiple = d.pop("multiple", UNSET)

        name = d.pop("name", UNSET)

        observed = d.pop("observed", UNSET)

        _operations = d.pop("operations", UNSET)
        operations: ResourceInstanceOperations | None | Unset
        if _operations is None or _operations is UNSET:
            operations = _operations
        else:
            try:
                operations = _by_value_ResourceInstanceOperations[_operations]
            except (KeyError, TypeError):
                operations = ResourceInstanceOperations(_operations)

        range_enumeration = d.pop("rangeEnumeration", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ResourceInstanceType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_ResourceInstanceType[_type_]
            except (KeyError, TypeError):
                type_ = ResourceInstanceType(_type_)

        units = d.pop("units", UNSET)

        _value = d.pop("value", UNSET)
        value: ResourceInstanceValue | None | Unset
        if _value is None or _value is UNSET:
            value = _value
        else:
            value = _from_dict_ResourceInstanceValue(_value)

        _values = d.pop("values", UNSET)
        values: ResourceInstanceValues | None | Unset
        if _values is None or _values is UNSET:
            values = _values
        else:
            values = _from_dict_ResourceInstanceValues(_values)

        _self = cls.__new__(cls)
        _self.description = description
        _self.id = id
        _self.mandatory = mandatory
        _self.multiple = multiple
        _self.name = name
        _self.observed = observed
        _self.operations = operations
        _self.range_enumeration = range_enumeration
        _self.type_ = type_
        _self.units = units
        _self.value = value
        _self.values = values
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
from ..models.resource_instance_value import ResourceInstanceValue  # noqa: E402
from ..models.resource_instance_values import ResourceInstanceValues  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_ResourceInstanceOperations = ResourceInstanceOperations._value2member_map_
_by_value_ResourceInstanceType = ResourceInstanceType._value2member_map_
_from_dict_ResourceInstanceValue = ResourceInstanceValue.from_dict
_from_dict_ResourceInstanceValues = ResourceInstanceValues.from_dict
