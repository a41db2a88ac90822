from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sigfox_registration_request_tags import SigfoxRegistrationRequestTags


T = TypeVar("T", bound="SigfoxRegistrationRequest")


@_attrs_define(init=False, repr=False, eq=False)
class SigfoxRegistrationRequest:
    """
    Attributes:
        product_certification_id (str | None | Unset):
        registration_secret (str | None | Unset):
        tags (SigfoxRegistrationRequestTags | None | Unset):
    """

    product_certification_id: str | None | Unset = UNSET
    registration_secret: str | None | Unset = UNSET
    tags: SigfoxRegistrationRequestTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        product_certification_id: str | None | Unset = UNSET,
        registration_secret: str | None | Unset = UNSET,
        tags: SigfoxRegistrationRequestTags | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.product_certification_id = product_certification_id
        self.registration_secret = registration_secret
        self.tags = as_model(
            tags, SigfoxRegistrationRequestTags, "SigfoxRegistrationRequest", "tags"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"product_certification_id={self.product_certification_id!r}, "
            f"registration_secret={self.registration_secret!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SigfoxRegistrationRequest
        ):
            return NotImplemented
        return (
            self.product_certification_id,
            self.registration_secret,
            self.tags,
            self.additional_properties,
        ) == (
            other.product_certification_id,
            other.registration_secret,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        product_certification_id = self.product_certification_id

        registration_secret = self.registration_secret

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_certification_id is not UNSET:
            field_dict["productCertificationId"] = product_certification_id
        if registration_secret is not UNSET:
            field_dict["registrationSecret"] = registration_secret
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        product_certification_id = d.pop("productCertificationId", UNSET)

        registration_secret = d.pop("registrationSecret", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: SigfoxRegistrationRequestTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_SigfoxRegistrationRequestTags(_tags)

        _self = cls.__new__(cls)
        _self.product_certification_id = product_certification_id
        _self.registration_secret = registration_secret
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
from ..models.sigfox_registration_request_tags import SigfoxRegistrationRequestTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SigfoxRegistrationRequestTags = SigfoxRegistrationRequestTags.from_dict
