from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, as_models, missing_field, wrong_shape

if TYPE_CHECKING:
    from ..models.batch_task_request import BatchTaskRequest


T = TypeVar("T", bound="CreateBatchJobRequest")


@_attrs_define(init=False, repr=False, eq=False)
class CreateBatchJobRequest:
    """
    Attributes:
        tasks (list[BatchTaskRequest]): List of tasks to be executed in the batch job.

            Supported Soracom APIs:

            - [Sim:activateSim API](#/Sim/activateSim)
            - [Sim:deactivateSim API](#/Sim/deactivateSim)
            - [Sim:setSimToStandby API](#/Sim/setSimToStandby)
            - [Sim:suspendSim API](#/Sim/suspendSim)
            - [Sim:setSimGroup API](#/Sim/setSimGroup)
            - [Sim:unsetSimGroup API](#/Sim/unsetSimGroup)
            - [Sim:putSimTags API](#/Sim/putSimTags)
            - [VirtualPrivateGateway:putVirtualPrivateGatewayIpAddressMapEntry
            API](#/VirtualPrivateGateway/putVirtualPrivateGatewayIpAddressMapEntry)

            Specify the API request path, HTTP method, and body in the `request` field according to the Soracom API
            specification. For example, to call the Sim:activateSim API, specify as follows:

            ```json
            {
              "request": {
                "path": "/v1/sims/8981100001234567890/activate",
                "method": "POST",
                "body": {
                  "sim_id": "8981100001234567890"
                }
              }
            }
            ```
        abort_on_failure (bool | None | Unset): Whether to immediately abort upon encountering an error during batch job
            execution. Example: False.
        description (str | None | Unset): Description of the batch job.
        job_name (str | None | Unset): Batch job name. Example: July 16th 2025 Set group.
    """

    tasks: list[BatchTaskRequest]
    abort_on_failure: bool | None | Unset = UNSET
    description: str | None | Unset = UNSET
    job_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        *,
        tasks: Sequence[BatchTaskRequest | Mapping[str, Any]],
        abort_on_failure: bool | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        job_name: str | None | Unset = UNSET,
    ) -> None:
        self.tasks = as_models(tasks, BatchTaskRequest, "CreateBatchJobRequest", "tasks")
        self.abort_on_failure = abort_on_failure
        self.description = description
        self.job_name = job_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return (
            f"{self.__class__.__qualname__}("
            f"tasks={self.tasks!r}, "
            f"abort_on_failure={self.abort_on_failure!r}, "
            f"description={self.description!r}, "
            f"job_name={self.job_name!r}, "
            f"additional_properties={self.additional_properties!r}"
            ")"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, CreateBatchJobRequest):
            return NotImplemented
        return (
            self.tasks,
            self.abort_on_failure,
            self.description,
            self.job_name,
            self.additional_properties,
        ) == (
            other.tasks,
            other.abort_on_failure,
            other.description,
            other.job_name,
            other.additional_properties,
        )

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()

            tasks.append(tasks_item)

        abort_on_failure = self.abort_on_failure

        description = self.description

        job_name = self.job_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )
        if abort_on_failure is not UNSET:
            field_dict["abortOnFailure"] = abort_on_failure
        if description is not UNSET:
            field_dict["description"] = description
        if job_name is not UNSET:
            field_dict["jobName"] = job_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise wrong_shape(cls.__name__, "a JSON object", src_dict)
        d = dict(src_dict)
        _required_tasks = d.pop("tasks", None)
        if _required_tasks is None:
            raise missing_field(cls.__name__, "tasks")
        _tasks = _required_tasks
        tasks: list[BatchTaskRequest]
        if not isinstance(_tasks, list):
            raise wrong_shape("tasks", "a JSON array", _tasks)
        tasks = [_from_dict_BatchTaskRequest(v) for v in _tasks]

        abort_on_failure = d.pop("abortOnFailure", UNSET)

        description = d.pop("description", UNSET)

        job_name = d.pop("jobName", UNSET)

        _self = cls.__new__(cls)
        _self.tasks = tasks
        _self.abort_on_failure = abort_on_failure
        _self.description = description
        _self.job_name = job_name
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
from ..models.batch_task_request import BatchTaskRequest  # noqa: E402

# Parsers called per object, bound once (after every import).
_from_dict_BatchTaskRequest = BatchTaskRequest.from_dict
