from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_field, wrong_shape

T = TypeVar("T", bound="SoraCamPlayListEntry")


@_attrs_define(init=False, repr=False, eq=False)
class SoraCamPlayListEntry:
    """
    Attributes:
        url (str): URL to get mpd file of streaming video (latest video / recorded video).

            - No URL is returned in the following cases:
              - When trying to get the latest video, the power of the SoraCam compatible camera device is not turned on.
              - When trying to get the latest video, cloud recording has not started on a SoraCam compatible camera device.
              - When trying to get recorded video, there is no recorded video between the specified `from` and `to`.
        from_ (int | None | Unset): The start time of the recorded video (UNIX time in milliseconds). Omitted for the
            latest video.
        to (int | None | Unset): The end time of the recorded video (UNIX time in milliseconds). Omitted for the latest
            video.
    """

    url: str
    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        url: str,
        from_: int | None | Unset = UNSET,
        to: int | None | Unset = UNSET,
    ) -> None:
        self.url = url
        self.from_ = from_
        self.to = to
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"url={self.url!r}, "
            f"from_={self.from_!r}, "
            f"to={self.to!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, SoraCamPlayListEntry):
            return NotImplemented
        return (
            self.url,
            self.from_,
            self.to,
            self.additional_properties,
        ) == (
            other.url,
            other.from_,
            other.to,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_url = d.pop("url", None)
        if _required_url is None:
            raise missing_field(cls.__name__, "url")
        url = _required_url

        from_ = d.pop("from", UNSET)

        to = d.pop("to", UNSET)

        _self = cls.__new__(cls)
        _self.url = url
        _self.from_ = from_
        _self.to = to
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
