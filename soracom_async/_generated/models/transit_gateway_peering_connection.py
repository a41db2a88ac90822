from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transit_gateway_peering_connection_status import TransitGatewayPeeringConnectionStatus
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="TransitGatewayPeeringConnection")


@_attrs_define(init=False, repr=False, eq=False)
class TransitGatewayPeeringConnection:
    """
    Attributes:
        created_time (int | None | Unset): Creation time of the transit gateway peering connection
        customer_aws_account_id (str | None | Unset): AWS account ID of the peer transit Gateway
        customer_region (str | None | Unset): AWS region of the peer transit Gateway
        customer_transit_gateway_id (str | None | Unset): Peer transit gateway ID
        id (str | None | Unset): Transit gateway peering attachment ID of the peering connection. This is the unique ID
            of the transit gateway peering connection.
        last_modified_time (int | None | Unset): Last modified time of the transit gateway peering connection
        name (str | None | Unset): User defined name of the transit gateway peering connection
        soracom_transit_gateway_peering_attachment_id (str | None | Unset): Transit gateway peering attachment ID of the
            peering connection. This is the unique ID of the transit gateway peering connection.
        status (TransitGatewayPeeringConnectionStatus | None | Unset): Current status of the transit gateway peering
            connection
    """

    created_time: int | None | Unset = UNSET
    customer_aws_account_id: str | None | Unset = UNSET
    customer_region: str | None | Unset = UNSET
    customer_transit_gateway_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    soracom_transit_gateway_peering_attachment_id: str | None | Unset = UNSET
    status: TransitGatewayPeeringConnectionStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: int | None | Unset = UNSET,
        customer_aws_account_id: str | None | Unset = UNSET,
        customer_region: str | None | Unset = UNSET,
        customer_transit_gateway_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        soracom_transit_gateway_peering_attachment_id: str | None | Unset = UNSET,
        status: TransitGatewayPeeringConnectionStatus
        | Literal["pending", "active"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.customer_aws_account_id = customer_aws_account_id
        self.customer_region = customer_region
        self.customer_transit_gateway_id = customer_transit_gateway_id
        self.id = id
        self.last_modified_time = last_modified_time
        self.name = name
        self.soracom_transit_gateway_peering_attachment_id = (
            soracom_transit_gateway_peering_attachment_id
        )
        self.status = as_enum(
            status,
            TransitGatewayPeeringConnectionStatus,
            "TransitGatewayPeeringConnection",
            "status",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"customer_aws_account_id={self.customer_aws_account_id!r}, "
            f"customer_region={self.customer_region!r}, "
            f"customer_transit_gateway_id={self.customer_transit_gateway_id!r}, "
            f"id={self.id!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"name={self.name!r}, "
            f"soracom_transit_gateway_peering_attachment_id={self.soracom_transit_gateway_peering_attachment_id!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, TransitGatewayPeeringConnection
        ):
            return NotImplemented
        return (
            self.created_time,
            self.customer_aws_account_id,
            self.customer_region,
            self.customer_transit_gateway_id,
            self.id,
            self.last_modified_time,
            self.name,
            self.soracom_transit_gateway_peering_attachment_id,
            self.status,
            self.additional_properties,
        ) == (
            other.created_time,
            other.customer_aws_account_id,
            other.customer_region,
            other.customer_transit_gateway_id,
            other.id,
            other.last_modified_time,
            other.name,
            other.soracom_transit_gateway_peering_attachment_id,
            other.status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        customer_aws_account_id = self.customer_aws_account_id

        customer_region = self.customer_region

        customer_transit_gateway_id = self.customer_transit_gateway_id

        id = self.id

        last_modified_time = self.last_modified_time

        name = self.name

        soracom_transit_gateway_peering_attachment_id = (
            self.soracom_transit_gateway_peering_attachment_id
        )

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer_aws_account_id is not UNSET:
            field_dict["customerAwsAccountId"] = customer_aws_account_id
        if customer_region is not UNSET:
            field_dict["customerRegion"] = customer_region
        if customer_transit_gateway_id is not UNSET:
            field_dict["customerTransitGatewayId"] = customer_transit_gateway_id
        if id is not UNSET:
            field_dict["id"] = id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if name is not UNSET:
            field_dict["name"] = name
        if soracom_transit_gateway_peering_attachment_id is not UNSET:
            field_dict["soracomTransitGatewayPeeringAttachmentId"] = (
                soracom_transit_gateway_peering_attachment_id
            )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        created_time = d.pop("createdTime", UNSET)

        customer_aws_account_id = d.pop("customerAwsAccountId", UNSET)

        customer_region = d.pop("customerRegion", UNSET)

        customer_transit_gateway_id = d.pop("customerTransitGatewayId", UNSET)

        id = d.pop("id", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        name = d.pop("name", UNSET)

        soracom_transit_gateway_peering_attachment_id = d.pop(
            "soracomTransitGatewayPeeringAttachmentId", UNSET
        )

        _status = d.pop("status", UNSET)
        status: TransitGatewayPeeringConnectionStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_TransitGatewayPeeringConnectionStatus[_status]
            except (KeyError, TypeError):
                status = TransitGatewayPeeringConnectionStatus(_status)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.customer_aws_account_id = customer_aws_account_id
        _self.customer_region = customer_region
        _self.customer_transit_gateway_id = customer_transit_gateway_id
        _self.id = id
        _self.last_modified_time = last_modified_time
        _self.name = name
        _self.soracom_transit_gateway_peering_attachment_id = (
            soracom_transit_gateway_peering_attachment_id
        )
        _self.status = status
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


# Parsers called per object, bound once (after every import).
_by_value_TransitGatewayPeeringConnectionStatus = (
    TransitGatewayPeeringConnectionStatus._value2member_map_
)
