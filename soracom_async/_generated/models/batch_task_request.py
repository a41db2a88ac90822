from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.batch_task_api_request import BatchTaskApiRequest


T = TypeVar("T", bound="BatchTaskRequest")


@_attrs_define(init=False, repr=False, eq=False)
class BatchTaskRequest:
    """
    Attributes:
        request (BatchTaskApiRequest): The API request of this task.
    """

    request: BatchTaskApiRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        request: BatchTaskApiRequest | Mapping[str, Any],
    ) -> None:
        self.request = as_model(request, BatchTaskApiRequest, "BatchTaskRequest", "request")
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"request={self.request!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchTaskRequest):
            return NotImplemented
        return (
            self.request,
            self.additional_properties,
        ) == (
            other.request,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_request = d.pop("request", None)
        if _required_request is None:
            raise missing_field(cls.__name__, "request")
        request = _from_dict_BatchTaskApiRequest(_required_request)

        _self = cls.__new__(cls)
        _self.request = request
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
from ..models.batch_task_api_request import BatchTaskApiRequest  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_BatchTaskApiRequest = BatchTaskApiRequest.from_dict
