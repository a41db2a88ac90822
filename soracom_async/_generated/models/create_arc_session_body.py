from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import wrong_shape

T = TypeVar("T", bound="CreateArcSessionBody")


@_attrs_define(init=False)
class CreateArcSessionBody:
    def __init__(
        self,
    ) -> None:
        pass

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        _self = cls.__new__(cls)
        return _self
