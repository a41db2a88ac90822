from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_task_api_request_method import BatchTaskApiRequestMethod
from ..types import UNSET, Unset, as_enum, missing_field, wrong_shape

T = TypeVar("T", bound="BatchTaskApiRequest")


@_attrs_define(init=False, repr=False, eq=False)
class BatchTaskApiRequest:
    """The API request of this task.

    Attributes:
        method (BatchTaskApiRequestMethod): HTTP method of the API request. Example: POST.
        path (str): Path of the API request. Example: /v1/sims/8981100001234567890/set_group.
        body (Any | None | Unset): Body of the API request. Example: {'groupId':
            '11111111-2222-3333-4444-555555555555'}.
    """

    method: BatchTaskApiRequestMethod
    path: str
    body: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        method: BatchTaskApiRequestMethod | Literal["POST", "GET", "PUT", "DELETE"],
        path: str,
        body: Any | None | Unset = UNSET,
    ) -> None:
        self.method = as_enum(method, BatchTaskApiRequestMethod, "BatchTaskApiRequest", "method")
        self.path = path
        self.body = body
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"method={self.method!r}, "
            f"path={self.path!r}, "
            f"body={self.body!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchTaskApiRequest):
            return NotImplemented
        return (
            self.method,
            self.path,
            self.body,
            self.additional_properties,
        ) == (
            other.method,
            other.path,
            other.body,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        method = str(self.method)

        path = self.path

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "path": path,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_method = d.pop("method", None)
        if _required_method is None:
            raise missing_field(cls.__name__, "method")
        _method = _required_method
        try:
            method = _by_value_BatchTaskApiRequestMethod[_method]
        except (KeyError, TypeError):
            method = BatchTaskApiRequestMethod(_method)

        _required_path = d.pop("path", None)
        if _required_path is None:
            raise missing_field(cls.__name__, "path")
        path = _required_path

        body = d.pop("body", UNSET)

        _self = cls.__new__(cls)
        _self.method = method
        _self.path = path
        _self.body = body
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
_by_value_BatchTaskApiRequestMethod = BatchTaskApiRequestMethod._value2member_map_
