from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="TransitGatewayResourceSharedStatus")


@_attrs_define(init=False, repr=False, eq=False)
class TransitGatewayResourceSharedStatus:
    """
    Attributes:
        created_time (int | None | Unset): Creation time of the resource share
        customer_aws_account_id (str | None | Unset): AWS account ID which is sharing resources with Soracom
        last_modified_time (int | None | Unset): Last modified time of the resource share
        resource_share_arn (str | None | Unset): The ARN for the resource share
        status (str | None | Unset): Status of the resource share. Status of pending implies that the user has yet to
            accept resource share with Soracom on their aws account.
    """

    created_time: int | None | Unset = UNSET
    customer_aws_account_id: str | None | Unset = UNSET
    last_modified_time: int | None | Unset = UNSET
    resource_share_arn: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        created_time: int | None | Unset = UNSET,
        customer_aws_account_id: str | None | Unset = UNSET,
        last_modified_time: int | None | Unset = UNSET,
        resource_share_arn: str | None | Unset = UNSET,
        status: str | None | Unset = UNSET,
    ) -> None:
        self.created_time = created_time
        self.customer_aws_account_id = customer_aws_account_id
        self.last_modified_time = last_modified_time
        self.resource_share_arn = resource_share_arn
        self.status = status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"created_time={self.created_time!r}, "
            f"customer_aws_account_id={self.customer_aws_account_id!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"resource_share_arn={self.resource_share_arn!r}, "
            f"status={self.status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, TransitGatewayResourceSharedStatus
        ):
            return NotImplemented
        return (
            self.created_time,
            self.customer_aws_account_id,
            self.last_modified_time,
            self.resource_share_arn,
            self.status,
            self.additional_properties,
        ) == (
            other.created_time,
            other.customer_aws_account_id,
            other.last_modified_time,
            other.resource_share_arn,
            other.status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        created_time = self.created_time

        customer_aws_account_id = self.customer_aws_account_id

        last_modified_time = self.last_modified_time

        resource_share_arn = self.resource_share_arn

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if customer_aws_account_id is not UNSET:
            field_dict["customerAwsAccountId"] = customer_aws_account_id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if resource_share_arn is not UNSET:
            field_dict["resourceShareArn"] = resource_share_arn
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

        last_modified_time = d.pop("lastModifiedTime", UNSET)

        resource_share_arn = d.pop("resourceShareArn", UNSET)

        status = d.pop("status", UNSET)

        _self = cls.__new__(cls)
        _self.created_time = created_time
        _self.customer_aws_account_id = customer_aws_account_id
        _self.last_modified_time = last_modified_time
        _self.resource_share_arn = resource_share_arn
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
