from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_task_response_status import BatchTaskResponseStatus
from ..types import UNSET, Unset, as_enum, as_model, wrong_shape

if TYPE_CHECKING:
    from ..models.batch_task_api_request import BatchTaskApiRequest
    from ..models.batch_task_api_response import BatchTaskApiResponse


T = TypeVar("T", bound="BatchTaskResponse")


@_attrs_define(init=False, repr=False, eq=False)
class BatchTaskResponse:
    """
    Attributes:
        finished_time (int | None | Unset): Finished time of the task. Example: 1704067202.
        request (BatchTaskApiRequest | None | Unset): The API request of this task.
        response (BatchTaskApiResponse | None | Unset): このタスクの API レスポンス。
        started_time (int | None | Unset): Started time of the task. Example: 1704067201.
        status (BatchTaskResponseStatus | None | Unset): Status of the task.

            - `pending`: Task is waiting for execution.
            - `success`: Task succeeded.
            - `error`: Task failed.
        task_id (int | None | Unset): Task ID. Example: 1.
    """

    finished_time: int | None | Unset = UNSET
    request: BatchTaskApiRequest | None | Unset = UNSET
    response: BatchTaskApiResponse | None | Unset = UNSET
    started_time: int | None | Unset = UNSET
    status: BatchTaskResponseStatus | None | Unset = UNSET
    task_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        finished_time: int | None | Unset = UNSET,
        request: BatchTaskApiRequest | Mapping[str, Any] | None | Unset = UNSET,
        response: BatchTaskApiResponse | Mapping[str, Any] | None | Unset = UNSET,
        started_time: int | None | Unset = UNSET,
        status: BatchTaskResponseStatus
        | Literal["pending", "success", "error"]
        | None
        | Unset = UNSET,
        task_id: int | None | Unset = UNSET,
    ) -> None:
        self.finished_time = finished_time
        self.request = as_model(request, BatchTaskApiRequest, "BatchTaskResponse", "request")
        self.response = as_model(response, BatchTaskApiResponse, "BatchTaskResponse", "response")
        self.started_time = started_time
        self.status = as_enum(status, BatchTaskResponseStatus, "BatchTaskResponse", "status")
        self.task_id = task_id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"finished_time={self.finished_time!r}, "
            f"request={self.request!r}, "
            f"response={self.response!r}, "
            f"started_time={self.started_time!r}, "
            f"status={self.status!r}, "
            f"task_id={self.task_id!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchTaskResponse):
            return NotImplemented
        return (
            self.finished_time,
            self.request,
            self.response,
            self.started_time,
            self.status,
            self.task_id,
            self.additional_properties,
        ) == (
            other.finished_time,
            other.request,
            other.response,
            other.started_time,
            other.status,
            other.task_id,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        finished_time = self.finished_time

        request: dict[str, Any] | None | Unset
        if self.request is None or self.request is UNSET:
            request = self.request
        else:
            request = self.request.to_dict()

        response: dict[str, Any] | None | Unset
        if self.response is None or self.response is UNSET:
            response = self.response
        else:
            response = self.response.to_dict()

        started_time = self.started_time

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if finished_time is not UNSET:
            field_dict["finishedTime"] = finished_time
        if request is not UNSET:
            field_dict["request"] = request
        if response is not UNSET:
            field_dict["response"] = response
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        finished_time = d.pop("finishedTime", UNSET)

        _request = d.pop("request", UNSET)
        request: BatchTaskApiRequest | None | Unset
        if _request is None or _request is UNSET:
            request = _request
        else:
            request = _from_dict_BatchTaskApiRequest(_request)

        _response = d.pop("response", UNSET)
        response: BatchTaskApiResponse | None | Unset
        if _response is None or _response is UNSET:
            response = _response
        else:
            response = _from_dict_BatchTaskApiResponse(_response)

        started_time = d.pop("startedTime", UNSET)

        _status = d.pop("status", UNSET)
        status: BatchTaskResponseStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_BatchTaskResponseStatus[_status]
            except (KeyError, TypeError):
                status = BatchTaskResponseStatus(_status)

        task_id = d.pop("taskId", UNSET)

        _self = cls.__new__(cls)
        _self.finished_time = finished_time
        _self.request = request
        _self.response = response
        _self.started_time = started_time
        _self.status = status
        _self.task_id = task_id
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
from ..models.batch_task_api_response import BatchTaskApiResponse  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_BatchTaskResponseStatus = BatchTaskResponseStatus._value2member_map_
_from_dict_BatchTaskApiRequest = BatchTaskApiRequest.from_dict
_from_dict_BatchTaskApiResponse = BatchTaskApiResponse.from_dict
