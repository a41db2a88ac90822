from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.sim_initial_setting_tags import SimInitialSettingTags


T = TypeVar("T", bound="SimInitialSetting")


@_attrs_define(init=False, repr=False, eq=False)
class SimInitialSetting:
    """Sim initial setting for the specific subscription.

    Attributes:
        group_id (str | None | Unset): Group ID.
        speed_class (str | None | Unset): Speed class. Specify one of the following. Please specify the speed class that
            matches the subscription.

            - For plan01s, plan01s - Low Data Volume, planXM1, planX3 (X3-5MB), planP1, plan-D (without bundle), plan-D
            (D-500MB), plan-K2 (K2-500MB), plan-K:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
            - For plan-US:
                - `s1.minimum`
                - `s1.slow`
                - `s1.standard`
                - `s1.fast`
                - `s1.4xfast`
                - `s1.8xfast`
            - For plan-DU:
                - `u1.standard`
                - `u1.slow`
            - For plan-KM1:
                - `t1.standard`
        tags (SimInitialSettingTags | None | Unset): Tags.
    """

    group_id: str | None | Unset = UNSET
    speed_class: str | None | Unset = UNSET
    tags: SimInitialSettingTags | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        group_id: str | None | Unset = UNSET,
        speed_class: str | None | Unset = UNSET,
        tags: SimInitialSettingTags | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.group_id = group_id
        self.speed_class = speed_class
        self.tags = as_model(tags, SimInitialSettingTags, "SimInitialSetting", "tags")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"group_id={self.group_id!r}, "
            f"speed_class={self.speed_class!r}, "
            f"tags={self.tags!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SimInitialSetting):
            return NotImplemented
        return (
            self.group_id,
            self.speed_class,
            self.tags,
            self.additional_properties,
        ) == (
            other.group_id,
            other.speed_class,
            other.tags,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        speed_class = self.speed_class

        tags: dict[str, Any] | None | Unset
        if self.tags is None or self.tags is UNSET:
            tags = self.tags
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if speed_class is not UNSET:
            field_dict["speedClass"] = speed_class
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        speed_class = d.pop("speedClass", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: SimInitialSettingTags | None | Unset
        if _tags is None or _tags is UNSET:
            tags = _tags
        else:
            tags = _from_dict_SimInitialSettingTags(_tags)

        _self = cls.__new__(cls)
        _self.group_id = group_id
        _self.speed_class = speed_class
        _self.tags = tags
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
from ..models.sim_initial_setting_tags import SimInitialSettingTags  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SimInitialSettingTags = SimInitialSettingTags.from_dict
