from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.resource_initial_setting_sim_initial_settings import (
        ResourceInitialSettingSimInitialSettings,
    )


T = TypeVar("T", bound="ResourceInitialSetting")


@_attrs_define(init=False, repr=False, eq=False)
class ResourceInitialSetting:
    """Initial setting for the resource.

    Attributes:
        sim_initial_settings (ResourceInitialSettingSimInitialSettings | None | Unset): Initial setting of SIMs for each
            subscription. The key specifies a subscription.

            - `plan01s`
            - `plan01s-low_data_volume`: plan01s - Low Data Volume.
            - `planXM1`
            - `planX3`: planX3 (X3-5MB).
            - `planP1`
            - `plan-D`: plan-D (without bundle), plan-D (D-500MB).
            - `plan-K2`: plan-K2 (K2-500MB).
            - `plan-DU`
            - `plan-KM1`
            - `plan-K`
            - `plan-US`
             Example: {'plan01s': {'groupId': '00000000-1111-2222-3333-444444444444', 'speedClass': 's1.4xfast', 'tags':
            {'date': 20221111, 'location': 'headquarters'}}}.
    """

    sim_initial_settings: ResourceInitialSettingSimInitialSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        sim_initial_settings: ResourceInitialSettingSimInitialSettings
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
    ) -> None:
        self.sim_initial_settings = as_model(
            sim_initial_settings,
            ResourceInitialSettingSimInitialSettings,
            "ResourceInitialSetting",
            "sim_initial_settings",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"sim_initial_settings={self.sim_initial_settings!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, ResourceInitialSetting):
            return NotImplemented
        return (
            self.sim_initial_settings,
            self.additional_properties,
        ) == (
            other.sim_initial_settings,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        sim_initial_settings: dict[str, Any] | None | Unset
        if self.sim_initial_settings is None or self.sim_initial_settings is UNSET:
            sim_initial_settings = self.sim_initial_settings
        else:
            sim_initial_settings = self.sim_initial_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim_initial_settings is not UNSET:
            field_dict["simInitialSettings"] = sim_initial_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _sim_initial_settings = d.pop("simInitialSettings", UNSET)
        sim_initial_settings: ResourceInitialSettingSimInitialSettings | None | Unset
        if _sim_initial_settings is None or _sim_initial_settings is UNSET:
            sim_initial_settings = _sim_initial_settings
        else:
            sim_initial_settings = _from_dict_ResourceInitialSettingSimInitialSettings(
                _sim_initial_settings
            )

        _self = cls.__new__(cls)
        _self.sim_initial_settings = sim_initial_settings
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
from ..models.resource_initial_setting_sim_initial_settings import (
    ResourceInitialSettingSimInitialSettings,  # noqa: E402
)

# Parsers called per object, bound once (after every import).
_from_dict_ResourceInitialSettingSimInitialSettings = (
    ResourceInitialSettingSimInitialSettings.from_dict
)
