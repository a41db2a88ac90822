from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import missing_field, wrong_shape

T = TypeVar("T", bound="IssueSubscriberTransferTokenRequest")


@_attrs_define(init=False, repr=False, eq=False)
class IssueSubscriberTransferTokenRequest:
    """
    Attributes:
        transfer_destination_operator_email (str): Primary email address of the destination operator. Please confirm
            with the owner of the destination operator.
        transfer_destination_operator_id (str): Operator ID of the destination operator. Please confirm with the owner
            of the destination operator.
        transfer_imsi (list[str]): IMSI of the SIM to be transferred. The IMSI can be obtained from the [Sim:listSims
            API](#!/Sim/listSims).

            If there is a possibility of canceling SIMs one by one, please specify only one IMSI.
    """

    transfer_destination_operator_email: str
    transfer_destination_operator_id: str
    transfer_imsi: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        transfer_destination_operator_email: str,
        transfer_destination_operator_id: str,
        transfer_imsi: list[str],
    ) -> None:
        self.transfer_destination_operator_email = transfer_destination_operator_email
        self.transfer_destination_operator_id = transfer_destination_operator_id
        self.transfer_imsi = transfer_imsi
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"transfer_destination_operator_email={self.transfer_destination_operator_email!r}, "
            f"transfer_destination_operator_id={self.transfer_destination_operator_id!r}, "
            f"transfer_imsi={self.transfer_imsi!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, IssueSubscriberTransferTokenRequest
        ):
            return NotImplemented
        return (
            self.transfer_destination_operator_email,
            self.transfer_destination_operator_id,
            self.transfer_imsi,
            self.additional_properties,
        ) == (
            other.transfer_destination_operator_email,
            other.transfer_destination_operator_id,
            other.transfer_imsi,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        transfer_destination_operator_email = self.transfer_destination_operator_email

        transfer_destination_operator_id = self.transfer_destination_operator_id

        transfer_imsi = self.transfer_imsi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferDestinationOperatorEmail": transfer_destination_operator_email,
                "transferDestinationOperatorId": transfer_destination_operator_id,
                "transferImsi": transfer_imsi,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_transfer_destination_operator_email = d.pop(
            "transferDestinationOperatorEmail", None
        )
        if _required_transfer_destination_operator_email is None:
            raise missing_field(cls.__name__, "transferDestinationOperatorEmail")
        transfer_destination_operator_email = _required_transfer_destination_operator_email

        _required_transfer_destination_operator_id = d.pop("transferDestinationOperatorId", None)
        if _required_transfer_destination_operator_id is None:
            raise missing_field(cls.__name__, "transferDestinationOperatorId")
        transfer_destination_operator_id = _required_transfer_destination_operator_id

        _required_transfer_imsi = d.pop("transferImsi", None)
        if _required_transfer_imsi is None:
            raise missing_field(cls.__name__, "transferImsi")
        _transfer_imsi = _required_transfer_imsi
        transfer_imsi: list[str]
        if not isinstance(_transfer_imsi, list):
            raise wrong_shape("transferImsi", "a JSON array", _transfer_imsi)
        transfer_imsi = _transfer_imsi

        _self = cls.__new__(cls)
        _self.transfer_destination_operator_email = transfer_destination_operator_email
        _self.transfer_destination_operator_id = transfer_destination_operator_id
        _self.transfer_imsi = transfer_imsi
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
