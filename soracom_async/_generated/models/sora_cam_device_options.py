from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_device_real_time_access_option import SoraCamDeviceRealTimeAccessOption


T = TypeVar("T", bound="SoraCamDeviceOptions")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamDeviceOptions:
    """
    Attributes:
        real_time_access (SoraCamDeviceRealTimeAccessOption):
    """

    real_time_access: SoraCamDeviceRealTimeAccessOption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        real_time_access: SoraCamDeviceRealTimeAccessOption | Mapping[str, Any],
    ) -> None:
        self.real_time_access = as_model(
            real_time_access,
            SoraCamDeviceRealTimeAccessOption,
            "SoraCamDeviceOptions",
            "real_time_access",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"real_time_access={self.real_time_access!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamDeviceOptions):
            return NotImplemented
        return (
            self.real_time_access,
            self.additional_properties,
        ) == (
            other.real_time_access,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        real_time_access = self.real_time_access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "realTimeAccess": real_time_access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_real_time_access = d.pop("realTimeAccess", None)
        if _required_real_time_access is None:
            raise missing_field(cls.__name__, "realTimeAccess")
        real_time_access = _from_dict_SoraCamDeviceRealTimeAccessOption(_required_real_time_access)

        _self = cls.__new__(cls)
        _self.real_time_access = real_time_access
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
from ..models.sora_cam_device_real_time_access_option import SoraCamDeviceRealTimeAccessOption  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamDeviceRealTimeAccessOption = SoraCamDeviceRealTimeAccessOption.from_dict
