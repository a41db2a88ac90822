from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="CreateTransitGatewayVpcAttachmentRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateTransitGatewayVpcAttachmentRequest:
    """
    Attributes:
        customer_aws_account_id (str): AWS account ID of the VPC to be attached
        customer_vpc_id (str): AWS VPC ID of the VPC to be attached
        name (str | None | Unset): A name used to identify the VPC attachment
    """

    customer_aws_account_id: str
    customer_vpc_id: str
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        customer_aws_account_id: str,
        customer_vpc_id: str,
        name: str | None | Unset = UNSET,
    ) -> None:
        self.customer_aws_account_id = customer_aws_account_id
        self.customer_vpc_id = customer_vpc_id
        self.name = name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"customer_aws_account_id={self.customer_aws_account_id!r}, "
            f"customer_vpc_id={self.customer_vpc_id!r}, "
            f"name={self.name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateTransitGatewayVpcAttachmentRequest
        ):
            return NotImplemented
        return (
            self.customer_aws_account_id,
            self.customer_vpc_id,
            self.name,
            self.additional_properties,
        ) == (
            other.customer_aws_account_id,
            other.customer_vpc_id,
            other.name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        customer_aws_account_id = self.customer_aws_account_id

        customer_vpc_id = self.customer_vpc_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerAwsAccountId": customer_aws_account_id,
                "customerVpcId": customer_vpc_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_customer_aws_account_id = d.pop("customerAwsAccountId", None)
        if _required_customer_aws_account_id is None:
            raise missing_field(cls.__name__, "customerAwsAccountId")
        customer_aws_account_id = _required_customer_aws_account_id

        _required_customer_vpc_id = d.pop("customerVpcId", None)
        if _required_customer_vpc_id is None:
            raise missing_field(cls.__name__, "customerVpcId")
        customer_vpc_id = _required_customer_vpc_id

        name = d.pop("name", UNSET)

        _self = cls.__new__(cls)
        _self.customer_aws_account_id = customer_aws_account_id
        _self.customer_vpc_id = customer_vpc_id
        _self.name = name
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
