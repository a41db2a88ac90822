from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transit_gateway_vpc_attachment_status import TransitGatewayVpcAttachmentStatus
from ..types import UNSET, Unset, as_enum, wrong_shape

T = TypeVar("T", bound="TransitGatewayVpcAttachment")


@_attrs_define(init=False, repr=False, eq=False)
class TransitGatewayVpcAttachment:
    """
    Attributes:
        created_time (int | None | Unset): Creation time of the VPC attachment
        customer_aws_account_id (str | None | Unset): AWS Account ID of the VPC to be attached
        customer_transit_gateway_vpc_attachment_id (str | None | Unset): Transit gateway VPC attachment ID of the VPC to
            be attached. This is the unique ID of the transit gateway VPC attachment.
        customer_vpc_id (str | None | Unset): ID of the VPC to be attached
        id (str | None | Unset): Transit gateway VPC attachment ID of the VPC to be attached. This is the unique ID of
            the transit gateway VPC attachment.
        last_modified_time (int | None | Unset): Last modified time of the VPC attachment
        name (str | None | Unset): User defined name of the transit gateway VPC attachment
        status (TransitGatewayVpcAttachmentStatus | None | Unset): Current status of the transit gateway VPC attachment.
            'vpcAttachmentPending' status implies that a VPC attachment is yet to be created on the peer AWS account.
    """

    created_time: int | None | Unset = UNSET
    customer_aws_account_id: str | None | Unset = UNSET
    customer_transit_gateway_vpc_attachment_id: str | None | Unset = UNSET
    customer_vpc_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    status: TransitGatewayVpcAttachmentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: int | None | Unset = UNSET,
        customer_aws_account_id: str | None | Unset = UNSET,
        customer_transit_gateway_vpc_attachment_id: str | None | Unset = UNSET,
        customer_vpc_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        status: TransitGatewayVpcAttachmentStatus
        | Literal["vpcAttachmentPending", "acceptancePending", "active", "failed"]
        | None
        | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.customer_aws_account_id = customer_aws_account_id
        self.customer_transit_gateway_vpc_attachment_id = customer_transit_gateway_vpc_attachment_id
        self.customer_vpc_id = customer_vpc_id
        self.id = id
        self.last_modified_time = last_modified_time
        self.name = name
        self.status = as_enum(
            status, TransitGatewayVpcAttachmentStatus, "TransitGatewayVpcAttachment", "status"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"customer_aws_account_id={self.customer_aws_account_id!r}, "
            f"customer_transit_gateway_vpc_attachment_id={self.customer_transit_gateway_vpc_attachment_id!r}, "
            f"customer_vpc_id={self.customer_vpc_id!r}, "
            f"id={self.id!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"name={self.name!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, TransitGatewayVpcAttachment
        ):
            return NotImplemented
        return (
            self.created_time,
            self.customer_aws_account_id,
            self.customer_transit_gateway_vpc_attachment_id,
            self.customer_vpc_id,
            self.id,
            self.last_modified_time,
            self.name,
            self.status,
            self.additional_properties,
        ) == (
            other.created_time,
            other.customer_aws_account_id,
            other.customer_transit_gateway_vpc_attachment_id,
            other.customer_vpc_id,
            other.id,
            other.last_modified_time,
            other.name,
            other.status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        customer_aws_account_id = self.customer_aws_account_id

        customer_transit_gateway_vpc_attachment_id = self.customer_transit_gateway_vpc_attachment_id

        customer_vpc_id = self.customer_vpc_id

        id = self.id

        last_modified_time = self.last_modified_time

        name = self.name

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
        if customer_transit_gateway_vpc_attachment_id is not UNSET:
            field_dict["customerTransitGatewayVpcAttachmentId"] = (
                customer_transit_gateway_vpc_attachment_id
            )
        if customer_vpc_id is not UNSET:
            field_dict["customerVpcId"] = customer_vpc_id
        if id is not UNSET:
            field_dict["id"] = id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if name is not UNSET:
            field_dict["name"] = name
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

        customer_transit_gateway_vpc_attachment_id = d.pop(
            "customerTransitGatewayVpcAttachmentId", UNSET
        )

        customer_vpc_id = d.pop("customerVpcId", UNSET)

        id = d.pop("id", UNSET)

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: TransitGatewayVpcAttachmentStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_TransitGatewayVpcAttachmentStatus[_status]
            except (KeyError, TypeError):
                status = TransitGatewayVpcAttachmentStatus(_status)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.customer_aws_account_id = customer_aws_account_id
        _self.customer_transit_gateway_vpc_attachment_id = (
            customer_transit_gateway_vpc_attachment_id
        )
        _self.customer_vpc_id = customer_vpc_id
        _self.id = id
        _self.last_modified_time = last_modified_time
        _self.name = name
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
_by_value_TransitGatewayVpcAttachmentStatus = TransitGatewayVpcAttachmentStatus._value2member_map_
