from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_device_power_state import SoraCamDevicePowerState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sora_cam_device_configuration import SoraCamDeviceConfiguration
    from ..models.sora_cam_device_license_info import SoraCamDeviceLicenseInfo


T = TypeVar("T", bound="SoraCamDevice")


@_attrs_define
class SoraCamDevice:
    """
    Attributes:
        device_id (str): Device ID of the SoraCam compatible camera device.
        firmware_version (str): Current firmware version of the SoraCam compatible camera device.
        name (str): Name of the SoraCam compatible camera device.
        power_state (SoraCamDevicePowerState):
        product_display_name (str): Product name of the SoraCam compatible camera device.
        applied_licenses (list[SoraCamDeviceLicenseInfo] | Unset): List of licenses applied to the device. This
            information cannot be obtained using [SoraCam:listSoraCamDevices API](#!/SoraCam/listSoraCamDevices). Use
            [SoraCam:getSoraCamDevice API](#!/SoraCam/getSoraCamDevice).
        configuration (SoraCamDeviceConfiguration | Unset): Configuration of the SoraCam compatible camera device.
        connected (bool | Unset): Whether the SoraCam compatible camera device is connected to the cloud.
        device_category (str | Unset): Category of the SoraCam compatible camera device

            - `Camera`
        is_shared (bool | Unset):
        last_connected_time (int | Unset): UNIX time in milliseconds when the SoraCam compatible camera device was last
            connected to the cloud.
    """

    device_id: str
    firmware_version: str
    name: str
    power_state: SoraCamDevicePowerState
    product_display_name: str
    applied_licenses: list[SoraCamDeviceLicenseInfo] | Unset = UNSET
    configuration: SoraCamDeviceConfiguration | Unset = UNSET
    connected: bool | Unset = UNSET
    device_category: str | Unset = UNSET
    is_shared: bool | Unset = UNSET
    last_connected_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        firmware_version = self.firmware_version

        name = self.name

        power_state = self.power_state.value

        product_display_name = self.product_display_name

        applied_licenses: list[dict[str, Any]] | Unset = UNSET
        if self.applied_licenses is not UNSET:
            applied_licenses = []
            for applied_licenses_item_data in self.applied_licenses:
                applied_licenses_item = applied_licenses_item_data.to_dict()
                applied_licenses.append(applied_licenses_item)

        configuration: dict[str, Any] | Unset = UNSET
        if self.configuration is not UNSET:
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
        d = dict(src_dict)
        device_id = d.pop("deviceId")

        firmware_version = d.pop("firmwareVersion")

        name = d.pop("name")

        power_state = SoraCamDevicePowerState(d.pop("powerState"))

        product_display_name = d.pop("productDisplayName")

        _applied_licenses = d.pop("appliedLicenses", UNSET)
        applied_licenses: list[SoraCamDeviceLicenseInfo] | Unset = UNSET
        if _applied_licenses is not UNSET:
            applied_licenses = []
            for applied_licenses_item_data in _applied_licenses:
                applied_licenses_item = SoraCamDeviceLicenseInfo.from_dict(
                    applied_licenses_item_data
                )

                applied_licenses.append(applied_licenses_item)

        _configuration = d.pop("configuration", UNSET)
        configuration: SoraCamDeviceConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = SoraCamDeviceConfiguration.from_dict(_configuration)

        connected = d.pop("connected", UNSET)

        device_category = d.pop("deviceCategory", UNSET)

        is_shared = d.pop("isShared", UNSET)

        last_connected_time = d.pop("lastConnectedTime", UNSET)

        sora_cam_device = cls(
            device_id=device_id,
            firmware_version=firmware_version,
            name=name,
            power_state=power_state,
            product_display_name=product_display_name,
            applied_licenses=applied_licenses,
            configuration=configuration,
            connected=connected,
            device_category=device_category,
            is_shared=is_shared,
            last_connected_time=last_connected_time,
        )

        sora_cam_device.additional_properties = d
        return sora_cam_device

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
