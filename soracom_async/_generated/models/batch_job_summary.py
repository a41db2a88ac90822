from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, wrong_shape

T = TypeVar("T", bound="BatchJobSummary")


@_attrs_define(init=False, repr=False, eq=False)
class BatchJobSummary:
    """Number of tasks for each status. These numbers are periodically updated during the batch job execution.

    Attributes:
        error (int | None | Unset): Number of tasks that failed to execute. Example: 0.
        pending (int | None | Unset): Number of tasks waiting for execution. Example: 5.
        success (int | None | Unset): Number of tasks that have successfully executed. Example: 95.
    """

    error: int | None | Unset = UNSET
    pending: int | None | Unset = UNSET
    success: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        error: int | None | Unset = UNSET,
        pending: int | None | Unset = UNSET,
        success: int | None | Unset = UNSET,
    ) -> None:
        self.error = error
        self.pending = pending
        self.success = success
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"error={self.error!r}, "
            f"pending={self.pending!r}, "
            f"success={self.success!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchJobSummary):
            return NotImplemented
        return (
            self.error,
            self.pending,
            self.success,
            self.additional_properties,
        ) == (
            other.error,
            other.pending,
            other.success,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        pending = self.pending

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if pending is not UNSET:
            field_dict["pending"] = pending
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        pending = d.pop("pending", UNSET)

        success = d.pop("success", UNSET)

        _self = cls.__new__(cls)
        _self.error = error
        _self.pending = pending
        _self.success = success
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
