"""What the REPL and an editor show of an operation: `inspect.signature(op)` is the real
keyword signature (defaults and types), `help(op)` / `op.__doc__` give the summary, the
description, the parameters, the result, the HTTP method and path, the rate-limit group and
whether it paginates, and `help(client.<group>)` lists every operation with its summary.
Checked on operations of different shapes: plain, paginated, a binary body, an enum query.
"""

from __future__ import annotations

import inspect
import pydoc
import sys
import typing
from collections.abc import AsyncIterable, Iterator
from pathlib import Path
from typing import IO

import pytest

import soracom_async as sa
from soracom_async import models
from soracom_async._generated.types import UNSET


@pytest.fixture
def client() -> Iterator[sa.SoracomClient]:
    # Nothing is sent: the client is only introspected.
    yield sa.SoracomClient(
        credentials=sa.TokenCredentials(api_key="k", token="t"), base_url="http://127.0.0.1:9/v1"
    )


def help_text(thing: object) -> str:
    return pydoc.plain(pydoc.render_doc(thing))


def test_a_plain_operation(client: sa.SoracomClient) -> None:
    op = client.sim.get_sim
    signature = inspect.signature(op)
    assert str(signature) == "(*, sim_id: str) -> Sim"
    assert signature.parameters["sim_id"].kind is inspect.Parameter.KEYWORD_ONLY
    assert signature.return_annotation is models.Sim
    text = help_text(op)
    assert "get_sim(*, sim_id: str) -> Sim" in text
    for part in [
        "Gets information about the IoT SIM",
        "sim_id (str)",
        "Returns:\n        Sim",
        "GET /sims/{sim_id} (operationId getSim)",
        "Rate-limit group: 'Sim'",
        "Not paginated.",
    ]:
        assert part in text, part
    assert op.__doc__ is not None and op.__doc__ in text.replace("\n    ", "\n")
    assert op.__name__ == "get_sim"


def test_a_paginated_operation(client: sa.SoracomClient) -> None:
    op = client.sim.list_sims
    assert str(inspect.signature(op)) == (
        "(*, limit: int | Unset = UNSET, last_evaluated_key: str | Unset = UNSET) -> list[Sim]"
    )
    paging = "limit: int | Unset = UNSET, last_evaluated_key: str | Unset = UNSET,"
    paging += " start_key: str | None = None, prefetch: int = 1"
    assert str(inspect.signature(op.paginate)) == f"(*, {paging}) -> ItemIterator"
    assert str(inspect.signature(op.pages)) == f"(*, {paging}) -> PageIterator"
    assert inspect.signature(op.pages).parameters["limit"].default is UNSET
    assert "Paginated: `paginate(...)`" in (op.__doc__ or "")
    assert "Rate-limit group: 'Sim'" in help_text(op)
    with pytest.raises(TypeError, match=r"list_sims.pages\(\) got an unexpected keyword.*limt"):
        op.paginate(limt=10)  # type: ignore[call-arg]


def test_an_operation_with_a_binary_body(client: sa.SoracomClient) -> None:
    op = client.file_entry.put_file
    signature = inspect.signature(op)
    assert list(signature.parameters) == ["scope", "path", "body", "content_type"]
    accepted = typing.get_args(signature.parameters["body"].annotation)
    assert accepted == (bytes, bytearray, memoryview, IO[bytes], AsyncIterable[bytes])
    assert signature.parameters["content_type"].default is UNSET
    text = help_text(op)
    assert "PUT /files/{scope}/{path} (operationId putFile)" in text
    assert "Rate-limit group: 'FileEntry'" in text


def test_an_operation_with_an_enum_query(client: sa.SoracomClient) -> None:
    op = client.stats.get_air_stats_of_sim
    period = inspect.signature(op).parameters["period"]
    assert "GetAirStatsOfSimPeriod" in str(period) and "Literal['month', 'day', 'minutes']" in str(
        period
    )
    assert period.default is inspect.Parameter.empty  # required
    assert str(inspect.signature(op)).endswith("-> list[AirStatsResponse]")
    assert "Rate-limit group: 'Stats'" in help_text(op)


def test_a_group_lists_its_operations_with_their_summaries(client: sa.SoracomClient) -> None:
    text = help_text(client.sim)
    assert "get_sim: Gets information about the IoT SIM" in text
    assert "list_sims: List SIMs (paginated)" in text
    assert "get_sim(*, sim_id: str) -> Sim" in text  # each one documented below the list
    assert "OperationDescriptor object" not in text
    group_doc = type(client.sim).__doc__ or ""
    declared = [name for name, value in vars(type(client.sim)).items() if hasattr(value, "spec")]
    assert len(declared) > 40
    assert all(f"    {name}: " in group_doc for name in declared)


def test_the_user_code_builds_its_models() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import user_code
    finally:
        sys.path.pop(0)
    request = user_code.models_from_strings()
    assert isinstance(request.rule_config, models.RuleConfig)
    assert request.to_dict()["actionConfigList"][0]["type"] == "ChangeSpeedClassAction"
