from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gadget_product_id import GadgetProductId
from ..models.gadget_status import GadgetStatus
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.gadget_attributes import GadgetAttributes
    from ..models.gadget_tags import GadgetTags


T = TypeVar("T", bound="Gadget")


@_attrs_define(init=False, repr=False, eq=False)
class Gadget:
    """
    Attributes:
        serial_number (str): Serial Number of the target Gadget API compatible device.
        attributes (GadgetAttributes | None | Unset):
        created_time (int | None | Unset): UNIX time (in milliseconds) that the Gadget API compatible device was
            registered.
        id (str | None | Unset): ID of the Gadget API compatible device.
        last_modified_time (int | None | Unset): UNIX time (in milliseconds) that the Gadget API compatible device
            information was changed.
        operator_id (str | None | Unset): Operator ID with which the Gadget API compatible device is registered.
        product_id (GadgetProductId | None | Unset): Product ID of the target Gadget API compatible device.

            - `wimax`: Soracom Cloud Camera Services Cellular Pack.
        status (GadgetStatus | None | Unset): Contract status of the Gadget API compatible device.

            - `active`: In use.
            - `terminated`: Cancelled.
        tags (GadgetTags | None | Unset): Tags.
        terminated_time (int | None | Unset): The cancellation date and time of the Gadget API compatible device. If not
            cancelled, `null`.
        termination_enabled (bool | None | Unset): Termination protection for Gadget API compatible device.

            - `true`: OFF (can be cancelled)
            - `false`: ON (cannot cancel)
             Default: False.
    """

    serial_number: str
    attributes: GadgetAttributes | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    product_id: GadgetProductId | None | Unset = UNSET
    status: GadgetStatus | None | Unset = UNSET
    tags: GadgetTags | None | Unset = UNSET
    terminated_time: int | None | Unset = UNSET
    termination_enabled: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        serial_number: str,
        attributes: GadgetAttributes | Mapping[str, Any] | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        product_id: GadgetProductId | Literal["button", "wimax"] | None | Unset = UNSET,
        status: GadgetStatus | Literal["active", "terminated"] | None | Unset = UNSET,
        tags: GadgetTags | Mapping[str, Any] | None | Unset = UNSET,
        terminated_time: int | None | Unset = UNSET,
        termination_enabled: bool | None | Unset = False,
    ) -> None:
        self.serial_number = serial_number
        self.attributes = as_model(attributes, GadgetAttributes, "Gadget", "attributes")
        self.created_time = created_time
        self.id = id
        self.last_modified_time = last_modified_time
        self.operator_id = operator_id
        self.product_id = as_enum(product_id, GadgetProductId, "Gadget", "product_id")
        self.status = as_enum(status, GadgetStatus, "Gadget", "status")
        self.tags = as_model(tags, GadgetTags, "Gadget", "tags")
        self.terminated_time = terminated_time
        self.termination_enabled = termination_enabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"serial_number={self.serial_number!r}, "
            f"attributes={self.attributes!r}, "
            f"created_time={self.created_time!r}, "
            f"id={self.id!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"operator_id={self.operator_id!r}, "
            f"product_id={self.product_id!r}, "
            f"status={self.status!r}, "
            f"tags={self.tags!r}, "
            f"terminated_time={self.terminated_time!r}, "
            f"termination_enabled={self.termination_enabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Gadget):
            return NotImplemented
        return (
            self.serial_number,
            self.attributes,
            self.created_time,
            self.id,
            self.last_modified_time,
            self.operator_id,
            self.product_id,
            self.status,
            self.tags,
            self.terminated_time,
            self.termination_enabled,
            self.additional_properties,
        ) == (
            other.serial_number,
            other.attributes,
            other.created_time,
            other.id,
            other.last_modified_time,
            other.operator_id,
            other.product_id,
            other.status,
            other.tags,
            other.terminated_time,
            other.termination_enabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        serial_number = self.serial_number

        attributes: dict[str, Any] | None | Unset
        if self.attributes is None or self.attributes is UNSET:
            attributes = self.attributes
        else:
            attributes = self.attributes.to_dict()

        created_time = self.created_time

        id = self.id

        last_modified_time = self.last_modified_time

        operator_id = self.operator_id

        product_id: str | None | Unset
        if self.product_id is None or self.product_id is UNSET:
            product_id = self.product_id
        else:
            product_id = str(self.product_id)

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        terminated_time = self.terminated_time

        termination_enabled = self.termination_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serialNumber": serial_number,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if id is not UNSET:
            field_dict["id"] = id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if terminated_time is not UNSET:
            field_dict["terminatedTime"] = terminated_time
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_serial_number = d.pop("serialNumber", None)
        if _required_serial_number is None:
            raise missing_field(cls.__name__, "serialNumber")
        serial_number = _required_serial_number

        _attributes = d.pop("attributes", UNSET)
        attributes: GadgetAttributes | None | Unset
        if _attributes is None or _attributes is UNSET:
            attributes = _attributes
        else:
            attributes = _from_dict_GadgetAttributes(_attributes)

        created_time = d.pop("createdTime", UNSET)

        id = d.pop("id", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        _product_id = d.pop("productId", UNSET)
        product_id: GadgetProductId | None | Unset
        if _product_id is None or _product_id is UNSET:
            product_id = _product_id
        else:
            try:
                product_id = _by_value_GadgetProductId[_product_id]
            except (KeyError, TypeError):
                product_id = GadgetProductId(_product_id)

        _status = d.pop("status", UNSET)
        status: GadgetStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_GadgetStatus[_status]
            except (KeyError, TypeError):
                status = GadgetStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: GadgetTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_GadgetTags(_tags)

        terminated_time = d.pop("terminatedTime", UNSET)

        termination_enabled = d.pop("terminationEnabled", UNSET)

        _self = cls.__new__(cls)
        _self.serial_number = serial_number
        _self.attributes = attributes
        _self.created_time = created_time
        _self.id = id
        _self.last_modified_time = last_modified_time
        _self.operator_id = operator_id
        _self.product_id = product_id
        _self.status = status
        _self.tags = tags
        _self.terminated_time = terminated_time
        _self.termination_enabled = termination_enabled
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
from ..models.gadget_attributes import GadgetAttributes  # noqa: E402
from ..models.gadget_tags import GadgetTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_GadgetProductId = GadgetProductId._value2member_map_
_by_value_GadgetStatus = GadgetStatus._value2member_map_
_from_dict_GadgetAttributes = GadgetAttributes.from_dict
_from_dict_GadgetTags = GadgetTags.from_dict
