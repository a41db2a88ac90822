from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    as_model,
    parse_datetime,
    wrong_shape,
)

if TYPE_CHECKING:
    from ..models.device_objects import DeviceObjects
    from ..models.device_tags import DeviceTags


T = TypeVar("T", bound="Device")


@_attrs_define(init=False, repr=False, eq=False)
class Device:
    """
    Attributes:
        device_id (str | None | Unset):
        endpoint (str | None | Unset):
        firmware_version (str | None | Unset):
        group_id (str | None | Unset):
        ip_address (str | None | Unset):
        last_modified_time (datetime.datetime | None | Unset):
        last_registration_update (datetime.datetime | None | Unset):
        manufacturer (str | None | Unset):
        model_number (str | None | Unset):
        objects (DeviceObjects | None | Unset):
        online (bool | None | Unset):  Default: False.
        operator_id (str | None | Unset):
        registration_id (str | None | Unset):
        registration_life_time (int | None | Unset):
        serial_number (str | None | Unset):
        tags (DeviceTags | None | Unset):
    """

    device_id: str | None | Unset = UNSET
    endpoint: str | None | Unset = UNSET
    firmware_version: str | None | Unset = UNSET
    group_id: str | None | Unset = UNSET
    ip_address: str | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    last_registration_update: datetime.datetime | None | Unset = UNSET
    manufacturer: str | None | Unset = UNSET
    model_number: str | None | Unset = UNSET
    objects: DeviceObjects | None | Unset = UNSET
    online: bool | None | Unset = False
    operator_id: str | None | Unset = UNSET
    registration_id: str | None | Unset = UNSET
    registration_life_time: int | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    tags: DeviceTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str | None | Unset = UNSET,
        endpoint: str | None | Unset = UNSET,
        firmware_version: str | None | Unset = UNSET,
        group_id: str | None | Unset = UNSET,
        ip_address: str | None | Unset = UNSET,
        last_modified_time: datetime.datetime | None | Unset = UNSET,
        last_registration_update: datetime.datetime | None | Unset = UNSET,
        manufacturer: str | None | Unset = UNSET,
        model_number: str | None | Unset = UNSET,
        objects: DeviceObjects | Mapping[str, Any] | None | Unset = UNSET,
        online: bool | None | Unset = False,
        operator_id: str | None | Unset = UNSET,
        registration_id: str | None | Unset = UNSET,
        registration_life_time: int | None | Unset = UNSET,
        serial_number: str | None | Unset = UNSET,
        tags: DeviceTags | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.device_id = device_id
        self.endpoint = endpoint
        self.firmware_version = firmware_version
        self.group_id = group_id
        self.ip_address = ip_address
        self.last_modified_time = last_modified_time
        self.last_registration_update = last_registration_update
        self.manufacturer = manufacturer
        self.model_number = model_number
        self.objects = as_model(objects, DeviceObjects, "Device", "objects")
        self.online = online
        self.operator_id = operator_id
        self.registration_id = registration_id
        self.registration_life_time = registration_life_time
        self.serial_number = serial_number
        self.tags = as_model(tags, DeviceTags, "Device", "tags")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"endpoint={self.endpoint!r}, "
            f"firmware_version={self.firmware_version!r}, "
            f"group_id={self.group_id!r}, "
            f"ip_address={self.ip_address!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"last_registration_update={self.last_registration_update!r}, "
            f"manufacturer={self.manufacturer!r}, "
            f"model_number={self.model_number!r}, "
            f"objects={self.objects!r}, "
            f"online={self.online!r}, "
            f"operator_id={self.operator_id!r}, "
            f"registration_id={self.registration_id!r}, "
            f"registration_life_time={self.registration_life_time!r}, "
            f"serial_number={self.serial_number!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Device):
            return NotImplemented
        return (
            self.device_id,
            self.endpoint,
            self.firmware_version,
            self.group_id,
            self.ip_address,
            self.last_modified_time,
            self.last_registration_update,
            self.manufacturer,
            self.model_number,
            self.objects,
            self.online,
            self.operator_id,
            self.registration_id,
            self.registration_life_time,
            self.serial_number,
            self.tags,
            self.additional_properties,
        ) == (
            other.device_id,
            other.endpoint,
            other.firmware_version,
            other.group_id,
            other.ip_address,
            other.last_modified_time,
            other.last_registration_update,
            other.manufacturer,
            other.model_number,
            other.objects,
            other.online,
            other.operator_id,
            other.registration_id,
            other.registration_life_time,
            other.serial_number,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        endpoint = self.endpoint

        firmware_version = self.firmware_version

        group_id = self.group_id

        ip_address = self.ip_address

        last_modified_time: str | None | Unset
        if self.last_modified_time is None or self.last_modified_time is UNSET:
            last_modified_time = self.last_modified_time
        else:
            last_modified_time = self.last_modified_time.isoformat()

        last_registration_update: str | None | Unset
        if self.last_registration_update is None or self.last_registration_update is UNSET:
            last_registration_update = self.last_registration_update
        else:
            last_registration_update = self.last_registration_update.isoformat()

        manufacturer = self.manufacturer

        model_number = self.model_number

        objects: dict[str, Any] | None | Unset
        if self.objects is None or self.objects is UNSET:
            objects = self.objects
        else:
            objects = self.objects.to_dict()

        online = self.online

        operator_id = self.operator_id

        registration_id = self.registration_id

        registration_life_time = self.registration_life_time

        serial_number = self.serial_number

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if firmware_version is not UNSET:
            field_dict["firmwareVersion"] = firmware_version
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if last_registration_update is not UNSET:
            field_dict["lastRegistrationUpdate"] = last_registration_update
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model_number is not UNSET:
            field_dict["modelNumber"] = model_number
        if objects is not UNSET:
            field_dict["objects"] = objects
        if online is not UNSET:
            field_dict["online"] = online
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if registration_life_time is not UNSET:
            field_dict["registrationLifeTime"] = registration_life_time
        if serial_number is not UNSET:
            field_dict["serialNumber"] = serial_number
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        device_id = d.pop("device_id", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        firmware_version = d.pop("firmwareVersion", UNSET)

        group_id = d.pop("groupId", UNSET)

        ip_address = d.pop("ipAddress", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | None | Unset
        if _last_modified_time is None or _last_modified_time is UNSET:
            last_modified_time = _last_modified_time
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        _last_registration_update = d.pop("lastRegistrationUpdate", UNSET)
        last_registration_update: datetime.datetime | None | Unset
        if _last_registration_update is None or _last_registration_update is UNSET:
            last_registration_update = _last_registration_update
        else:
            last_registration_update = parse_datetime(_last_registration_update)

        manufacturer = d.pop("manufacturer", UNSET)

        model_number = d.pop("modelNumber", UNSET)

        _objects = d.pop("objects", UNSET)
        objects: DeviceObjects | None | Unset
        if _objects is None or _objects is UNSET:
            objects = _objects
        else:
            objects = _from_dict_DeviceObjects(_objects)

        online = d.pop("online", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        registration_id = d.pop("registrationId", UNSET)

        registration_life_time = d.pop("registrationLifeTime", UNSET)

        serial_number = d.pop("serialNumber", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: DeviceTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_DeviceTags(_tags)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.endpoint = endpoint
        _self.firmware_version = firmware_version
        _self.group_id = group_id
        _self.ip_address = ip_address
        _self.last_modified_time = last_modified_time
        _self.last_registration_update = last_registration_update
        _self.manufacturer = manufacturer
        _self.model_number = model_number
        _self.objects = objects
        _self.online = online
        _self.operator_id = operator_id
        _self.registration_id = registration_id
        _self.registration_life_time = registration_life_time
        _self.serial_number = serial_number
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
from ..models.device_objects import DeviceObjects  # noqa: E402
from ..models.device_tags import DeviceTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_DeviceObjects = DeviceObjects.from_dict
_from_dict_DeviceTags = DeviceTags.from_dict
