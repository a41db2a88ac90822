from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.object_instance_resources import ObjectInstanceResources


T = TypeVar("T", bound="ObjectInstance")


@_attrs_define(init=False, repr=False, eq=False)
class ObjectInstance:
    """
    Attributes:
        id (int | None | Unset):
        observed (bool | None | Unset):  Default: False.
        resources (ObjectInstanceResources | None | Unset):
    """

    id: int | None | Unset = UNSET
    observed: bool | None | Unset = False
    resources: ObjectInstanceResources | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        id: int | None | Unset = UNSET,
        observed: bool | None | Unset = False,
        resources: ObjectInstanceResources | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.observed = observed
        self.resources = as_model(resources, ObjectInstanceResources, "ObjectInstance", "resources")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"id={self.id!r}, "
            f"observed={self.observed!r}, "
            f"resources={self.resources!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ObjectInstance):
            return NotImplemented
        return (
            self.id,
            self.observed,
            self.resources,
            self.additional_properties,
        ) == (
            other.id,
            other.observed,
            other.resources,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        observed = self.observed

        resources: dict[str, Any] | None | Unset
        if self.resources is None or self.resources is UNSET:
            resources = self.resources
        else:
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if observed is not UNSET:
            field_dict["observed"] = observed
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        observed = d.pop("observed", UNSET)

        _resources = d.pop("resources", UNSET)
        resources: ObjectInstanceResources | None | Unset
        if _resources is None or _resources is UNSET:
            resources = _resources
        else:
            resources = _from_dict_ObjectInstanceResources(_resources)

        _self = cls.__new__(cls)
        _self.id = id
        _self.observed = observed
        _self.resources = resources
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
from ..models.object_instance_resources import ObjectInstanceResources  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_ObjectInstanceResources = ObjectInstanceResources.from_dict
