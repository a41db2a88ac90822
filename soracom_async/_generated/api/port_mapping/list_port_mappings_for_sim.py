"""list_port_mappings_for_sim: GET /port_mappings/sims/{sim_id}"""

from typing import Any
from urllib.parse import quote

from ...models.port_mapping import PortMapping
from ...types import ResponseLike


def build(
    *,
    sim_id: str,
) -> dict[str, Any]:
    """Retrieve a list of Napter On-Demand Remote Access entries created with specified SIM ID
    Retrieves a list of Napter On-Demand Remote Access entries created with the specified SIM
    ID.

    Args:
        sim_id (str):
    """

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/port_mappings/sims/{sim_id}".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
    }
    return _kwargs


def parse(response: ResponseLike) -> list[PortMapping]:
    """The parsed body of a successful (2xx) response."""
    response_200 = []
    _response_200 = response.json()
    for response_200_item_data in _response_200:
        response_200_item = PortMapping.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200
