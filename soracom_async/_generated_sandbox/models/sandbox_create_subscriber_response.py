from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.tag_set import TagSet


T = TypeVar("T", bound="SandboxCreateSubscriberResponse")


@_attrs_define(init=False, repr=False, eq=False)
class SandboxCreateSubscriberResponse:
    """
    Attributes:
        apn (str | None | Unset):
        created_at (int | None | Unset):
        expiry_time (int | None | Unset):
        imsi (str | None | Unset):
        ip_address (str | None | Unset):
        last_modified_at (int | None | Unset):
        msisdn (str | None | Unset):
        operator_id (str | None | Unset):
        registration_secret (str | None | Unset):
        serial_number (str | None | Unset):
        speed_class (str | None | Unset):
        status (str | None | Unset):
        subscription (str | None | Unset):
        tags (TagSet | None | Unset):
    """

    apn: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    expiry_time: int | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    last_modified_at: int | None | Unset = UNSET
    msisdn: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    registration_secret: str | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    tags: TagSet | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        apn: str | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        expiry_time: int | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        last_modified_at: int | None | Unset = UNSET,
        msisdn: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        registration_secret: str | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.apn = apn
        self.created_at = created_at
        self.expiry_time = expiry_time
        self.imsi = imsi
        self.ip_address = ip_address
        self.last_modified_at = last_modified_at
        self.msisdn = msisdn
        self.operator_id = operator_id
        self.registration_secret = registration_secret
        self.serial_number = serial_number
        self.speed_class = speed_class
        self.status = status
        self.subscription = subscription
        self.tags = as_model(tags, TagSet, "SandboxCreateSubscriberResponse", "tags")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"apn={self.apn!r}, "
            f"created_at={self.created_at!r}, "
            f"expiry_time={self.expiry_time!r}, "
            f"imsi={self.imsi!r}, "
            f"ip_address={self.ip_address!r}, "
            f"last_modified_at={self.last_modified_at!r}, "
            f"msisdn={self.msisdn!r}, "
            f"operator_id={self.operator_id!r}, "
            f"registration_secret={self.registration_secret!r}, "
            f"serial_number={self.serial_number!r}, "
            f"speed_class={self.speed_class!r}, "
            f"status={self.status!r}, "
            f"subscription={self.subscription!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SandboxCreateSubscriberResponse
        ):
            return NotImplemented
        return (
            self.apn,
            self.created_at,
            self.expiry_time,
            self.imsi,
            self.ip_address,
            self.last_modified_at,
            self.msisdn,
            self.operator_id,
            self.registration_secret,
            self.serial_number,
            self.speed_class,
            self.status,
            self.subscription,
            self.tags,
            self.additional_properties,
        ) == (
            other.apn,
            other.created_at,
            other.expiry_time,
            other.imsi,
            other.ip_address,
            other.last_modified_at,
            other.msisdn,
            other.operator_id,
            other.registration_secret,
            other.serial_number,
            other.speed_class,
            other.status,
            other.subscription,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        apn = self.apn

        created_at = self.created_at

        expiry_time = self.expiry_time

        imsi = self.imsi

        ip_address = self.ip_address

        last_modified_at = self.last_modified_at

        msisdn = self.msisdn

        operator_id = self.operator_id

        registration_secret = self.registration_secret

        serial_number = self.serial_number

        speed_class = self.speed_class

        status = self.status

        subscription = self.subscription

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apn is not UNSET:
            field_dict["apn"] = apn
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if last_modified_at is not UNSET:
            field_dict["lastModifiedAt"] = last_modified_at
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if registration_secret is not UNSET:
            field_dict["registrationSecret"] = registration_secret
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if status is not UNSET:
            field_dict["status"] = status
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        apn = d.pop("apn", UNSET)

        created_at = d.pop("createdAt", UNSET)

        expiry_time = d.pop("expiryTime", UNSET)

        imsi = d.pop("imsi", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        last_modified_at = d.pop("lastModifiedAt", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        registration_secret = d.pop("registrationSecret", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        status = d.pop("status", UNSET)

        subscription = d.pop("subscription", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        _self = cls.__new__(cls)
        _self.apn = apn
        _self.created_at = created_at
        _self.expiry_time = expiry_time
        _self.imsi = imsi
        _self.ip_address = ip_address
        _self.last_modified_at = last_modified_at
        _self.msisdn = msisdn
        _self.operator_id = operator_id
        _self.registration_secret = registration_secret
        _self.serial_number = serial_number
        _self.speed_class = speed_class
        _self.status = status
        _self.subscription = subscription
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
