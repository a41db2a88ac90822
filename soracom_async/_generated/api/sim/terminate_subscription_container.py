"""terminate_subscription_container: POST /sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate"""

from typing import Any
from urllib.parse import quote

from ...types import ResponseLike


def build(
    *,
    sim_id: str,
    iccid: str,
    imsi: str,
) -> dict[str, Any]:
    """Terminates subscription container
    Terminates subscription container. Currently this API supports only for virtual
    SIM/Subscribers for Soracom Arc.

    Args:
        sim_id (str):
        iccid (str):
        imsi (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/sims/{sim_id}/profiles/{iccid}/subscribers/{imsi}/terminate".format(
            sim_id=quote(str(sim_id), safe=""),
            iccid=quote(str(iccid), safe=""),
            imsi=quote(str(imsi), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
