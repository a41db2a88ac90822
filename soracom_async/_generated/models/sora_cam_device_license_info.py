from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import wrong_shape

T = TypeVar("T", bound="SoraCamDeviceLicenseInfo")


@_attrs_define
class SoraCamDeviceLicenseInfo:
    """
    Attributes:
        name (str): Name of the license applied to a SoraCam compatible camera device.

            - `Cloud Continuous Recording License (x Days)`
            - `Cloud Motion Detection "Unlimited" Recording License (x Days)`
        value (str): Properties of the license applied to a SoraCam compatible camera device.

            If `name` is `Cloud Continuous Recording License (x Days)` or
            `Cloud Motion Detection "Unlimited" Recording License (x Days)`:

            - `storage_life`: Storage life.
    """

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        sora_cam_device_license_info = cls(
            name=name,
            value=value,
        )

        sora_cam_device_license_info.additional_properties = d
        return sora_cam_device_license_info

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
