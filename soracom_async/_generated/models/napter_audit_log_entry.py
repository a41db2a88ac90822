from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.napter_audit_log_entry_type import NapterAuditLogEntryType
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.napter_audit_log_direction import NapterAuditLogDirection


T = TypeVar("T", bound="NapterAuditLogEntry")


@_attrs_define(init=False, repr=False, eq=False)
class NapterAuditLogEntry:
    """
    Attributes:
        connection_id (str | None | Unset):
        created_at (int | None | Unset):
        direction (NapterAuditLogDirection | None | Unset):
        imsi (str | None | Unset):
        operator_id (str | None | Unset):
        tls (bool | None | Unset):
        type_ (NapterAuditLogEntryType | None | Unset):
    """

    connection_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    direction: NapterAuditLogDirection | None | Unset = UNSET
    imsi: str | None | Unset = UNSET
    operator_id: str | None | Unset = UNSET
    tls: bool | None | Unset = UNSET
    type_: NapterAuditLogEntryType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        connection_id: str | None | Unset = UNSET,
        created_at: int | None | Unset = UNSET,
        direction: NapterAuditLogDirection | Mapping[str, Any] | None | Unset = UNSET,
        imsi: str | None | Unset = UNSET,
        operator_id: str | None | Unset = UNSET,
        tls: bool | None | Unset = UNSET,
        type_: NapterAuditLogEntryType
        | Literal[
            "ACCESS", "DENIED", "CONNECTED", "CLOSED", "REFUSED", "CREATED", "DELETED", "EXPIRED"
        ]
        | None
        | Unset = UNSET,
    ) -> None:
        self.connection_id = connection_id
        self.created_at = created_at
        self.direction = as_model(
            direction, NapterAuditLogDirection, "NapterAuditLogEntry", "direction"
        )
        self.imsi = imsi
        self.operator_id = operator_id
        self.tls = tls
        self.type_ = as_enum(type_, NapterAuditLogEntryType, "NapterAuditLogEntry", "type_")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"connection_id={self.connection_id!r}, "
            f"created_at={self.created_at!r}, "
            f"direction={self.direction!r}, "
            f"imsi={self.imsi!r}, "
            f"operator_id={self.operator_id!r}, "
            f"tls={self.tls!r}, "
            f"type_={self.type_!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, NapterAuditLogEntry):
            return NotImplemented
        return (
            self.connection_id,
            self.created_at,
            self.direction,
            self.imsi,
            self.operator_id,
            self.tls,
            self.type_,
            self.additional_properties,
        ) == (
            other.connection_id,
            other.created_at,
            other.direction,
            other.imsi,
            other.operator_id,
            other.tls,
            other.type_,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        created_at = self.created_at

        direction: dict[str, Any] | None | Unset
        if self.direction is None or self.direction is UNSET:
            direction = self.direction
        else:
            direction = self.direction.to_dict()

        imsi = self.imsi

        operator_id = self.operator_id

        tls = self.tls

        type_: str | None | Unset
        if self.type_ is None or self.type_ is UNSET:
            type_ = self.type_
        else:
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if direction is not UNSET:
            field_dict["direction"] = direction
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if tls is not UNSET:
            field_dict["tls"] = tls
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        connection_id = d.pop("connectionId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: NapterAuditLogDirection | None | Unset
        if _direction is None or _direction is UNSET:
            direction = _direction
        else:
            direction = _from_dict_NapterAuditLogDirection(_direction)

        imsi = d.pop("imsi", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        tls = d.pop("tls", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NapterAuditLogEntryType | None | Unset
        if _type_ is None or _type_ is UNSET:
            type_ = _type_
        else:
            try:
                type_ = _by_value_NapterAuditLogEntryType[_type_]
            except (KeyError, TypeError):
                type_ = NapterAuditLogEntryType(_type_)

        _self = cls.__new__(cls)
        _self.connection_id = connection_id
        _self.created_at = created_at
        _self.direction = direction
        _self.imsi = imsi
        _self.operator_id = operator_id
        _self.tls = tls
        _self.type_ = type_
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
from ..models.napter_audit_log_direction import NapterAuditLogDirection  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_NapterAuditLogEntryType = NapterAuditLogEntryType._value2member_map_
_from_dict_NapterAuditLogDirection = NapterAuditLogDirection.from_dict
