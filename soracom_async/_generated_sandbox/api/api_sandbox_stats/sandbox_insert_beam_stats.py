"""sandbox_insert_beam_stats: POST /sandbox/stats/beam/subscribers/{imsi}"""

from typing import Any

from ....contracts import OperationSpec
from ...models.sandbox_insert_beam_stats_request import SandboxInsertBeamStatsRequest
from ...types import (
    ResponseLike,
    path_segment,
    required,
    to_jsonable,
)

SPEC = OperationSpec(
    operation_id="sandboxInsertBeamStats",
    method="POST",
    path="/sandbox/stats/beam/subscribers/{imsi}",
    group="API Sandbox: Stats",
    auth=True,
    redirect=False,
    paginated=False,
)


def build(
    *,
    imsi: str,
    body: SandboxInsertBeamStatsRequest | dict[str, Any],
) -> dict[str, Any]:
    """Inserts Beam stats for testing

    Populates Beam stats for testing purpose. Inserted data are going to be automatically
    accumulated. It is not possible to put the data multiple times with the same timestamp.

    Args:
        imsi (str):
        body: SandboxInsertBeamStatsRequest | dict[str, Any]
    """
    required(body, "body", "sandbox_insert_beam_stats")
    headers: dict[str, str] = {}

    _kwargs: dict[str, Any] = {
        "url": "/sandbox/stats/beam/subscribers/{imsi}".format(
            imsi=path_segment(imsi, "imsi", "sandbox_insert_beam_stats"),
        ),
    }
    _kwargs["json"] = to_jsonable(body)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: ResponseLike) -> None:
    """The parsed body of a successful (2xx) response."""
    return None
