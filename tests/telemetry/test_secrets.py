"""No secret ever becomes telemetry: every attribute of every span, event and metric point,
across calls that carry credentials, tokens, custom headers, secret path parameters, query
values and request bodies, is searched for each secret."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

import soracom_async as sa
from soracom_async import models
from soracom_async.testing import SoracomEmulator

from .conftest import BACKENDS, Recorder, client_for, run

pytest.importorskip("opentelemetry.sdk")

HEADER_SECRET = "hdr-secret-4b1d7c"
PATH_SECRET = "path-secret-93fa20"
QUERY_SECRET = "query-secret-6e8d51"
BODY_SECRET = "body-secret-0c47ab"


def everything_recorded(recorder: Recorder) -> list[str]:
    """Every name and value the exporters hold, as text."""
    texts: list[str] = []

    def add(mapping: Any) -> None:
        for key, value in dict(mapping or {}).items():
            texts.extend((str(key), str(value)))

    for span in recorder.spans():
        texts.extend((span.name, str(span.status.description)))
        add(span.attributes)
        add(span.resource.attributes)
        for event in span.events:
            texts.append(event.name)
            add(event.attributes)
        for link in span.links:
            add(link.attributes)
    for name, points in recorder.metrics().items():
        texts.append(name)
        for point in points:
            add(point.attributes)
            for exemplar in getattr(point, "exemplars", None) or []:
                add(exemplar.filtered_attributes)
    return texts


async def calls_with_secrets(client: sa.SoracomClient) -> list[str]:
    """Calls that carry each kind of secret; returns the session's own (API key, token)."""
    sims = await client.sim.list_sims(limit=1)
    sim_id = str(sims[0].sim_id)
    await client.sim.get_sim.with_options(headers={"X-Custom-Secret": HEADER_SECRET})(sim_id=sim_id)
    await client.sim.put_sim_tags(
        sim_id=sim_id, body=[models.TagUpdateRequest(tag_name="k", tag_value=BODY_SECRET)]
    )
    for call in (
        client.subscriber.delete_subscriber_transfer_token(token=PATH_SECRET),
        client.sim.list_sims(last_evaluated_key=QUERY_SECRET),
    ):
        with contextlib.suppress(sa.SoracomError):  # failures are recorded too
            await call
    session = client._session
    assert session is not None
    return [str(v) for v in (await session.headers()).values()]


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_secret_in_any_span_event_or_metric_point(
    backend: str, emu: SoracomEmulator, recorder: Recorder
) -> None:
    async def main() -> list[str]:
        async with client_for(emu, retry=sa.NO_RETRY, **recorder.providers) as client:
            issued = await calls_with_secrets(client)
        # A client with a pre-issued token, and one whose credentials are refused.
        async with sa.SoracomClient(
            credentials=sa.TokenCredentials(api_key=issued[0], token=issued[1]),
            base_url=emu.base_url,
            **recorder.providers,
        ) as client:
            await client.sim.list_sims(limit=1)
        wrong = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key="keySecretWrong77")
        async with sa.SoracomClient(
            credentials=wrong, base_url=emu.base_url, **recorder.providers
        ) as client:
            with pytest.raises(sa.AuthenticationError):
                await client.sim.list_sims(limit=1)
        return issued

    issued = run(backend, main)
    assert len(issued) == 2 and all(len(value) > 8 for value in issued)
    secrets = [
        emu.auth_key,
        "keySecretWrong77",
        *issued,
        HEADER_SECRET,
        PATH_SECRET,
        QUERY_SECRET,
        BODY_SECRET,
    ]
    recorded = everything_recorded(recorder)
    # The search covers the calls that carried them: they were all recorded.
    operations = {str((s.attributes or {}).get("soracom.operation_id")) for s in recorder.spans()}
    assert {"auth", "getSim", "putSimTags", "deleteSubscriberTransferToken"} <= operations
    assert any("401" in text for text in recorded)
    # Which secret leaked where, by position: the secrets themselves stay out of the output.
    leaks = [
        (which, where)
        for which, secret in enumerate(secrets)
        for where, text in enumerate(recorded)
        if secret in text
    ]
    assert leaks == []
