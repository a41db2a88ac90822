"""Base URL selection: coverage types, sandbox, explicit URLs, and the CLI's precedence."""

from __future__ import annotations

from pathlib import Path

import pytest

import soracom_async as sa
from soracom_async.endpoints import select_base_url
from soracom_async.testing import SoracomEmulator

from .conftest import auth_key, get_operator, write_profile

CREDENTIALS = sa.AuthKeyCredentials("keyId-test", "secret-test")


@pytest.mark.parametrize(
    ("kwargs", "url"),
    [
        ({}, "https://api.soracom.io/v1"),
        ({"coverage": "jp"}, "https://api.soracom.io/v1"),
        ({"coverage": "g"}, "https://g.api.soracom.io/v1"),
        ({"sandbox": True}, "https://api-sandbox.soracom.io/v1"),
        ({"coverage": "g", "sandbox": True}, "https://g.api-sandbox.soracom.io/v1"),
        ({"base_url": "https://jp.api.soracom.io"}, "https://jp.api.soracom.io/v1"),
        ({"base_url": "https://proxy.example.com/"}, "https://proxy.example.com/v1"),
        ({"base_url": "http://localhost:8080/soracom/v1/"}, "http://localhost:8080/soracom/v1"),
        ({"base_url": "https://x.example.com", "coverage": "g"}, "https://x.example.com/v1"),
    ],
)
def test_client_base_url(kwargs: dict[str, object], url: str) -> None:
    assert sa.SoracomClient(credentials=CREDENTIALS, **kwargs).base_url == url  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [{"coverage": "eu"}, {"base_url": "api.soracom.io"}, {"base_url": "ftp://api.soracom.io"}],
)
def test_bad_endpoints_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # ConfigurationError is a ValueError
        sa.SoracomClient(credentials=CREDENTIALS, **kwargs)  # type: ignore[arg-type]


def test_precedence_base_url_env_argument_profile_endpoint_profile_coverage() -> None:
    profile = {
        "profile_endpoint": "https://profile.example.com",
        "profile_coverage": "g",
    }
    # An explicit base_url beats the ambient environment (as in httpx and botocore).
    choice = select_base_url(
        env_endpoint="https://env.example.com",
        base_url="https://arg.example.com",
        coverage="jp",
        **profile,  # type: ignore[arg-type]
    )
    assert (choice.url, choice.source) == ("https://arg.example.com/v1", "base_url")
    # The variable still wins over coverage and the profile, as in soracom-cli.
    choice = select_base_url(env_endpoint="https://env.example.com", coverage="jp", **profile)  # type: ignore[arg-type]
    assert (choice.url, choice.source) == ("https://env.example.com/v1", "SORACOM_ENDPOINT")
    choice = select_base_url(base_url="https://arg.example.com", coverage="jp", **profile)  # type: ignore[arg-type]
    assert (choice.url, choice.source) == ("https://arg.example.com/v1", "base_url")
    choice = select_base_url(coverage="jp", **profile)  # type: ignore[arg-type]
    assert (choice.url, choice.source) == ("https://api.soracom.io/v1", "coverage")
    choice = select_base_url(**profile)  # type: ignore[arg-type]
    assert (choice.url, choice.source) == ("https://profile.example.com/v1", "profile endpoint")
    choice = select_base_url(profile_coverage="g")
    assert (choice.url, choice.source) == ("https://g.api.soracom.io/v1", "profile coverageType")
    choice = select_base_url()
    assert (choice.url, choice.source) == ("https://api.soracom.io/v1", "default")


def test_sandbox_and_coverage_combine_argument_and_profile(profile_dir: Path) -> None:
    write_profile(profile_dir, "g", {"coverageType": "g", "authKeyId": "k", "authKey": "s"})
    assert sa.SoracomClient(profile="g").base_url == "https://g.api.soracom.io/v1"
    assert sa.SoracomClient(profile="g", sandbox=True).base_url == (
        "https://g.api-sandbox.soracom.io/v1"
    )
    assert sa.SoracomClient(profile="g", coverage="jp").base_url == "https://api.soracom.io/v1"
    write_profile(profile_dir, "old", {"authKeyId": "k", "authKey": "s"})  # pre-"g" CLI profile
    assert sa.SoracomClient(profile="old").base_url == "https://api.soracom.io/v1"


async def test_soracom_endpoint_wins_over_coverage_and_needs_no_v1(
    emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SORACOM_ENDPOINT", emulator.base_url.removesuffix("/v1"))
    async with sa.SoracomClient(credentials=auth_key(emulator), coverage="g") as client:
        assert client.base_url == emulator.base_url
        operator = await get_operator(client, emulator)
    assert operator.operator_id == emulator.operator_id


async def test_an_explicit_base_url_wins_over_soracom_endpoint(
    emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SORACOM_ENDPOINT", "https://api.soracom.io")
    async with sa.SoracomClient(
        credentials=auth_key(emulator), base_url=emulator.base_url
    ) as client:
        assert client.base_url == emulator.base_url
        operator = await get_operator(client, emulator)
    assert operator.operator_id == emulator.operator_id
