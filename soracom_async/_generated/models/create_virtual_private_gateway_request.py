from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_virtual_private_gateway_request_type import (
    CreateVirtualPrivateGatewayRequestType,
)
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.create_virtual_private_gateway_request_placement import (
        CreateVirtualPrivateGatewayRequestPlacement,
    )
    from ..models.create_virtual_private_gateway_request_soracom_transit_gateway import (
        CreateVirtualPrivateGatewayRequestSoracomTransitGateway,
    )
    from ..models.tag_set import TagSet


T = TypeVar("T", bound="CreateVirtualPrivateGatewayRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateVirtualPrivateGatewayRequest:
    """
    Attributes:
        type_ (CreateVirtualPrivateGatewayRequestType): VPG Type.

            - `14` : Type-E
            - `15` : Type-F
            - `242` : Type-F2
        device_subnet_cidr_range (str | None | Unset):  Default: '10.128.0.0/9'.
        placement (CreateVirtualPrivateGatewayRequestPlacement | None | Unset):
        soracom_transit_gateway (CreateVirtualPrivateGatewayRequestSoracomTransitGateway | None | Unset):
        tags (TagSet | None | Unset): An object which always contains at least one property "name" with a string value.
            If you give a subscriber/SIM a name, the name will be returned as the value of the "name" property. If the
            subscriber/SIM does not have a name, an empty string "" is returned. In addition, if you create any custom tags
            for the subscriber/SIM, each custom tag will appear as additional properties in the object. Example:
            {'tagName1': 'tagValue1', 'tagName2': 'tagValue2...'}.
        use_internet_gateway (bool | None | Unset):  Default: True.
    """

    type_: CreateVirtualPrivateGatewayRequestType
    device_subnet_cidr_range: str | None | Unset = "10.128.0.0/9"
    placement: CreateVirtualPrivateGatewayRequestPlacement | None | Unset = UNSET
    soracom_transit_gateway: (
        CreateVirtualPrivateGatewayRequestSoracomTransitGateway | None | Unset
    ) = UNSET
    tags: TagSet | None | Unset = UNSET
    use_internet_gateway: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        type_: CreateVirtualPrivateGatewayRequestType | Literal[14, 15, 242],
        device_subnet_cidr_range: str | None | Unset = "10.128.0.0/9",
        placement: CreateVirtualPrivateGatewayRequestPlacement
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        soracom_transit_gateway: CreateVirtualPrivateGatewayRequestSoracomTransitGateway
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        tags: TagSet | Mapping[str, Any] | None | Unset = UNSET,
        use_internet_gateway: bool | None | Unset = True,
    ) -> None:
        self.type_ = as_enum(
            type_,
            CreateVirtualPrivateGatewayRequestType,
            "CreateVirtualPrivateGatewayRequest",
            "type_",
        )
        self.device_subnet_cidr_range = device_subnet_cidr_range
        self.placement = as_model(
            placement,
            CreateVirtualPrivateGatewayRequestPlacement,
            "CreateVirtualPrivateGatewayRequest",
            "placement",
        )
        self.soracom_transit_gateway = as_model(
            soracom_transit_gateway,
            CreateVirtualPrivateGatewayRequestSoracomTransitGateway,
            "CreateVirtualPrivateGatewayRequest",
            "soracom_transit_gateway",
        )
        self.tags = as_model(tags, TagSet, "CreateVirtualPrivateGatewayRequest", "tags")
        self.use_internet_gateway = use_internet_gateway
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"type_={self.type_!r}, "
            f"device_subnet_cidr_range={self.device_subnet_cidr_range!r}, "
            f"placement={self.placement!r}, "
            f"soracom_transit_gateway={self.soracom_transit_gateway!r}, "
            f"tags={self.tags!r}, "
            f"use_internet_gateway={self.use_internet_gateway!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, CreateVirtualPrivateGatewayRequest
        ):
            return NotImplemented
        return (
            self.type_,
            self.device_subnet_cidr_range,
            self.placement,
            self.soracom_transit_gateway,
            self.tags,
            self.use_internet_gateway,
            self.additional_properties,
        ) == (
            other.type_,
            other.device_subnet_cidr_range,
            other.placement,
            other.soracom_transit_gateway,
            other.tags,
            other.use_internet_gateway,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        type_ = int(self.type_)

        device_subnet_cidr_range = self.device_subnet_cidr_range

        placement: dict[str, Any] | None | Unset
        if self.placement is None or self.placement is UNSET:
            placement = self.placement
        else:
            placement = self.placement.to_dict()

        soracom_transit_gateway: dict[str, Any] | None | Unset
        if self.soracom_transit_gateway is None or self.soracom_transit_gateway is UNSET:
            soracom_transit_gateway = self.soracom_transit_gateway
        else:
            soracom_transit_gateway = self.soracom_transit_gateway.to_dict()

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        use_internet_gateway = self.use_internet_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if device_subnet_cidr_range is not UNSET:
            field_dict["deviceSubnetCidrRange"] = device_subnet_cidr_range
        if placement is not UNSET:
            field_dict["placement"] = placement
        if soracom_transit_gateway is not UNSET:
            field_dict["soracomTransitGateway"] = soracom_transit_gateway
        if tags is not UNSET:
            field_dict["tags"] = tags
        if use_internet_gateway is not UNSET:
            field_dict["useInternetGateway"] = use_internet_gateway

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_type_ = d.pop("type", None)
        if _required_type_ is None:
            raise missing_field(cls.__name__, "type")
        _type_ = _required_type_
        try:
            type_ = _by_value_CreateVirtualPrivateGatewayRequestType[_type_]
        except (KeyError, TypeError):
            type_ = CreateVirtualPrivateGatewayRequestType(_type_)

        device_subnet_cidr_range = d.pop("deviceSubnetCidrRange", UNSET)

        _placement = d.pop("placement", UNSET)
        placement: CreateVirtualPrivateGatewayRequestPlacement | None | Unset
        if _placement is None or _placement is UNSET:
            placement = _placement
        else:
            placement = _from_dict_CreateVirtualPrivateGatewayRequestPlacement(_placement)

        _soracom_transit_gateway = d.pop("soracomTransitGateway", UNSET)
        soracom_transit_gateway: (
            CreateVirtualPrivateGatewayRequestSoracomTransitGateway | None | Unset
        )
        if _soracom_transit_gateway is None or _soracom_transit_gateway is UNSET:
            soracom_transit_gateway = _soracom_transit_gateway
        else:
            soracom_transit_gateway = (
                _from_dict_CreateVirtualPrivateGatewayRequestSoracomTransitGateway(
                    _soracom_transit_gateway
                )
            )

        _tags = d.pop("tags", UNSET)
        tags: TagSet | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_TagSet(_tags)

        use_internet_gateway = d.pop("useInternetGateway", UNSET)

        _self = cls.__new__(cls)
        _self.type_ = type_
        _self.device_subnet_cidr_range = device_subnet_cidr_range
        _self.placement = placement
        _self.soracom_transit_gateway = soracom_transit_gateway
        _self.tags = tags
        _self.use_internet_gateway = use_internet_gateway
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
from ..models.create_virtual_private_gateway_request_placement import (
    CreateVirtualPrivateGatewayRequestPlacement,  # noqa: E402
)
from ..models.create_virtual_private_gateway_request_soracom_transit_gateway import (
    CreateVirtualPrivateGatewayRequestSoracomTransitGateway,  # noqa: E402
)
from ..models.tag_set import TagSet  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_CreateVirtualPrivateGatewayRequestType = (
    CreateVirtualPrivateGatewayRequestType._value2member_map_
)
_from_dict_CreateVirtualPrivateGatewayRequestPlacement = (
    CreateVirtualPrivateGatewayRequestPlacement.from_dict
)
_from_dict_CreateVirtualPrivateGatewayRequestSoracomTransitGateway = (
    CreateVirtualPrivateGatewayRequestSoracomTransitGateway.from_dict
)
_from_dict_TagSet = TagSet.from_dict
