from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.tag_set import TagSet


T = TypeVar("T", bound="RegisterSubscribersRequest")


@_attrs_define(init=False, repr=False, eq=False)
class RegisterSubscribersRequest:
    """
    Attributes:
        registration_secret (str): PUK or PASSCODE for SIM.
        group_id (str | None | Unset):
        tags (TagSet | None | Unset): An object which always contains at least one property "name" with a string value.
            If you give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
    """

    registration_secret: str
    group_id: str | None | Unset = UNSET
    tags: TagSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        registration_secret: str,
        group_id: str | None | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.registration_secret = registration_secret
        self.group_id = group_id
        self.tags = as_model(tags, TagSet, "RegisterSubscribersRequest", "tags")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"registration_secret={self.registration_secret!r}, "
            f"group_id={self.group_id!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, RegisterSubscribersRequest
        ):
            return NotImplemented
        return (
            self.registration_secret,
            self.group_id,
            self.tags,
            self.additional_properties,
        ) == (
            other.registration_secret,
            other.group_id,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        registration_secret = self.registration_secret

        group_id = self.group_id

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "registrationSecret": registration_secret,
            }
        )
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_registration_secret = d.pop("registrationSecret", None)
        if _required_registration_secret is None:
            raise missing_field(cls.__name__, "registrationSecret")
        registration_secret = _required_registration_secret

        group_id = d.pop("groupId", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        _self = cls.__new__(cls)
        _self.registration_secret = registration_secret
        _self.group_id = group_id
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
from ..models.tag_set import TagSet  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_TagSet = TagSet.from_dict
