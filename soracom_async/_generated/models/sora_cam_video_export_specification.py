from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sora_cam_video_export_specification_audio_codec import (
    SoraCamVideoExportSpecificationAudioCodec,
)
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_export_video_to_harvest_files import SoraCamExportVideoToHarvestFiles


T = TypeVar("T", bound="SoraCamVideoExportSpecification")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamVideoExportSpecification:
    """
    Attributes:
        from_ (int): Start time for exporting (unix time in milliseconds).
        to (int): End time for exporting (unix time in milliseconds).

            - The maximum duration that can be exported in a single API call is 900 seconds (15 minutes). Make sure the
            difference between `from` and `to` does not exceed 900 seconds.
        archive (bool | None | Unset): Specifies whether exported files should be compressed. Defaults to `true`.

            - `true`: Compresses video files in zip format.
            - `false`: Exports video files as uncompressed MP4 files.
             Default: True.
        audio_codec (SoraCamVideoExportSpecificationAudioCodec | None | Unset): Specifies the audio codec for exported
            videos. Defaults to `pcm_s16le`.

            - `mp3`: MP3
            - `pcm_s16le`: PCM 16-bit (WAV file)

            **Warning**: If `mp3` is specified, it will consume twice the recorded video time available for export.
             Default: SoraCamVideoExportSpecificationAudioCodec.PCM_S16LE.
        harvest_files (SoraCamExportVideoToHarvestFiles | None | Unset): Specifies the settings for exporting video to
            Harvest Files.

            Example: `harvestFiles: { pathPrefix: "/sora_cam/{device_id}" }`

            If the `pathPrefix` is omitted or set to an empty string, the export will be saved in the root directory of
            Harvest Files.

            Example of exporting to the root directory: `harvestFiles: { pathPrefix: "" }`
    """

    from_: int
    to: int
    archive: bool | None | Unset = True
    audio_codec: SoraCamVideoExportSpecificationAudioCodec | None | Unset = (
        SoraCamVideoExportSpecificationAudioCodec.PCM_S16LE
    )
    harvest_files: SoraCamExportVideoToHarvestFiles | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        from_: int,
        to: int,
        archive: bool | None | Unset = True,
        audio_codec: SoraCamVideoExportSpecificationAudioCodec
        | Literal["pcm_s16le", "mp3"]
        | None
        | Unset = SoraCamVideoExportSpecificationAudioCodec.PCM_S16LE,
        harvest_files: SoraCamExportVideoToHarvestFiles | Mapping[str, Any] | None | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.to = to
        self.archive = archive
        self.audio_codec = as_enum(
            audio_codec,
            SoraCamVideoExportSpecificationAudioCodec,
            "SoraCamVideoExportSpecification",
            "audio_codec",
        )
        self.harvest_files = as_model(
            harvest_files,
            SoraCamExportVideoToHarvestFiles,
            "SoraCamVideoExportSpecification",
            "harvest_files",
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"from_={self.from_!r}, "
            f"to={self.to!r}, "
            f"archive={self.archive!r}, "
            f"audio_codec={self.audio_codec!r}, "
            f"harvest_files={self.harvest_files!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(
            other, SoraCamVideoExportSpecification
        ):
            return NotImplemented
        return (
            self.from_,
            self.to,
            self.archive,
            self.audio_codec,
            self.harvest_files,
            self.additional_properties,
        ) == (
            other.from_,
            other.to,
            other.archive,
            other.audio_codec,
            other.harvest_files,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        archive = self.archive

        audio_codec: str | None | Unset
        if self.audio_codec is None or self.audio_codec is UNSET:
            audio_codec = self.audio_codec
        else:
            audio_codec = str(self.audio_codec)

        harvest_files: dict[str, Any] | None | Unset
        if self.harvest_files is None or self.harvest_files is UNSET:
            harvest_files = self.harvest_files
        else:
            harvest_files = self.harvest_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
            }
        )
        if archive is not UNSET:
            field_dict["archive"] = archive
        if audio_codec is not UNSET:
            field_dict["audioCodec"] = audio_codec
        if harvest_files is not UNSET:
            field_dict["harvestFiles"] = harvest_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_from_ = d.pop("from", None)
        if _required_from_ is None:
            raise missing_field(cls.__name__, "from")
        from_ = _required_from_

        _required_to = d.pop("to", None)
        if _required_to is None:
            raise missing_field(cls.__name__, "to")
        to = _required_to

        archive = d.pop("archive", UNSET)

        _audio_codec = d.pop("audioCodec", UNSET)
        audio_codec: SoraCamVideoExportSpecificationAudioCodec | None | Unset
        if _audio_codec is None or _audio_codec is UNSET:
            audio_codec = _audio_codec
        else:
            try:
                audio_codec = _by_value_SoraCamVideoExportSpecificationAudioCodec[_audio_codec]
            except (KeyError, TypeError):
                audio_codec = SoraCamVideoExportSpecificationAudioCodec(_audio_codec)

        _harvest_files = d.pop("harvestFiles", UNSET)
        harvest_files: SoraCamExportVideoToHarvestFiles | None | Unset
        if _harvest_files is None or _harvest_files is UNSET:
            harvest_files = _harvest_files
        else:
            harvest_files = _from_dict_SoraCamExportVideoToHarvestFiles(_harvest_files)

        _self = cls.__new__(cls)
        _self.from_ = from_
        _self.to = to
        _self.archive = archive
        _self.audio_codec = audio_codec
        _self.harvest_files = harvest_files
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
from ..models.sora_cam_export_video_to_harvest_files import SoraCamExportVideoToHarvestFiles  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_SoraCamVideoExportSpecificationAudioCodec = (
    SoraCamVideoExportSpecificationAudioCodec._value2member_map_
)
_from_dict_SoraCamExportVideoToHarvestFiles = SoraCamExportVideoToHarvestFiles.from_dict
