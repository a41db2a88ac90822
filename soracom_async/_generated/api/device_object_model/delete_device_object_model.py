"""delete_device_object_model: DELETE /device_object_models/{model_id}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteDeviceObjectModel",
    method="DELETE",
    path="/device_object_models/{model_id}",
    group="DeviceObjectModel",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    model_id: str,
) -> dict[str, Any]:
    """Deletes a device object model

    Args:
        model_id (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/device_object_models/{model_id}".format(
            model_id=path_segment(model_id, "model_id", "delete_device_object_model"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
