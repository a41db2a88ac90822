from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ordered_sim_profile_response_profile_status import (
    OrderedSimProfileResponseProfileStatus,
)
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="OrderedSimProfileResponse")


@_attrs_define(init=False, repr=False, eq=False)
class OrderedSimProfileResponse:
    """Represents an eSIM profile ordered.

    Attributes:
        activation_code (str): The Activation code of the eSIM profile. This value will be used to install the profile
            on the device. Example: LPA:1$example.com$ABCDEFGHIJKLMNOPQRSTUVWXYZ.
        created_time (int): The time the eSIM profile was created (unix time in milliseconds). Example: 1718756585000.
        iccid (str): The ICCID of the eSIM profile. Example: 12345678901234567890.
        imsi (str): The IMSI of the eSIM profile. Example: 123456789012345.
        last_modified_time (int): The time the eSIM profile was last modified (unix time in milliseconds). Example:
            1718756585000.
        matching_id (str): The Matching ID of the eSIM profile. This value will be used to install the profile on the
            device. Example: ABCDEFGHIJKLMNOPQRSTUVWXYZ.
        profile_order_id (str): The ID of the eSIM profile order associated with this eSIM profile. Example:
            01902ddd-1cf3-77d9-afc0-fe8d410cadb1.
        profile_status (OrderedSimProfileResponseProfileStatus): The status of the eSIM profile.

            - `SUBSCRIBER_REGISTRATION_SUCCEEDED`: The IoT SIM corresponding to the eSIM profile has been registered to your
            Soracom operator account
            - `INSTALLATION_SUCCEEDED`: The eSIM profile has been installed on the device
            - `INSTALLATION_FAILED`: The eSIM profile could not be installed on the device
            - `ACTIVATION_SUCCEEDED`: The eSIM profile has been activated on the device
            - `ACTIVATION_FAILED`: The eSIM profile could not be activated on the device
            - `INACTIVATION_SUCCEEDED`: The eSIM profile has been deactivated on the device
            - `INACTIVATION_FAILED`: The eSIM profile could not be deactivated on the device
            - `DELETION_SUCCEEDED`: The eSIM profile has been deleted from the device
            - `DELETION_FAILED`: The eSIM profile could not be deleted from the device
             Example: DELETION_SUCCEEDED.
        smdp_address (str): The SM-DP+ address of the eSIM profile. This value will be used to install the profile on
            the device. Example: example.com.
        installed_time (int | None | Unset): The time the eSIM profile was installed (unix time in milliseconds).
            Example: 1718756585000.
        subscription (str | None | Unset): The subscription of the eSIM profile.

            - `plan01s`
            - `planP1`
            - `planX1`
            - `planX2`
            - `planX3`
            - `plan-US`
             Example: plan01s.
    """

    activation_code: str
    created_time: int
    iccid: str
    imsi: str
    last_modified_time: int
    matching_id: str
    profile_order_id: str
    profile_status: OrderedSimProfileResponseProfileStatus
    smdp_address: str
    installed_time: int | None | Unset = UNSET
    subscription: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        activation_code: str,
        created_time: int,
        iccid: str,
        imsi: str,
        last_modified_time: int,
        matching_id: str,
        profile_order_id: str,
        profile_status: OrderedSimProfileResponseProfileStatus
        | Literal[
            "SUBSCRIBER_REGISTRATION_SUCCEEDED",
            "INSTALLATION_SUCCEEDED",
            "INSTALLATION_FAILED",
            "ACTIVATION_SUCCEEDED",
            "ACTIVATION_FAILED",
            "INACTIVATION_SUCCEEDED",
            "INACTIVATION_FAILED",
            "DELETION_SUCCEEDED",
            "DELETION_FAILED",
        ],
        smdp_address: str,
        installed_time: int | None | Unset = UNSET,
        subscription: str | None | Unset = UNSET,
    ) -> None:
        self.activation_code = activation_code
        self.created_time = created_time
        self.iccid = iccid
        self.imsi = imsi
        self.last_modified_time = last_modified_time
        self.matching_id = matching_id
        self.profile_order_id = profile_order_id
        self.profile_status = as_enum(
            profile_status,
            OrderedSimProfileResponseProfileStatus,
            "OrderedSimProfileResponse",
            "profile_status",
        )
        self.smdp_address = smdp_address
        self.installed_time = installed_time
        self.subscription = subscription
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"activation_code={self.activation_code!r}, "
            f"created_time={self.created_time!r}, "
            f"iccid={self.iccid!r}, "
            f"imsi={self.imsi!r}, "
            f"last_modified_time={self.last_modified_time!r}, "
            f"matching_id={self.matching_id!r}, "
            f"profile_order_id={self.profile_order_id!r}, "
            f"profile_status={self.profile_status!r}, "
            f"smdp_address={self.smdp_address!r}, "
            f"installed_time={self.installed_time!r}, "
            f"subscription={self.subscription!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, OrderedSimProfileResponse
        ):
            return NotImplemented
        return (
            self.activation_code,
            self.created_time,
            self.iccid,
            self.imsi,
            self.last_modified_time,
            self.matching_id,
            self.profile_order_id,
            self.profile_status,
            self.smdp_address,
            self.installed_time,
            self.subscription,
            self.additional_properties,
        ) == (
            other.activation_code,
            other.created_time,
            other.iccid,
            other.imsi,
            other.last_modified_time,
            other.matching_id,
            other.profile_order_id,
            other.profile_status,
            other.smdp_address,
            other.installed_time,
            other.subscription,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        activation_code = self.activation_code

        created_time = self.created_time

        iccid = self.iccid

        imsi = self.imsi

        last_modified_time = self.last_modified_time

        matching_id = self.matching_id

        profile_order_id = self.profile_order_id

        profile_status = str(self.profile_status)

        smdp_address = self.smdp_address

        installed_time = self.installed_time

        subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activationCode": activation_code,
                "createdTime": created_time,
                "iccid": iccid,
                "imsi": imsi,
                "lastModifiedTime": last_modified_time,
                "matchingId": matching_id,
                "profileOrderId": profile_order_id,
                "profileStatus": profile_status,
                "smdpAddress": smdp_address,
            }
        )
        if installed_time is not UNSET:
            field_dict["installedTime"] = installed_time
        if subscription is not UNSET:
            field_dict["subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_activation_code = d.pop("activationCode", None)
        if _required_activation_code is None:
            raise missing_field(cls.__name__, "activationCode")
        activation_code = _required_activation_code

        _required_created_time = d.pop("createdTime", None)
        if _required_created_time is None:
            raise missing_field(cls.__name__, "createdTime")
        created_time = _required_created_time

        _required_iccid = d.pop("iccid", None)
        if _required_iccid is None:
            raise missing_field(cls.__name__, "iccid")
        iccid = _required_iccid

        _required_imsi = d.pop("imsi", None)
        if _required_imsi is None:
            raise missing_field(cls.__name__, "imsi")
        imsi = _required_imsi

        _required_last_modified_time = d.pop("lastModifiedTime", None)
        if _required_last_modified_time is None:
            raise missing_field(cls.__name__, "lastModifiedTime")
        last_modified_time = _required_last_modified_time

        _required_matching_id = d.pop("matchingId", None)
        if _required_matching_id is None:
            raise missing_field(cls.__name__, "matchingId")
        matching_id = _required_matching_id

        _required_profile_order_id = d.pop("profileOrderId", None)
        if _required_profile_order_id is None:
            raise missing_field(cls.__name__, "profileOrderId")
        profile_order_id = _required_profile_order_id

        _required_profile_status = d.pop("profileStatus", None)
        if _required_profile_status is None:
            raise missing_field(cls.__name__, "profileStatus")
        _profile_status = _required_profile_status
        try:
            profile_status = _by_value_OrderedSimProfileResponseProfileStatus[_profile_status]
        except (KeyError, TypeError):
            profile_status = OrderedSimProfileResponseProfileStatus(_profile_status)

        _required_smdp_address = d.pop("smdpAddress", None)
        if _required_smdp_address is None:
            raise missing_field(cls.__name__, "smdpAddress")
        smdp_address = _required_smdp_address

        installed_time = d.pop("installedTime", UNSET)

        subscription = d.pop("subscription", UNSET)

        _self = cls.__new__(cls)
        _self.activation_code = activation_code
        _self.created_time = created_time
        _self.iccid = iccid
        _self.imsi = imsi
        _self.last_modified_time = last_modified_time
        _self.matching_id = matching_id
        _self.profile_order_id = profile_order_id
        _self.profile_status = profile_status
        _self.smdp_address = smdp_address
        _self.installed_time = installed_time
        _self.subscription = subscription
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
_by_value_OrderedSimProfileResponseProfileStatus = (
    OrderedSimProfileResponseProfileStatus._value2member_map_
)
