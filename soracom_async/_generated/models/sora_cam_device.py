from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_device_power_state import SoraCamDevicePowerState
from ..types import UNSET, Unset, as_enum, as_model, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_device_configuration import SoraCamDeviceConfiguration
    from ..models.sora_cam_device_license_info import SoraCamDeviceLicenseInfo


T = TypeVar("T", bound="SoraCamDevice")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamDevice:
    """
    Attributes:
        device_id (str): Device ID of the SoraCam compatible camera device.
        firmware_version (str): Current firmware version of the SoraCam compatible camera device.
        name (str): Name of the SoraCam compatible camera device.
        power_state (SoraCamDevicePowerState):
        product_display_name (str): Product name of the SoraCam compatible camera device.
        applied_licenses (list[SoraCamDeviceLicenseInfo] | None | Unset): List of licenses applied to the device. This
            information cannot be obtained using [SoraCam:listSoraCamDevices API](#!/SoraCam/listSoraCamDevices). Use
            [SoraCam:getSoraCamDevice API](#!/SoraCam/getSoraCamDevice).
        configuration (SoraCamDeviceConfiguration | None | Unset): Configuration of the SoraCam compatible camera
            device.
        connected (bool | None | Unset): Whether the SoraCam compatible camera device is connected to the cloud.
        device_category (str | None | Unset): Category of the SoraCam compatible camera device

            - `Camera`
        is_shared (bool | None | Unset):
        last_connected_time (int | None | Unset): UNIX time in milliseconds when the SoraCam compatible camera device
            was last connected to the cloud.
    """

    device_id: str
    firmware_version: str
    name: str
    power_state: SoraCamDevicePowerState
    product_display_name: str
    applied_licenses: list[SoraCamDeviceLicenseInfo] | None | Unset = UNSET
    configuration: SoraCamDeviceConfiguration | None | Unset = UNSET
    connected: bool | None | Unset = UNSET
    device_category: str | None | Unset = UNSET
    is_shared: bool | None | Unset = UNSET
    last_connected_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        device_id: str,
        firmware_version: str,
        name: str,
        power_state: SoraCamDevicePowerState | Literal["on", "sleep"],
        product_display_name: str,
        applied_licenses: Sequence[SoraCamDeviceLicenseInfo | Mapping[str, Any]]
        | None
        | Unset = UNSET,
        configuration: SoraCamDeviceConfiguration | Mapping[str, Any] | None | Unset = UNSET,
        connected: bool | None | Unset = UNSET,
        device_category: str | None | Unset = UNSET,
        is_shared: bool | None | Unset = UNSET,
        last_connected_time: int | None | Unset = UNSET,
    ) -> None:
        self.device_id = device_id
        self.firmware_version = firmware_version
        self.name = name
        self.power_state = as_enum(
            power_state, SoraCamDevicePowerState, "SoraCamDevice", "power_state"
        )
        self.product_display_name = product_display_name
        self.applied_licenses = as_models(
            applied_licenses, SoraCamDeviceLicenseInfo, "SoraCamDevice", "applied_licenses"
        )
        self.configuration = as_model(
            configuration, SoraCamDeviceConfiguration, "SoraCamDevice", "configuration"
        )
        self.connected = connected
        self.device_category = device_category
        self.is_shared = is_shared
        self.last_connected_time = last_connected_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"device_id={self.device_id!r}, "
            f"firmware_version={self.firmware_version!r}, "
            f"name={self.name!r}, "
            f"power_state={self.power_state!r}, "
            f"product_display_name={self.product_display_name!r}, "
            f"applied_licenses={self.applied_licenses!r}, "
            f"configuration={self.configuration!r}, "
            f"connected={self.connected!r}, "
            f"device_category={self.device_category!r}, "
            f"is_shared={self.is_shared!r}, "
            f"last_connected_time={self.last_connected_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamDevice):
            return NotImplemented
        return (
            self.device_id,
            self.firmware_version,
            self.name,
            self.power_state,
            self.product_display_name,
            self.applied_licenses,
            self.configuration,
            self.connected,
            self.device_category,
            self.is_shared,
            self.last_connected_time,
            self.additional_properties,
        ) == (
            other.device_id,
            other.firmware_version,
            other.name,
            other.power_state,
            other.product_display_name,
            other.applied_licenses,
            other.configuration,
            other.connected,
            other.device_category,
            other.is_shared,
            other.last_connected_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        firmware_version = self.firmware_version

        name = self.name

        power_state = str(self.power_state)

        product_display_name = self.product_display_name

        applied_licenses: list[dict[str, Any]] | None | Unset
        if self.applied_licenses is None or self.applied_licenses is UNSET:
            applied_licenses = self.applied_licenses
        else:
            applied_licenses = []
            for applied_licenses_item_data in self.applied_licenses:
                applied_licenses_item = applied_licenses_item_data.to_dict()

                applied_licenses.append(applied_licenses_item)

        configuration: dict[str, Any] | None | Unset
        if self.configuration is None or self.configuration is UNSET:
            configuration = self.configuration
        else:
            configuration = self.configuration.to_dict()

        connected = self.connected

        device_category = self.device_category

        is_shared = self.is_shared

        last_connected_time = self.last_connected_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
                "firmwareVersion": firmware_version,
                "name": name,
                "powerState": power_state,
                "productDisplayName": product_display_name,
            }
        )
        if applied_licenses is not UNSET:
            field_dict["appliedLicenses"] = applied_licenses
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if connected is not UNSET:
            field_dict["connected"] = connected
        if device_category is not UNSET:
            field_dict["deviceCategory"] = device_category
        if is_shared is not UNSET:
            field_dict["isShared"] = is_shared
        if last_connected_time is not UNSET:
            field_dict["lastConnectedTime"] = last_connected_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_device_id = d.pop("deviceId", None)
        if _required_device_id is None:
            raise missing_field(cls.__name__, "deviceId")
        device_id = _required_device_id

        _required_firmware_version = d.pop("firmwareVersion", None)
        if _required_firmware_version is None:
            raise missing_field(cls.__name__, "firmwareVersion")
        firmware_version = _required_firmware_version

        _required_name = d.pop("name", None)
        if _required_name is None:
            raise missing_field(cls.__name__, "name")
        name = _required_name

        _required_power_state = d.pop("powerState", None)
        if _required_power_state is None:
            raise missing_field(cls.__name__, "powerState")
        _power_state = _required_power_state
        try:
            power_state = _by_value_SoraCamDevicePowerState[_power_state]
        except (KeyError, TypeError):
            power_state = SoraCamDevicePowerState(_power_state)

        _required_product_display_name = d.pop("productDisplayName", None)
        if _required_product_display_name is None:
            raise missing_field(cls.__name__, "productDisplayName")
        product_display_name = _required_product_display_name

        _applied_licenses = d.pop("appliedLicenses", UNSET)
        applied_licenses: list[SoraCamDeviceLicenseInfo] | None | Unset
        if _applied_licenses is None or _applied_licenses is UNSET:
            applied_licenses = _applied_licenses
        elif not isinstance(_applied_licenses, list):
            raise wrong_shape("appliedLicenses", "a JSON array", _applied_licenses)
        else:
            applied_licenses = [_from_dict_SoraCamDeviceLicenseInfo(v) for v in _applied_licenses]

        _configuration = d.pop("configuration", UNSET)
        configuration: SoraCamDeviceConfiguration | None | Unset
        if _configuration is None or _configuration is UNSET:
            configuration = _configuration
        else:
            configuration = _from_dict_SoraCamDeviceConfiguration(_configuration)

        connected = d.pop("connected", UNSET)

        device_category = d.pop("deviceCategory", UNSET)

        is_shared = d.pop("isShared", UNSET)

        last_connected_time = d.pop("lastConnectedTime", UNSET)

        _self = cls.__new__(cls)
        _self.device_id = device_id
        _self.firmware_version = firmware_version
        _self.name = name
        _self.power_state = power_state
        _self.product_display_name = product_display_name
        _self.applied_licenses = applied_licenses
        _self.configuration = configuration
        _self.connected = connected
        _self.device_category = device_category
        _self.is_shared = is_shared
        _self.last_connected_time = last_connected_time
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
from ..models.sora_cam_device_configuration import SoraCamDeviceConfiguration  # noqa: E402
from ..models.sora_cam_device_license_info import SoraCamDeviceLicenseInfo  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SoraCamDevicePowerState = SoraCamDevicePowerState._value2member_map_
_from_dict_SoraCamDeviceConfiguration = SoraCamDeviceConfiguration.from_dict
_from_dict_SoraCamDeviceLicenseInfo = SoraCamDeviceLicenseInfo.from_dict
