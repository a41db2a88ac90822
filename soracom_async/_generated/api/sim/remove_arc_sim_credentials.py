"""remove_arc_sim_credentials: DELETE /sims/{sim_id}/credentials/arc"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """(DEPRECATED) Removes the credentials for Arc from a SIM
    (DEPRECATED) Removes the credentials (public key) for Soracom Arc from the SIM.

    **Warning**: Do not use this API.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": "/sims/{sim_id}/credentials/arc".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
