"""delete_sim_tag: DELETE /sims/{sim_id}/tags/{tag_name}"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


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
        "method": "DELETE",
        "url": "/sims/{sim_id}/tags/{tag_name}".format(
            sim_id=quote(str(sim_id), safe=""),
            tag_name=quote(str(tag_name), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
