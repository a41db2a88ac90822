"""A call whose token request fails is itself unsent: never "outcome unknown"."""

from __future__ import annotations

import anyio
import pytest

import soracom_async as sa

from .rawserver import AUTH_KEY, AUTH_KEY_ID, RUN_IDS, RUNS, RawServer, Reply


@pytest.mark.parametrize(("backend", "transport"), RUNS, ids=RUN_IDS)
def test_a_post_whose_token_request_dropped_was_not_sent(
    raw_server: RawServer, backend: str, transport: str
) -> None:
    raw_server.script = lambda seen: Reply(close=True)  # /auth: the connection drops, no answer

    async def main() -> None:
        async with sa.SoracomClient(
            credentials=sa.AuthKeyCredentials(auth_key_id=AUTH_KEY_ID, auth_key=AUTH_KEY),
            base_url=raw_server.base_url,
            retry=sa.NO_RETRY,
            http_backend=transport,  # type: ignore[arg-type]
        ) as client:
            with pytest.raises(sa.SoracomConnectionError) as raised:
                await client.group.create_group(body={"tags": {"name": "g"}})
        error = raised.value
        assert error.request_sent is False
        assert error.operation_id == "createGroup"
        assert "no token" in str(error)
        assert "outcome unknown" not in str(error)

    anyio.run(main, backend=backend)
    # Only /auth reached the server: the POST itself never did.
    assert [seen.path for seen in raw_server.seen] == ["/v1/auth"]
