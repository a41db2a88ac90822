"""soracom-cli environment variables and profiles: resolution, precedence, file permissions,
profileCommand and sourceProfile, each ending in a real call to the emulator."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import soracom_async as sa
from soracom_async.profiles import load_profile, resolve
from soracom_async.testing import SoracomEmulator

from .conftest import (
    ManualClock,
    RecordingTransport,
    advance_both,
    get_operator,
    write_profile,
)


def host(emulator: SoracomEmulator) -> str:
    """The emulator's root as the CLI's `endpoint` holds it: no `/v1`."""
    return emulator.base_url.removesuffix("/v1")


def auth_key_profile(emulator: SoracomEmulator, **extra: Any) -> dict[str, Any]:
    return {
        "coverageType": "jp",
        "authKeyId": emulator.auth_key_id,
        "authKey": emulator.auth_key,
        "endpoint": host(emulator),
        **extra,
    }


async def works(client: sa.SoracomClient, emulator: SoracomEmulator) -> None:
    async with client:
        operator = await get_operator(client, emulator)
        assert operator.operator_id == emulator.operator_id


# -- environment -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["auth_key", "sam_user", "email"])
async def test_environment_credentials(
    emulator: SoracomEmulator, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    variables = {
        "auth_key": {
            "SORACOM_AUTH_KEY_ID": emulator.auth_key_id,
            "SORACOM_AUTH_KEY": emulator.auth_key,
        },
        "sam_user": {
            "SORACOM_OPERATOR_ID": emulator.operator_id,
            "SORACOM_USER_NAME": emulator.sam_user_name,
            "SORACOM_PASSWORD": emulator.sam_password,
        },
        "email": {"SORACOM_EMAIL": emulator.email, "SORACOM_PASSWORD": emulator.password},
    }[kind]
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    resolution = resolve()
    assert resolution.origin == "environment"
    assert (
        type(resolution.credentials).__name__
        == {
            "auth_key": "AuthKeyCredentials",
            "sam_user": "SamUserCredentials",
            "email": "EmailCredentials",
        }[kind]
    )
    await works(sa.SoracomClient(base_url=emulator.base_url), emulator)
    assert emulator.auth_calls == 1


@pytest.mark.parametrize(
    ("variables", "missing"),
    [
        ({"SORACOM_AUTH_KEY_ID": "keyId-1"}, "SORACOM_AUTH_KEY"),
        ({"SORACOM_AUTH_KEY": "secret-env-1"}, "SORACOM_AUTH_KEY_ID"),
        ({"SORACOM_USER_NAME": "bot", "SORACOM_PASSWORD": "secret-env-1"}, "SORACOM_OPERATOR_ID"),
        ({"SORACOM_PASSWORD": "secret-env-1"}, "SORACOM_EMAIL"),
    ],
)
def test_incomplete_environment_credentials_are_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], missing: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(sa.ConfigurationError, match=missing) as caught:
        sa.SoracomClient()
    assert "secret-env-1" not in str(caught.value)


async def test_environment_wins_over_the_profile(
    emulator: SoracomEmulator, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The profile's credentials are wrong: only the environment's can succeed. Its endpoint
    # (a setting, not a credential) still applies.
    write_profile(profile_dir, "default", auth_key_profile(emulator, authKey="secret-wrong"))
    monkeypatch.setenv("SORACOM_AUTH_KEY_ID", emulator.auth_key_id)
    monkeypatch.setenv("SORACOM_AUTH_KEY", emulator.auth_key)
    client = sa.SoracomClient()
    assert client.base_url == emulator.base_url
    await works(client, emulator)
    write_profile(profile_dir, "named", auth_key_profile(emulator, authKey="secret-wrong"))
    await works(sa.SoracomClient(profile="named"), emulator)
    assert emulator.counters.auth_failures == 0


# -- profiles ----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["auth_key", "sam_user", "email"])
async def test_default_profile_with_the_cli_field_names(
    emulator: SoracomEmulator, profile_dir: Path, kind: str
) -> None:
    fields = {
        "auth_key": {"authKeyId": emulator.auth_key_id, "authKey": emulator.auth_key},
        # The CLI writes `username` with a lower-case n.
        "sam_user": {
            "operatorId": emulator.operator_id,
            "username": emulator.sam_user_name,
            "password": emulator.sam_password,
        },
        "email": {"email": emulator.email, "password": emulator.password},
    }[kind]
    write_profile(
        profile_dir,
        "default",
        {"sandbox": False, "coverageType": "g", "endpoint": host(emulator), **fields},
    )
    client = sa.SoracomClient()
    assert client.base_url == emulator.base_url  # the endpoint wins over the coverage type
    await works(client, emulator)


async def test_profile_selection_argument_then_variable_then_default(
    emulator: SoracomEmulator, profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = auth_key_profile(emulator)
    bad = auth_key_profile(emulator, authKey="secret-wrong")
    write_profile(profile_dir, "default", bad)
    write_profile(profile_dir, "from-env", bad)
    write_profile(profile_dir, "chosen", good)
    monkeypatch.setenv("SORACOM_PROFILE", "from-env")
    await works(sa.SoracomClient(profile="chosen"), emulator)  # the argument beats the variable
    write_profile(profile_dir, "from-env", good)
    write_profile(profile_dir, "chosen", bad)
    await works(sa.SoracomClient(), emulator)  # the variable beats "default"
    assert emulator.counters.auth_failures == 0


def test_a_named_profile_must_exist(profile_dir: Path) -> None:
    with pytest.raises(sa.ConfigurationError, match=r"nowhere\.json"):
        sa.SoracomClient(profile="nowhere")
    with pytest.raises(sa.ConfigurationError, match="invalid profile name"):
        sa.SoracomClient(profile="../etc/passwd")


async def test_no_credentials_anywhere_fails_the_first_call_not_the_constructor(
    emulator: SoracomEmulator,
) -> None:
    async with sa.SoracomClient(base_url=emulator.base_url) as client:
        assert "no credentials" in repr(client)
        # A configuration error before any I/O, not an HTTP 401 that never happened.
        with pytest.raises(sa.ConfigurationError, match="SORACOM_AUTH_KEY_ID") as raised:
            await get_operator(client, emulator)
        assert not isinstance(raised.value, sa.SoracomApiError)
    assert emulator.request_count() == 0


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o620, 0o602, 0o666])
def test_a_profile_others_can_access_is_refused(
    emulator: SoracomEmulator, profile_dir: Path, mode: int
) -> None:
    path = write_profile(profile_dir, "default", auth_key_profile(emulator), mode=mode)
    with pytest.raises(sa.ConfigurationError) as caught:
        sa.SoracomClient()
    message = str(caught.value)
    assert str(path) in message
    assert f"chmod 600 {path}" in message
    assert emulator.auth_key not in message and emulator.auth_key not in repr(caught.value)
    assert emulator.request_count() == 0


@pytest.mark.parametrize("mode", [0o600, 0o400])
async def test_a_private_profile_is_used(
    emulator: SoracomEmulator, profile_dir: Path, mode: int
) -> None:
    write_profile(profile_dir, "default", auth_key_profile(emulator), mode=mode)
    await works(sa.SoracomClient(), emulator)


def test_a_malformed_profile_is_reported_without_its_content(profile_dir: Path) -> None:
    path = profile_dir / "default.json"
    path.write_text('{"authKeyId": "keyId-1", "authKey": "secret-in-a-broken-file",,}')
    os.chmod(path, 0o600)
    with pytest.raises(sa.ConfigurationError, match=r"not valid JSON \(line 1") as caught:
        sa.SoracomClient()
    assert "secret-in-a-broken-file" not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__context__ is not None
    assert "secret-in-a-broken-file" not in repr(caught.value)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"authKeyId": "keyId-1"}, "authKeyId and authKey"),
        ({"authKey": 12345}, "'authKey' must be a str"),
        ({"operatorId": "OP1", "username": "bot"}, "operatorId, username and password"),
        ({"email": "a@example.com"}, "email and password"),
        ({"coverageType": "eu", "authKeyId": "k", "authKey": "s"}, "coverageType"),
        ({"tokenTimeoutSeconds": 100, "authKeyId": "k", "authKey": "s"}, "tokenTimeoutSeconds"),
        ({"coverageType": "g"}, "holds no credentials"),
        ({"headers": {"X-A": 1}, "authKeyId": "k", "authKey": "s"}, "headers"),
        ([1, 2], "JSON object"),
    ],
)
def test_invalid_profiles_are_refused_before_any_request(
    profile_dir: Path, data: Any, match: str
) -> None:
    path = profile_dir / "default.json"
    path.write_text(json.dumps(data))
    os.chmod(path, 0o600)
    with pytest.raises(sa.ConfigurationError, match=match):
        sa.SoracomClient()


async def test_profile_settings_ttl_and_headers(
    emulator: SoracomEmulator, profile_dir: Path
) -> None:
    write_profile(
        profile_dir,
        "default",
        auth_key_profile(
            emulator,
            tokenTimeoutSeconds=900,
            headers={"X-Team": "fleet", "X-Secret-Gateway-Key": "gw-1"},
        ),
    )
    transport = RecordingTransport()
    await works(sa.SoracomClient(transport=transport, headers={"X-Team": "override"}), emulator)
    auth, call = transport.sent[:2]
    assert json.loads(auth.content)["tokenTimeoutSeconds"] == 900
    assert call.headers["X-Secret-Gateway-Key"] == "gw-1"
    assert call.headers["X-Team"] == "override"  # explicit headers win
    transport = RecordingTransport()
    await works(sa.SoracomClient(transport=transport, token_timeout=1800), emulator)
    assert json.loads(transport.sent[0].content)["tokenTimeoutSeconds"] == 1800


def test_explicit_credentials_ignore_profiles_unless_named(
    emulator: SoracomEmulator, profile_dir: Path
) -> None:
    write_profile(profile_dir, "default", {"coverageType": "g"}, mode=0o644)  # unusable
    credentials = sa.AuthKeyCredentials("keyId-x", "secret-x")
    client = sa.SoracomClient(credentials=credentials)
    assert client.base_url == "https://api.soracom.io/v1"  # the default file was not read
    write_profile(profile_dir, "global", {"coverageType": "g"})
    client = sa.SoracomClient(credentials=credentials, profile="global")
    assert client.base_url == "https://g.api.soracom.io/v1"  # settings of a named profile


# -- profileCommand and sourceProfile ----------------------------------------------------------


def command_script(tmp_path: Path, profile: dict[str, Any], *, exit_code: int = 0) -> str:
    """A profileCommand: a script that counts its runs and prints `profile`."""
    script = tmp_path / "print profile.py"  # a space: the command line must be quoted right
    runs = tmp_path / "runs"
    script.write_text(
        "import json, pathlib, sys\n"
        f"runs = pathlib.Path({str(runs)!r})\n"
        "runs.write_text(str(int(runs.read_text()) + 1) if runs.exists() else '1')\n"
        f"print(json.dumps({profile!r}))\n"
        f"sys.exit({exit_code})\n"
    )
    return f'{sys.executable} "{script}"'


def runs(tmp_path: Path) -> int:
    path = tmp_path / "runs"
    return int(path.read_text()) if path.exists() else 0


async def test_profile_command_runs_per_token_request_not_at_construction(
    emulator: SoracomEmulator, profile_dir: Path, tmp_path: Path, clock: ManualClock
) -> None:
    command = command_script(
        tmp_path, {"authKeyId": emulator.auth_key_id, "authKey": emulator.auth_key}
    )
    write_profile(
        profile_dir,
        "default",
        {"profileCommand": command, "endpoint": host(emulator), "authKey": "secret-ignored"},
    )
    client = sa.SoracomClient(clock=clock, token_timeout=3600)
    assert runs(tmp_path) == 0
    assert command not in repr(load_profile("default"))
    async with client:
        await get_operator(client, emulator)
        await get_operator(client, emulator)
        assert runs(tmp_path) == 1
        advance_both(clock, emulator, 3590)
        await get_operator(client, emulator)
        assert runs(tmp_path) == 2  # a new token, a fresh run: rotated secrets are picked up
    assert emulator.auth_calls == 2


async def test_profile_command_failures_are_reported_without_output(
    emulator: SoracomEmulator, tmp_path: Path
) -> None:
    failing = command_script(tmp_path, {"authKey": "secret-printed"}, exit_code=3)
    async with sa.SoracomClient(
        credentials=sa.ProfileCommandCredentials(failing), base_url=emulator.base_url
    ) as client:
        with pytest.raises(sa.ConfigurationError, match="exited with status 3") as caught:
            await get_operator(client, emulator)
    assert "secret-printed" not in str(caught.value)
    slow = sa.ProfileCommandCredentials(
        f'{sys.executable} -c "import time; time.sleep(5)"', timeout=0.3
    )
    async with sa.SoracomClient(credentials=slow, base_url=emulator.base_url) as client:
        with pytest.raises(sa.ConfigurationError, match=r"did not finish within 0\.3 s"):
            await get_operator(client, emulator)
    missing = sa.ProfileCommandCredentials("/nonexistent/soracom-profile --secret-arg")
    async with sa.SoracomClient(credentials=missing, base_url=emulator.base_url) as client:
        with pytest.raises(sa.ConfigurationError, match="could not be run") as caught:
            await get_operator(client, emulator)
    assert "--secret-arg" not in str(caught.value)
    assert emulator.auth_calls == 0


async def test_source_profile_switches_user(emulator: SoracomEmulator, profile_dir: Path) -> None:
    write_profile(profile_dir, "root", auth_key_profile(emulator))
    write_profile(
        profile_dir,
        "default",
        {
            "coverageType": "jp",
            "endpoint": host(emulator),
            "sourceProfile": "root",
            "operatorId": emulator.operator_id,
            "username": emulator.sam_user_name,
        },
    )
    resolution = resolve()
    assert isinstance(resolution.credentials, sa.SwitchUserCredentials)
    await works(sa.SoracomClient(), emulator)
    assert emulator.auth_calls == 1
    assert emulator.request_count("switchUser") == 1


def test_source_profiles_cannot_nest_or_lack_the_target(
    emulator: SoracomEmulator, profile_dir: Path
) -> None:
    write_profile(profile_dir, "root", auth_key_profile(emulator))
    write_profile(
        profile_dir,
        "middle",
        {"sourceProfile": "root", "operatorId": "OP1", "username": "a"},
    )
    write_profile(
        profile_dir,
        "default",
        {"sourceProfile": "middle", "operatorId": "OP1", "username": "b"},
    )
    with pytest.raises(sa.ConfigurationError, match="nested switch user"):
        sa.SoracomClient()
    write_profile(profile_dir, "default", {"sourceProfile": "root", "username": "b"})
    with pytest.raises(sa.ConfigurationError, match="operatorId and username"):
        sa.SoracomClient()
    write_profile(
        profile_dir, "default", {"sourceProfile": "absent", "operatorId": "OP1", "username": "b"}
    )
    with pytest.raises(sa.ConfigurationError, match=r"absent\.json"):
        sa.SoracomClient()


def test_a_sandbox_profile_signs_in_with_the_sandbox_account(profile_dir: Path) -> None:
    # `soracom configure-sandbox` stores the production AuthKey next to the sandbox login.
    write_profile(
        profile_dir,
        "sandbox",
        {
            "sandbox": True,
            "coverageType": "g",
            "email": "sandbox@example.com",
            "password": "secret-sandbox",
            "authKeyId": "keyId-prod",
            "authKey": "secret-prod",
        },
    )
    client = sa.SoracomClient(profile="sandbox")
    assert client.base_url == "https://g.api-sandbox.soracom.io/v1"
    credentials = resolve(profile="sandbox").credentials
    assert credentials == sa.EmailCredentials("sandbox@example.com", "secret-sandbox")


async def test_profile_command_output_may_switch_users(
    emulator: SoracomEmulator, profile_dir: Path, tmp_path: Path
) -> None:
    write_profile(profile_dir, "root", auth_key_profile(emulator))
    command = command_script(
        tmp_path,
        {
            "sourceProfile": "root",
            "operatorId": emulator.operator_id,
            "username": emulator.sam_user_name,
        },
    )
    write_profile(profile_dir, "default", {"profileCommand": command, "endpoint": host(emulator)})
    await works(sa.SoracomClient(), emulator)
    assert emulator.request_count("switchUser") == 1


def test_explicit_credentials_ignore_the_ambient_profile_but_read_a_named_one(
    profile_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = {"coverageType": "g", "authKeyId": "keyId-p", "authKey": "secret-p"}
    write_profile(profile_dir, "ambient", settings)
    write_profile(profile_dir, "default", settings)
    monkeypatch.setenv("SORACOM_PROFILE", "ambient")
    explicit = sa.AuthKeyCredentials(auth_key_id="keyId-x", auth_key="secret-x")
    # $SORACOM_PROFILE and the default profile do not bend a client told how to sign in...
    assert sa.SoracomClient(credentials=explicit).base_url == "https://api.soracom.io/v1"
    # ...while a profile it names supplies its settings (and the credentials stay explicit).
    named = sa.SoracomClient(credentials=explicit, profile="ambient")
    assert named.base_url == "https://g.api.soracom.io/v1"
    assert named._credentials == explicit
    # Without credentials=, the variable's profile applies, settings and credentials.
    ambient = sa.SoracomClient()
    assert ambient.base_url == "https://g.api.soracom.io/v1"
    assert isinstance(ambient._credentials, sa.AuthKeyCredentials)
    assert ambient._credentials.auth_key_id == "keyId-p"
