from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="CreateCustomerRouteRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateCustomerRouteRequest:
    """
    Attributes:
        destination_cidr (str): Destination CIDR block
        target (str): Transit Gateway ID
        ignore_device_subnet_cidr_range_overlap (bool | None | Unset):
        ignore_device_subnetcidr_range_overlap (Any | None | Unset): A boolean flag to ignore device subnet CIDR range
            overlap with the destination CIDR range
    """

    destination_cidr: str
    target: str
    ignore_device_subnet_cidr_range_overlap: bool | None | Unset = UNSET
    ignore_device_subnetcidr_range_overlap: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        destination_cidr: str,
        target: str,
        ignore_device_subnet_cidr_range_overlap: bool | None | Unset = UNSET,
        ignore_device_subnetcidr_range_overlap: Any | None | Unset = UNSET,
    ) -> None:
        self.destination_cidr = destination_cidr
        self.target = target
        self.ignore_device_subnet_cidr_range_overlap = ignore_device_subnet_cidr_range_overlap
        self.ignore_device_subnetcidr_range_overlap = ignore_device_subnetcidr_range_overlap
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"destination_cidr={self.destination_cidr!r}, "
            f"target={self.target!r}, "
            f"ignore_device_subnet_cidr_range_overlap={self.ignore_device_subnet_cidr_range_overlap!r}, "
            f"ignore_device_subnetcidr_range_overlap={self.ignore_device_subnetcidr_range_overlap!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateCustomerRouteRequest
        ):
            return NotImplemented
        return (
            self.destination_cidr,
            self.target,
            self.ignore_device_subnet_cidr_range_overlap,
            self.ignore_device_subnetcidr_range_overlap,
            self.additional_properties,
        ) == (
            other.destination_cidr,
            other.target,
            other.ignore_device_subnet_cidr_range_overlap,
            other.ignore_device_subnetcidr_range_overlap,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        destination_cidr = self.destination_cidr

        target = self.target

        ignore_device_subnet_cidr_range_overlap = self.ignore_device_subnet_cidr_range_overlap

        ignore_device_subnetcidr_range_overlap = self.ignore_device_subnetcidr_range_overlap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationCidr": destination_cidr,
                "target": target,
            }
        )
        if ignore_device_subnet_cidr_range_overlap is not UNSET:
            field_dict["ignoreDeviceSubnetCidrRangeOverlap"] = (
                ignore_device_subnet_cidr_range_overlap
            )
        if ignore_device_subnetcidr_range_overlap is not UNSET:
            field_dict["ignoreDeviceSubnetcidrRangeOverlap"] = (
                ignore_device_subnetcidr_range_overlap
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_destination_cidr = d.pop("destinationCidr", None)
        if _required_destination_cidr is None:
            raise missing_field(cls.__name__, "destinationCidr")
        destination_cidr = _required_destination_cidr

        _required_target = d.pop("target", None)
        if _required_target is None:
            raise missing_field(cls.__name__, "target")
        target = _required_target

        ignore_device_subnet_cidr_range_overlap = d.pop("ignoreDeviceSubnetCidrRangeOverlap", UNSET)

        ignore_device_subnetcidr_range_overlap = d.pop("ignoreDeviceSubnetcidrRangeOverlap", UNSET)

        _self = cls.__new__(cls)
        _self.destination_cidr = destination_cidr
        _self.target = target
        _self.ignore_device_subnet_cidr_range_overlap = ignore_device_subnet_cidr_range_overlap
        _self.ignore_device_subnetcidr_range_overlap = ignore_device_subnetcidr_range_overlap
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
