from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.soracom_transit_gateway_resource_shared_status import (
        SoracomTransitGatewayResourceSharedStatus,
    )


T = TypeVar("T", bound="SoracomTransitGateway")


@_attrs_define(init=False, repr=False, eq=False)
class SoracomTransitGateway:
    """
    Attributes:
        arn (str | None | Unset):
        asn (int | None | Unset):
        aws_account_id (str | None | Unset):
        id (str | None | Unset):
        region (str | None | Unset):
        resource_shared_status (SoracomTransitGatewayResourceSharedStatus | None | Unset):
    """

    arn: str | None | Unset = UNSET
    asn: int | None | Unset = UNSET
    aws_account_id: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    region: str | None | Unset = UNSET
    resource_shared_status: SoracomTransitGatewayResourceSharedStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        arn: str | None | Unset = UNSET,
        asn: int | None | Unset = UNSET,
        aws_account_id: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        region: str | None | Unset = UNSET,
        resource_shared_status: SoracomTransitGatewayResourceSharedStatus
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.arn = arn
        self.asn = asn
        self.aws_account_id = aws_account_id
        self.id = id
        self.region = region
        self.resource_shared_status = as_model(
            resource_shared_status,
            SoracomTransitGatewayResourceSharedStatus,
            "SoracomTransitGateway",
            "resource_shared_status",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"arn={self.arn!r}, "
            f"asn={self.asn!r}, "
            f"aws_account_id={self.aws_account_id!r}, "
            f"id={self.id!r}, "
            f"region={self.region!r}, "
            f"resource_shared_status={self.resource_shared_status!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoracomTransitGateway):
            return NotImplemented
        return (
            self.arn,
            self.asn,
            self.aws_account_id,
            self.id,
            self.region,
            self.resource_shared_status,
            self.additional_properties,
        ) == (
            other.arn,
            other.asn,
            other.aws_account_id,
            other.id,
            other.region,
            other.resource_shared_status,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        arn = self.arn

        asn = self.asn

        aws_account_id = self.aws_account_id

        id = self.id

        region = self.region

        resource_shared_status: dict[str, Any] | None | Unset
        if self.resource_shared_status is None or self.resource_shared_status is UNSET:
            resource_shared_status = self.resource_shared_status
        else:
            resource_shared_status = self.resource_shared_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arn is not UNSET:
            field_dict["arn"] = arn
        if asn is not UNSET:
            field_dict["asn"] = asn
        if aws_account_id is not UNSET:
            field_dict["awsAccountId"] = aws_account_id
        if id is not UNSET:
            field_dict["id"] = id
        if region is not UNSET:
            field_dict["region"] = region
        if resource_shared_status is not UNSET:
            field_dict["resourceSharedStatus"] = resource_shared_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        arn = d.pop("arn", UNSET)

        asn = d.pop("asn", UNSET)

        aws_account_id = d.pop("awsAccountId", UNSET)

        id = d.pop("id", UNSET)

        region = d.pop("region", UNSET)

        _resource_shared_status = d.pop("resourceSharedStatus", UNSET)
        resource_shared_status: SoracomTransitGatewayResourceSharedStatus | None | Unset
        if _resource_shared_status is None or _resource_shared_status is UNSET:
            resource_shared_status = _resource_shared_status
        else:
            resource_shared_status = _from_dict_SoracomTransitGatewayResourceSharedStatus(
                _resource_shared_status
            )

        _self = cls.__new__(cls)
        _self.arn = arn
        _self.asn = asn
        _self.aws_account_id = aws_account_id
        _self.id = id
        _self.region = region
        _self.resource_shared_status = resource_shared_status
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
from ..models.soracom_transit_gateway_resource_shared_status import (
    SoracomTransitGatewayResourceSharedStatus,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_SoracomTransitGatewayResourceSharedStatus = (
    SoracomTransitGatewayResourceSharedStatus.from_dict
)
