from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_job_response_status import BatchJobResponseStatus
from ..types import UNSET, Unset, as_enum, as_model, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.batch_job_summary import BatchJobSummary


T = TypeVar("T", bound="BatchJobResponse")


@_attrs_define(init=False, repr=False, eq=False)
class BatchJobResponse:
    """
    Attributes:
        job_id (str): Batch job ID. Example: bbbb2222.
        abort_on_failure (bool | None | Unset): Whether to immediately abort upon encountering an error.
        batch_group_id (str | None | Unset): Batch group ID. Example: aaaa1111.
        created_time (int | None | Unset): Created time. Example: 1704067200.
        description (str | None | Unset): Description of the batch job.
        error_message (str | None | Unset): Detailed information about the failed batch job.
        finished_time (int | None | Unset): Finished time. Example: 1704240000.
        job_name (str | None | Unset): Batch job name. Example: July 16th 2025 Set group.
        status (BatchJobResponseStatus | None | Unset): Status of the batch job.

            - `pending`: The job is preparing to execute. No tasks have been processed yet.
            - `running`: The job is executing tasks.
            - `completed`: The job has finished successfully. All tasks have been executed without any errors.
            - `failed`: The job has finished processing all tasks, but one or more tasks encountered errors during
            execution.
            - `aborted`: The job was stopped before all tasks could be processed.
        summary (BatchJobSummary | None | Unset): Number of tasks for each status. These numbers are periodically
            updated during the batch job execution.
        updated_time (int | None | Unset): Updated time. Example: 1704153600.
    """

    job_id: str
    abort_on_failure: bool | None | Unset = UNSET
    batch_group_id: str | None | Unset = UNSET
    created_time: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    error_message: str | None | Unset = UNSET
    finished_time: int | None | Unset = UNSET
    job_name: str | None | Unset = UNSET
    status: BatchJobResponseStatus | None | Unset = UNSET
    summary: BatchJobSummary | None | Unset = UNSET
    updated_time: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        job_id: str,
        abort_on_failure: bool | None | Unset = UNSET,
        batch_group_id: str | None | Unset = UNSET,
        created_time: int | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        error_message: str | None | Unset = UNSET,
        finished_time: int | None | Unset = UNSET,
        job_name: str | None | Unset = UNSET,
        status: BatchJobResponseStatus
        | Literal["pending", "running", "completed", "aborted", "failed"]
        | None
        | Unset = UNSET,
        summary: BatchJobSummary | Mapping[str, Any] | None | Unset = UNSET,
        updated_time: int | None | Unset = UNSET,
    ) -> None:
        self.job_id = job_id
        self.abort_on_failure = abort_on_failure
        self.batch_group_id = batch_group_id
        self.created_time = created_time
        self.description = description
        self.error_message = error_message
        self.finished_time = finished_time
        self.job_name = job_name
        self.status = as_enum(status, BatchJobResponseStatus, "BatchJobResponse", "status")
        self.summary = as_model(summary, BatchJobSummary, "BatchJobResponse", "summary")
        self.updated_time = updated_time
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"job_id={self.job_id!r}, "
            f"abort_on_failure={self.abort_on_failure!r}, "
            f"batch_group_id={self.batch_group_id!r}, "
            f"created_time={self.created_time!r}, "
            f"description={self.description!r}, "
            f"error_message={self.error_message!r}, "
            f"finished_time={self.finished_time!r}, "
            f"job_name={self.job_name!r}, "
            f"status={self.status!r}, "
            f"summary={self.summary!r}, "
            f"updated_time={self.updated_time!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, BatchJobResponse):
            return NotImplemented
        return (
            self.job_id,
            self.abort_on_failure,
            self.batch_group_id,
            self.created_time,
            self.description,
            self.error_message,
            self.finished_time,
            self.job_name,
            self.status,
            self.summary,
            self.updated_time,
            self.additional_properties,
        ) == (
            other.job_id,
            other.abort_on_failure,
            other.batch_group_id,
            other.created_time,
            other.description,
            other.error_message,
            other.finished_time,
            other.job_name,
            other.status,
            other.summary,
            other.updated_time,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        abort_on_failure = self.abort_on_failure

        batch_group_id = self.batch_group_id

        created_time = self.created_time

        description = self.description

        error_message = self.error_message

        finished_time = self.finished_time

        job_name = self.job_name

        status: str | None | Unset
        if self.status is None or self.status is UNSET:
            status = self.status
        else:
            status = str(self.status)

        summary: dict[str, Any] | None | Unset
        if self.summary is None or self.summary is UNSET:
            summary = self.summary
        else:
            summary = self.summary.to_dict()

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )
        if abort_on_failure is not UNSET:
            field_dict["abortOnFailure"] = abort_on_failure
        if batch_group_id is not UNSET:
            field_dict["batchGroupId"] = batch_group_id
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if description is not UNSET:
            field_dict["description"] = description
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if finished_time is not UNSET:
            field_dict["finishedTime"] = finished_time
        if job_name is not UNSET:
            field_dict["jobName"] = job_name
        if status is not UNSET:
            field_dict["status"] = status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if updated_time is not UNSET:
            field_dict["updatedTime"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_job_id = d.pop("jobId", None)
        if _required_job_id is None:
            raise missing_field(cls.__name__, "jobId")
        job_id = _required_job_id

        abort_on_failure = d.pop("abortOnFailure", UNSET)

        batch_group_id = d.pop("batchGroupId", UNSET)

        created_time = d.pop("createdTime", UNSET)

        description = d.pop("description", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        finished_time = d.pop("finishedTime", UNSET)

        job_name = d.pop("jobName", UNSET)

        _status = d.pop("status", UNSET)
        status: BatchJobResponseStatus | None | Unset
        if _status is None or _status is UNSET:
            status = _status
        else:
            try:
                status = _by_value_BatchJobResponseStatus[_status]
            except (KeyError, TypeError):
                status = BatchJobResponseStatus(_status)

        _summary = d.pop("summary", UNSET)
        summary: BatchJobSummary | None | Unset
        if _summary is None or _summary is UNSET:
            summary = _summary
        else:
            summary = _from_dict_BatchJobSummary(_summary)

        updated_time = d.pop("updatedTime", UNSET)

        _self = cls.__new__(cls)
        _self.job_id = job_id
        _self.abort_on_failure = abort_on_failure
        _self.batch_group_id = batch_group_id
        _self.created_time = created_time
        _self.description = description
        _self.error_message = error_message
        _self.finished_time = finished_time
        _self.job_name = job_name
        _self.status = status
        _self.summary = summary
        _self.updated_time = updated_time
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
from ..models.batch_job_summary import BatchJobSummary  # noqa: E402

# Parsers called per object, bound once (after every import).
_by_value_BatchJobResponseStatus = BatchJobResponseStatus._value2member_map_
_from_dict_BatchJobSummary = BatchJobSummary.from_dict
