"""Helpers for the emulator tests (the `soracom_emulator` fixtures come from our pytest plugin)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from soracom_async.testing import SoracomEmulator


class Api:
    """A synchronous client for one emulator, authenticated with the seeded AuthKey."""

    def __init__(self, emulator: SoracomEmulator, **client_kwargs: Any) -> None:
        self.emulator = emulator
        self.client = httpx.Client(base_url=emulator.base_url, timeout=10, **client_kwargs)
        self.headers: dict[str, str] = {}
        self.login()

    def login(self, **body: Any) -> httpx.Response:
        payload = body or {
            "authKeyId": self.emulator.auth_key_id,
            "authKey": self.emulator.auth_key,
        }
        response = self.client.post("/auth", json=payload)
        if response.status_code == 200:
            data = response.json()
            self.headers = {"X-Soracom-API-Key": data["apiKey"], "X-Soracom-Token": data["token"]}
        return response

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return self.client.request(method, path, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@pytest.fixture
def api(soracom_emulator: SoracomEmulator) -> Iterator[Api]:
    client = Api(soracom_emulator)
    try:
        yield client
    finally:
        client.close()


def assert_error(
    response: httpx.Response, status: int, *, mentions: str | None = None
) -> dict[str, str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, str] = response.json()
    assert set(body) == {"code", "message"}, body
    if mentions is not None:
        assert mentions in body["message"], body
    return body
