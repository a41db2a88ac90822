from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.sora_cam_play_list_entry import SoraCamPlayListEntry


T = TypeVar("T", bound="SoraCamStreamingVideo")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamStreamingVideo:
    """
    Attributes:
        expiry_time (int): Expiration timestamp of all URLs in playList (UNIX time in milliseconds).
        play_list (list[SoraCamPlayListEntry] | None | Unset): Array of playlist entries for streaming video (latest
            video / recorded video).

            - For the latest video, only one video file is always returned. In addition, `from` and `to` are omitted.
            - For recorded video, the video file may be split depending on the recording status.
    """

    expiry_time: int
    play_list: list[SoraCamPlayListEntry] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        expiry_time: int,
        play_list: Sequence[SoraCamPlayListEntry | Mapping[str, Any]] | None | Unset = UNSET,
    ) -> None:
        self.expiry_time = expiry_time
        self.play_list = as_models(
            play_list, SoraCamPlayListEntry, "SoraCamStreamingVideo", "play_list"
        )
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"expiry_time={self.expiry_time!r}, "
            f"play_list={self.play_list!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamStreamingVideo):
            return NotImplemented
        return (
            self.expiry_time,
            self.play_list,
            self.additional_properties,
        ) == (
            other.expiry_time,
            other.play_list,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        expiry_time = self.expiry_time

        play_list: list[dict[str, Any]] | None | Unset
        if self.play_list is None or self.play_list is UNSET:
            play_list = self.play_list
        else:
            play_list = []
            for play_list_item_data in self.play_list:
                play_list_item = play_list_item_data.to_dict()

                play_list.append(play_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiryTime": expiry_time,
            }
        )
        if play_list is not UNSET:
            field_dict["playList"] = play_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_expiry_time = d.pop("expiryTime", None)
        if _required_expiry_time is None:
            raise missing_field(cls.__name__, "expiryTime")
        expiry_time = _required_expiry_time

        _play_list = d.pop("playList", UNSET)
        play_list: list[SoraCamPlayListEntry] | None | Unset
        if _play_list is None or _play_list is UNSET:
            play_list = _play_list
        elif not isinstance(_play_list, list):
            raise wrong_shape("playList", "a JSON array", _play_list)
        else:
            play_list = [_from_dict_SoraCamPlayListEntry(v) for v in _play_list]

        _self = cls.__new__(cls)
        _self.expiry_time = expiry_time
        _self.play_list = play_list
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
from ..models.sora_cam_play_list_entry import SoraCamPlayListEntry  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_SoraCamPlayListEntry = SoraCamPlayListEntry.from_dict
