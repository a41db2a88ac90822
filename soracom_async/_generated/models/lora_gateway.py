from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lora_gateway_status import LoraGatewayStatus
from ..types import (
    UNSET,
    Unset,
    as_enum,
    as_model,
    missing_field,
    parse_datetime,
    wrong_shape,
)

if TYPE_CHECKING:
    from ..models.lora_gateway_tags import LoraGatewayTags


T = TypeVar("T", bound="LoraGateway")


@_attrs_define(init=False, repr=False, eq=False)
class LoraGateway:
    """
    Attributes:
        gateway_id (str):
        address (str | None | Unset):
        created_time (datetime.datetime | None | Unset):
        last_modified_time (datetime.datetime | None | Unset):
        network_set_id (str | None | Unset):
        online (bool | None | Unset):  Default: False.
        operator_id (str | None | Unset):
        owned (bool | None | Unset):  Default: False.
        status (LoraGatewayStatus | None | Unset):
        tags (LoraGatewayTags | None | Unset):
        termination_enabled (bool | None | Unset):  Default: False.
    """

    gateway_id: str
    address: str | None | Unset = UNSET
    created_time: datetime.datetime | None | Unset = UNSET
    last_modified_time: datetime.datetime | None | Unset = UNSET
    network_set_id: str | None | Unset = UNSET
    online: bool | None | Unset = False
    operator_id: str | None | Unset = UNSET
    owned: bool | None | Unset = False
    status: LoraGatewayStatus | None | Unset = UNSET
    tags: LoraGatewayTags | None | Unset = UNSET
    termination_enabled: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        gateway_id: str,
        address: str | None | Unset = UNSET,
        created_time: datetime.datetime | None | Unset = UNSET,
        last_modified_time: datetime.datetime | None | Unset = UNSET,
        network_set_id: str | None | Unset = UNSET,
        online: bool | None | Unset = False,
        operator_id: str | None | Unset = UNSET,
        owned: bool | None | Unset = False,
        status: LoraGatewayStatus
        | Literal["active", "terminated", "ready", "instock"]
        | None
        | Unset = UNSET,
        tags: LoraGatewayTags | Mapping[str, Any] | None | Unset = UNSET,
        termination_enabled: bool | None | Unset = False,
    ) -> None:
        self.gateway_id = gateway_id
        self.address = address
        self.created_time = created_time
        self.last_modified_time = last_modified_time
        self.network_set_id = network_set_id
        self.online = online
        self.operator_id = operator_id
        self.owned = owned
        self.status = as_enum(status, LoraGatewayStatus, "LoraGateway", "status")
        self.tags = as_model(tags, LoraGatewayTags, "LoraGateway", "tags")
        self.termination_enabled = termination_enabled
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"gateway_id={self.gateway_id!r}, "
            f"address={self.address!r}, "
            f"created_time={self.created_time!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"network_set_id={self.network_set_id!r}, "
            f"online={self.online!r}, "
            f"operator_id={self.operator_id!r}, "
            f"owned={self.owned!r}, "
            f"status={self.status!r}, "
            f"tags={self.tags!r}, "
            f"termination_enabled={self.termination_enabled!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, LoraGateway):
            return NotImplemented
        return (
            self.gateway_id,
            self.address,
            self.created_time,
            self.last_modified_time,
            self.network_set_id,
            self.online,
            self.operator_id,
            self.owned,
            self.status,
            self.tags,
            self.termination_enabled,
            self.additional_properties,
        ) == (
            other.gateway_id,
            other.address,
            other.created_time,
            other.last_modified_time,
            other.network_set_id,
            other.online,
            other.operator_id,
            other.owned,
            other.status,
            other.tags,
            other.termination_enabled,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        gateway_id = self.gateway_id

        address = self.address

        created_time: str | None | Unset
        if self.created_time is None or self.created_time is UNSET:
            created_time = self.created_time
        else:
            created_time = self.created_time.isoformat()

        last_modified_time: str | None | Unset
        if self.last_modified_time is None or self.last_modified_time is UNSET:
            last_modified_time = self.last_modified_time
        else:
            last_modified_time = self.last_modified_time.isoformat()

        network_set_id = self.network_set_id

        online = self.online

        operator_id = self.operator_id

        owned = self.owned

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

        termination_enabled = self.termination_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gatewayId": gateway_id,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if network_set_id is not UNSET:
            field_dict["networkSetId"] = network_set_id
        if online is not UNSET:
            field_dict["online"] = online
        if operator_id is not UNSET:
            field_dict["operatorId"] = operator_id
        if owned is not UNSET:
            field_dict["owned"] = owned
        if status is not UNSET:
            field_dict["status"] = status
        if tags is not UNSET:
            field_dict["tags"] = tags
        if termination_enabled is not UNSET:
            field_dict["terminationEnabled"] = termination_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_gateway_id = d.pop("gatewayId", None)
        if _required_gateway_id is None:
            raise missing_field(cls.__name__, "gatewayId")
        gateway_id = _required_gateway_id

        address = d.pop("address", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | None | Unset
        if _created_time is None or _created_time is UNSET:
            created_time = _created_time
        else:
            created_time = parse_datetime(_created_time)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | None | Unset
        if _last_modified_time is None or _last_modified_time is UNSET:
            last_modified_time = _last_modified_time
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        network_set_id = d.pop("networkSetId", UNSET)

        online = d.pop("online", UNSET)

        operator_id = d.pop("operatorId", UNSET)

        owned = d.pop("owned", UNSET)

        _status = d.pop("status", UNSET)
        status: LoraGatewayStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_LoraGatewayStatus[_status]
            except (KeyError, TypeError):
                status = LoraGatewayStatus(_status)

        _tags = d.pop("tags", UNSET)
        tags: LoraGatewayTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_LoraGatewayTags(_tags)

        termination_enabled = d.pop("terminationEnabled", UNSET)

        _self = cls.__new__(cls)
        _self.gateway_id = gateway_id
        _self.address = address
        _self.created_time = created_time
        _self.last_modified_time = last_modified_time
        _self.network_set_id = network_set_id
        _self.online = online
        _self.operator_id = operator_id
        _self.owned = owned
        _self.status = status
        _self.tags = tags
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
from ..models.lora_gateway_tags import LoraGatewayTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_LoraGatewayStatus = LoraGatewayStatus._value2member_map_
_from_dict_LoraGatewayTags = LoraGatewayTags.from_dict
