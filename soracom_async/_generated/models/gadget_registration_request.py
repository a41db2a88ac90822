from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.gadget_registration_request_tags import GadgetRegistrationRequestTags


T = TypeVar("T", bound="GadgetRegistrationRequest")


@_attrs_define(init=False, repr=False, eq=False)
class GadgetRegistrationRequest:
    """
    Attributes:
        tags (GadgetRegistrationRequestTags | None | Unset): Tags.
    """

    tags: GadgetRegistrationRequestTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        tags: GadgetRegistrationRequestTags | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.tags = as_model(
            tags, GadgetRegistrationRequestTags, "GadgetRegistrationRequest", "tags"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, GadgetRegistrationRequest
        ):
            return NotImplemented
        return (
            self.tags,
            self.additional_properties,
        ) == (
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _tags = d.pop("tags", UNSET)
        tags: GadgetRegistrationRequestTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_GadgetRegistrationRequestTags(_tags)

        _self = cls.__new__(cls)
        _self.tags = tags
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
from ..models.gadget_registration_request_tags import GadgetRegistrationRequestTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_GadgetRegistrationRequestTags = GadgetRegistrationRequestTags.from_dict
