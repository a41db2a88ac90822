from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.batch_task_api_response_body import BatchTaskApiResponseBody


T = TypeVar("T", bound="BatchTaskApiResponse")


@_attrs_define(init=False, repr=False, eq=False)
class BatchTaskApiResponse:
    """このタスクの API レスポンス。

    Attributes:
        body (BatchTaskApiResponseBody | None | Unset): Body in the response.
        status_code (int | None | Unset): Status code in the response. Example: 200.
    """

    body: BatchTaskApiResponseBody | None | Unset = UNSET
    status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        body: BatchTaskApiResponseBody | Mapping[str, Any] | None | Unset = UNSET,
        status_code: int | None | Unset = UNSET,
    ) -> None:
        self.body = as_model(body, BatchTaskApiResponseBody, "BatchTaskApiResponse", "body")
        self.status_code = status_code
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"body={self.body!r}, "
            f"status_code={self.status_code!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchTaskApiResponse):
            return NotImplemented
        return (
            self.body,
            self.status_code,
            self.additional_properties,
        ) == (
            other.body,
            other.status_code,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] | None | Unset
        if self.body is None or self.body is UNSET:
            body = self.body
        else:
            body = self.body.to_dict()

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _body = d.pop("body", UNSET)
        body: BatchTaskApiResponseBody | None | Unset
        if _body is None or _body is UNSET:
            body = _body
        else:
            body = _from_dict_BatchTaskApiResponseBody(_body)

        status_code = d.pop("statusCode", UNSET)

        _self = cls.__new__(cls)
        _self.body = body
        _self.status_code = status_code
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
from ..models.batch_task_api_response_body import BatchTaskApiResponseBody  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_BatchTaskApiResponseBody = BatchTaskApiResponseBody.from_dict
