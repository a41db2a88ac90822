"""delete_sim_tag: DELETE /sims/{sim_id}/tags/{tag_name}"""

from typing import Any

from ....contracts import OperationSpec
from ...types import (
    ResponseLike,
    path_segment,
)

SPEC = OperationSpec(
    operation_id="deleteSimTag",
    method="DELETE",
    path="/sims/{sim_id}/tags/{tag_name}",
    group="Sim",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    sim_id: str,
    tag_name: str,
) -> dict[str, Any]:
    """Deletes a tag from the specified SIM

    Deletes a tag from the specified IoT SIM.

    Args:
        sim_id (str):
        tag_name (str):
    """

    _kwargs: dict[str, Any] = {
        "url": "/sims/{sim_id}/tags/{tag_name}".format(
            sim_id=path_segment(sim_id, "sim_id", "delete_sim_tag"),
            tag_name=path_segment(tag_name, "tag_name", "delete_sim_tag"),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
