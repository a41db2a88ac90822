from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_atom_cam_settings_all_logo import SoraCamAtomCamSettingsAllLogo
from ..models.sora_cam_atom_cam_settings_all_motion import SoraCamAtomCamSettingsAllMotion
from ..models.sora_cam_atom_cam_settings_all_motion_sensitivity import (
    SoraCamAtomCamSettingsAllMotionSensitivity,
)
from ..models.sora_cam_atom_cam_settings_all_motion_tagging import (
    SoraCamAtomCamSettingsAllMotionTagging,
)
from ..models.sora_cam_atom_cam_settings_all_night_vision import (
    SoraCamAtomCamSettingsAllNightVision,
)
from ..models.sora_cam_atom_cam_settings_all_quality import SoraCamAtomCamSettingsAllQuality
from ..models.sora_cam_atom_cam_settings_all_rotation import SoraCamAtomCamSettingsAllRotation
from ..models.sora_cam_atom_cam_settings_all_sound import SoraCamAtomCamSettingsAllSound
from ..models.sora_cam_atom_cam_settings_all_sound_sensitivity import (
    SoraCamAtomCamSettingsAllSoundSensitivity,
)
from ..models.sora_cam_atom_cam_settings_all_status_light import (
    SoraCamAtomCamSettingsAllStatusLight,
)
from ..models.sora_cam_atom_cam_settings_all_timestamp import SoraCamAtomCamSettingsAllTimestamp
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamAtomCamSettingsAll")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamAtomCamSettingsAll:
    """
    Attributes:
        logo (SoraCamAtomCamSettingsAllLogo): Display settings for the ATOM tech Inc. logo shown on the bottom left of
            the captured image.

            - `on`
            - `off`
        motion (SoraCamAtomCamSettingsAllMotion): Settings for motion detection.

            - `on`
            - `off`
        motion_sensitivity (SoraCamAtomCamSettingsAllMotionSensitivity): Settings for the motion detection sensitivity.
            The higher the sensitivity, the smaller the image changes that can be detected.

            - `high`
            - `medium`
            - `low`
        motion_tagging (SoraCamAtomCamSettingsAllMotionTagging): Display settings for motion tagging. Motion tagging is
            a green frame that is displayed when motion is detected.

            - `on`
            - `off`
        night_vision (SoraCamAtomCamSettingsAllNightVision): Settings for night vision mode.

            - `on`: Night vision mode.
            - `off`: Normal mode.
            - `auto`: Auto-switching.
        quality (SoraCamAtomCamSettingsAllQuality): Settings for the live video and cloud recording quality. Note that
            for cloud recordings, the resolution is 1080p (1920 x 1080 pixels), regardless of the quality setting.

            - `low`: The same quality as selecting "360p" in the ATOM app.
            - `medium`: The same quality as selecting "SD" in the ATOM app.
            - `high`: The same quality as selecting "HD (1080p)" in the ATOM app.
        sound (SoraCamAtomCamSettingsAllSound): Settings for sound detection.

            - `on`
            - `off`
        sound_sensitivity (SoraCamAtomCamSettingsAllSoundSensitivity): Settings for sound detection sensitivity. The
            higher the sensitivity, the easier it is to detect small sounds.

            - `high`
            - `medium`
            - `low`
        status_light (SoraCamAtomCamSettingsAllStatusLight): Settings for the status light (indicator light that shows
            the status of the camera).

            - `on`
            - `off`
        timestamp (SoraCamAtomCamSettingsAllTimestamp): Display settings for the timestamp shown on the bottom right of
            the captured image.

            - `on`
            - `off`
        rotation (SoraCamAtomCamSettingsAllRotation | None | Unset): Settings for rotating the image by 180 degrees. Set
            to `180` when installing the SoraCam compatible camera device upside down.

            - `0`: OFF (no rotation).
            - `180`: ON (180-degree rotation).
    """

    logo: SoraCamAtomCamSettingsAllLogo
    motion: SoraCamAtomCamSettingsAllMotion
    motion_sensitivity: SoraCamAtomCamSettingsAllMotionSensitivity
    motion_tagging: SoraCamAtomCamSettingsAllMotionTagging
    night_vision: SoraCamAtomCamSettingsAllNightVision
    quality: SoraCamAtomCamSettingsAllQuality
    sound: SoraCamAtomCamSettingsAllSound
    sound_sensitivity: SoraCamAtomCamSettingsAllSoundSensitivity
    status_light: SoraCamAtomCamSettingsAllStatusLight
    timestamp: SoraCamAtomCamSettingsAllTimestamp
    rotation: SoraCamAtomCamSettingsAllRotation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        logo: SoraCamAtomCamSettingsAllLogo | Literal["on", "off"],
        motion: SoraCamAtomCamSettingsAllMotion | Literal["on", "off"],
        motion_sensitivity: SoraCamAtomCamSettingsAllMotionSensitivity
        | Literal["high", "medium", "low"],
        motion_tagging: SoraCamAtomCamSettingsAllMotionTagging | Literal["on", "off"],
        night_vision: SoraCamAtomCamSettingsAllNightVision | Literal["on", "off", "auto"],
        quality: SoraCamAtomCamSettingsAllQuality | Literal["low", "medium", "high"],
        sound: SoraCamAtomCamSettingsAllSound | Literal["on", "off"],
        sound_sensitivity: SoraCamAtomCamSettingsAllSoundSensitivity
        | Literal["high", "medium", "low"],
        status_light: SoraCamAtomCamSettingsAllStatusLight | Literal["on", "off"],
        timestamp: SoraCamAtomCamSettingsAllTimestamp | Literal["on", "off"],
        rotation: SoraCamAtomCamSettingsAllRotation | Literal[0, 180] | None | Unset = UNSET,
    ) -> None:
        self.logo = as_enum(
            logo, SoraCamAtomCamSettingsAllLogo, "SoraCamAtomCamSettingsAll", "logo"
        )
        self.motion = as_enum(
            motion, SoraCamAtomCamSettingsAllMotion, "SoraCamAtomCamSettingsAll", "motion"
        )
        self.motion_sensitivity = as_enum(
            motion_sensitivity,
            SoraCamAtomCamSettingsAllMotionSensitivity,
            "SoraCamAtomCamSettingsAll",
            "motion_sensitivity",
        )
        self.motion_tagging = as_enum(
            motion_tagging,
            SoraCamAtomCamSettingsAllMotionTagging,
            "SoraCamAtomCamSettingsAll",
            "motion_tagging",
        )
        self.night_vision = as_enum(
            night_vision,
            SoraCamAtomCamSettingsAllNightVision,
            "SoraCamAtomCamSettingsAll",
            "night_vision",
        )
        self.quality = as_enum(
            quality, SoraCamAtomCamSettingsAllQuality, "SoraCamAtomCamSettingsAll", "quality"
        )
        self.sound = as_enum(
            sound, SoraCamAtomCamSettingsAllSound, "SoraCamAtomCamSettingsAll", "sound"
        )
        self.sound_sensitivity = as_enum(
            sound_sensitivity,
            SoraCamAtomCamSettingsAllSoundSensitivity,
            "SoraCamAtomCamSettingsAll",
            "sound_sensitivity",
        )
        self.status_light = as_enum(
            status_light,
            SoraCamAtomCamSettingsAllStatusLight,
            "SoraCamAtomCamSettingsAll",
            "status_light",
        )
        self.timestamp = as_enum(
            timestamp, SoraCamAtomCamSettingsAllTimestamp, "SoraCamAtomCamSettingsAll", "timestamp"
        )
        self.rotation = as_enum(
            rotation, SoraCamAtomCamSettingsAllRotation, "SoraCamAtomCamSettingsAll", "rotation"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"logo={self.logo!r}, "
            f"motion={self.motion!r}, "
            f"motion_sensitivity={self.motion_sensitivity!r}, "
            f"motion_tagging={self.motion_tagging!r}, "
            f"night_vision={self.night_vision!r}, "
            f"quality={self.quality!r}, "
            f"sound={self.sound!r}, "
            f"sound_sensitivity={self.sound_sensitivity!r}, "
            f"status_light={self.status_light!r}, "
            f"timestamp={self.timestamp!r}, "
            f"rotation={self.rotation!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamAtomCamSettingsAll
        ):
            return NotImplemented
        return (
            self.logo,
            self.motion,
            self.motion_sensitivity,
            self.motion_tagging,
            self.night_vision,
            self.quality,
            self.sound,
            self.sound_sensitivity,
            self.status_light,
            self.timestamp,
            self.rotation,
            self.additional_properties,
        ) == (
            other.logo,
            other.motion,
            other.motion_sensitivity,
            other.motion_tagging,
            other.night_vision,
            other.quality,
            other.sound,
            other.sound_sensitivity,
            other.status_light,
            other.timestamp,
            other.rotation,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        logo = str(self.logo)

        motion = str(self.motion)

        motion_sensitivity = str(self.motion_sensitivity)

        motion_tagging = str(self.motion_tagging)

        night_vision = str(self.night_vision)

        quality = str(self.quality)

        sound = str(self.sound)

        sound_sensitivity = str(self.sound_sensitivity)

        status_light = str(self.status_light)

        timestamp = str(self.timestamp)

        rotation: int | None | Unset
        if self.rotation is None or self.rotation is UNSET:
            rotation = self.rotation
        else:
            rotation = int(self.rotation)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logo": logo,
                "motion": motion,
                "motionSensitivity": motion_sensitivity,
                "motionTagging": motion_tagging,
                "nightVision": night_vision,
                "quality": quality,
                "sound": sound,
                "soundSensitivity": sound_sensitivity,
                "statusLight": status_light,
                "timestamp": timestamp,
            }
        )
        if rotation is not UNSET:
            field_dict["rotation"] = rotation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_logo = d.pop("logo", None)
        if _required_logo is None:
            raise missing_field(cls.__name__, "logo")
        _logo = _required_logo
        try:
            logo = _by_value_SoraCamAtomCamSettingsAllLogo[_logo]
        except (KeyError, TypeError):
            logo = SoraCamAtomCamSettingsAllLogo(_logo)

        _required_motion = d.pop("motion", None)
        if _required_motion is None:
            raise missing_field(cls.__name__, "motion")
        _motion = _required_motion
        try:
            motion = _by_value_SoraCamAtomCamSettingsAllMotion[_motion]
        except (KeyError, TypeError):
            motion = SoraCamAtomCamSettingsAllMotion(_motion)

        _required_motion_sensitivity = d.pop("motionSensitivity", None)
        if _required_motion_sensitivity is None:
            raise missing_field(cls.__name__, "motionSensitivity")
        _motion_sensitivity = _required_motion_sensitivity
        try:
            motion_sensitivity = _by_value_SoraCamAtomCamSettingsAllMotionSensitivity[
                _motion_sensitivity
            ]
        except (KeyError, TypeError):
            motion_sensitivity = SoraCamAtomCamSettingsAllMotionSensitivity(_motion_sensitivity)

        _required_motion_tagging = d.pop("motionTagging", None)
        if _required_motion_tagging is None:
            raise missing_field(cls.__name__, "motionTagging")
        _motion_tagging = _required_motion_tagging
        try:
            motion_tagging = _by_value_SoraCamAtomCamSettingsAllMotionTagging[_motion_tagging]
        except (KeyError, TypeError):
            motion_tagging = SoraCamAtomCamSettingsAllMotionTagging(_motion_tagging)

        _required_night_vision = d.pop("nightVision", None)
        if _required_night_vision is None:
            raise missing_field(cls.__name__, "nightVision")
        _night_vision = _required_night_vision
        try:
            night_vision = _by_value_SoraCamAtomCamSettingsAllNightVision[_night_vision]
        except (KeyError, TypeError):
            night_vision = SoraCamAtomCamSettingsAllNightVision(_night_vision)

        _required_quality = d.pop("quality", None)
        if _required_quality is None:
            raise missing_field(cls.__name__, "quality")
        _quality = _required_quality
        try:
            quality = _by_value_SoraCamAtomCamSettingsAllQuality[_quality]
        except (KeyError, TypeError):
            quality = SoraCamAtomCamSettingsAllQuality(_quality)

        _required_sound = d.pop("sound", None)
        if _required_sound is None:
            raise missing_field(cls.__name__, "sound")
        _sound = _required_sound
        try:
            sound = _by_value_SoraCamAtomCamSettingsAllSound[_sound]
        except (KeyError, TypeError):
            sound = SoraCamAtomCamSettingsAllSound(_sound)

        _required_sound_sensitivity = d.pop("soundSensitivity", None)
        if _required_sound_sensitivity is None:
            raise missing_field(cls.__name__, "soundSensitivity")
        _sound_sensitivity = _required_sound_sensitivity
        try:
            sound_sensitivity = _by_value_SoraCamAtomCamSettingsAllSoundSensitivity[
                _sound_sensitivity
            ]
        except (KeyError, TypeError):
            sound_sensitivity = SoraCamAtomCamSettingsAllSoundSensitivity(_sound_sensitivity)

        _required_status_light = d.pop("statusLight", None)
        if _required_status_light is None:
            raise missing_field(cls.__name__, "statusLight")
        _status_light = _required_status_light
        try:
            status_light = _by_value_SoraCamAtomCamSettingsAllStatusLight[_status_light]
        except (KeyError, TypeError):
            status_light = SoraCamAtomCamSettingsAllStatusLight(_status_light)

        _required_timestamp = d.pop("timestamp", None)
        if _required_timestamp is None:
            raise missing_field(cls.__name__, "timestamp")
        _timestamp = _required_timestamp
        try:
            timestamp = _by_value_SoraCamAtomCamSettingsAllTimestamp[_timestamp]
        except (KeyError, TypeError):
            timestamp = SoraCamAtomCamSettingsAllTimestamp(_timestamp)

        _rotation = d.pop("rotation", UNSET)
        rotation: SoraCamAtomCamSettingsAllRotation | None | Unset
        if _rotation is None or _rotation is UNSET:
            rotation = _rotation
        else:
            try:
                rotation = _by_value_SoraCamAtomCamSettingsAllRotation[_rotation]
            except (KeyError, TypeError):
                rotation = SoraCamAtomCamSettingsAllRotation(_rotation)

        _self = cls.__new__(cls)
        _self.logo = logo
        _self.motion = motion
        _self.motion_sensitivity = motion_sensitivity
        _self.motion_tagging = motion_tagging
        _self.night_vision = night_vision
        _self.quality = quality
        _self.sound = sound
        _self.sound_sensitivity = sound_sensitivity
        _self.status_light = status_light
        _self.timestamp = timestamp
        _self.rotation = rotation
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
_by_value_SoraCamAtomCamSettingsAllLogo = SoraCamAtomCamSettingsAllLogo._value2member_map_
_by_value_SoraCamAtomCamSettingsAllMotion = SoraCamAtomCamSettingsAllMotion._value2member_map_
_by_value_SoraCamAtomCamSettingsAllMotionSensitivity = (
    SoraCamAtomCamSettingsAllMotionSensitivity._value2member_map_
)
_by_value_SoraCamAtomCamSettingsAllMotionTagging = (
    SoraCamAtomCamSettingsAllMotionTagging._value2member_map_
)
_by_value_SoraCamAtomCamSettingsAllNightVision = (
    SoraCamAtomCamSettingsAllNightVision._value2member_map_
)
_by_value_SoraCamAtomCamSettingsAllQuality = SoraCamAtomCamSettingsAllQuality._value2member_map_
_by_value_SoraCamAtomCamSettingsAllRotation = SoraCamAtomCamSettingsAllRotation._value2member_map_
_by_value_SoraCamAtomCamSettingsAllSound = SoraCamAtomCamSettingsAllSound._value2member_map_
_by_value_SoraCamAtomCamSettingsAllSoundSensitivity = (
    SoraCamAtomCamSettingsAllSoundSensitivity._value2member_map_
)
_by_value_SoraCamAtomCamSettingsAllStatusLight = (
    SoraCamAtomCamSettingsAllStatusLight._value2member_map_
)
_by_value_SoraCamAtomCamSettingsAllTimestamp = SoraCamAtomCamSettingsAllTimestamp._value2member_map_
