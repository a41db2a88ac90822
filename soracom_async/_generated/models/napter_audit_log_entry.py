from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.napter_audit_log_entry_type import NapterAuditLogEntryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.napter_audit_log_direction import NapterAuditLogDirection


T = TypeVar("T", bound="NapterAuditLogEntry")


@_attrs_define
class NapterAuditLogEntry:
    """
    Attributes:
        connection_id (str | Unset):
        created_at (int | Unset):
        direction (NapterAuditLogDirection | Unset):
        imsi (str | Unset):
        operator_id (str | Unset):
        tls (bool | Unset):
        type_ (NapterAuditLogEntryType | Unset):
    """

    connection_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    direction: NapterAuditLogDirection | Unset = UNSET
    imsi: str | Unset = UNSET
    operator_id: str | Unset = UNSET
    tls: bool | Unset = UNSET
    type_: NapterAuditLogEntryType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        created_at = self.created_at

        direction: dict[str, Any] | Unset = UNSET
        if self.direction is not UNSET:
            direction = self.direction.to_dict()

        imsi = self.imsi

        operator_id = self.operator_id

        tls = self.tls

        type_: str | Unset = UNSET
        if self.type_ is not UNSET:
            type_ = self.type_.value

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
        d = dict(src_dict)
        connection_id = d.pop("connectionId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: NapterAuditLogDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = NapterAuditLogDirection.from_dict(_direction)

        imsi = d.pop("imsi", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        tls = d.pop("tls", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NapterAuditLogEntryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = NapterAuditLogEntryType(_type_)

        napter_audit_log_entry = cls(
            connection_id=connection_id,
            created_at=created_at,
            direction=direction,
            imsi=imsi,
            operator_id=operator_id,
            tls=tls,
            type_=type_,
        )

        napter_audit_log_entry.additional_properties = d
        return napter_audit_log_entry

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
