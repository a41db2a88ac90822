"""Where `SoracomClient()` finds credentials and settings: soracom-cli's environment variables
and profiles, so existing CLI users need no new setup.

Credentials, first found wins:

1. `credentials=` passed to the client;
2. environment variables: `SORACOM_AUTH_KEY_ID` + `SORACOM_AUTH_KEY`, else
   `SORACOM_OPERATOR_ID` + `SORACOM_USER_NAME` + `SORACOM_PASSWORD` (a SAM user), else
   `SORACOM_EMAIL` + `SORACOM_PASSWORD` (the root user);
3. the profile `SoracomClient(profile=NAME)`, else `$SORACOM_PROFILE`, else `default`, read from
   `$SORACOM_PROFILE_DIR/NAME.json` or `~/.soracom/NAME.json`.

A profile also supplies settings (`coverageType`, `endpoint`, `sandbox`, `tokenTimeoutSeconds`,
`headers`). With `credentials=`, only a profile named by `profile=` is read: `$SORACOM_PROFILE`
and the default profile are ambient configuration for clients that did not say how to sign in,
and must not bend a client that did. Without `credentials=`, the profile `profile=`, else
`$SORACOM_PROFILE`, else the default one if it exists, supplies its settings whichever way the
credentials came (environment variables or the profile itself).

Profiles use the CLI's field names: `email`, `password`, `authKeyId`, `authKey`, `operatorId`,
`username` (lower-case n, as the CLI writes it), `mfaOTPCode`, `coverageType`, `endpoint`,
`sandbox`, `tokenTimeoutSeconds`, `headers`, `profileCommand`, `sourceProfile`. Like the CLI,
a profile file that group or others may read or write is refused (POSIX only).

- `profileCommand`: the command prints profile JSON whose credential fields replace the file's
  (settings still come from the file, as in the CLI). It is split like a shell would but run
  without one, with stdin closed and a timeout. It runs when a token is requested, not when
  the client is built: the constructor is synchronous and must neither block the event loop
  nor start processes, and running it per token request picks up rotated secrets and fresh
  one-time codes. Its output never appears in errors or logs.
- `sourceProfile`: as in the CLI, sign in with the source profile's credentials, then switch to
  the SAM user `username` of `operatorId` (`/auth/switch_user`, see `SwitchUserCredentials`).
  A source profile cannot itself have a `sourceProfile` or a `profileCommand`.
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import stat
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import anyio
import attrs

from .auth import validate_token_timeout
from .credentials import (
    AuthKeyCredentials,
    Credentials,
    CredentialSource,
    EmailCredentials,
    LoginCredentials,
    SamUserCredentials,
    SwitchUserCredentials,
)
from .endpoints import Coverage, validate_coverage
from .errors import ConfigurationError

logger = logging.getLogger("soracom_async.profiles")

ENV_AUTH_KEY_ID = "SORACOM_AUTH_KEY_ID"
ENV_AUTH_KEY = "SORACOM_AUTH_KEY"
ENV_EMAIL = "SORACOM_EMAIL"
ENV_PASSWORD = "SORACOM_PASSWORD"  # noqa: S105 (a variable name)
ENV_OPERATOR_ID = "SORACOM_OPERATOR_ID"
ENV_USER_NAME = "SORACOM_USER_NAME"
ENV_PROFILE = "SORACOM_PROFILE"
ENV_PROFILE_DIR = "SORACOM_PROFILE_DIR"

DEFAULT_PROFILE = "default"
PROFILE_COMMAND_TIMEOUT = 30.0
"""Seconds a `profileCommand` may take before it is killed."""
_MAX_PROFILE_BYTES = 1 << 20


@attrs.frozen
class Profile:
    """A soracom-cli profile, read and checked. Secrets stay out of its repr."""

    name: str
    path: Path | None
    """The file it was read from (None for a profile printed by a `profileCommand`)."""
    credentials: Credentials | CredentialSource | None
    coverage: Coverage | None = None
    endpoint: str | None = None
    sandbox: bool = False
    token_timeout: int | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    """Extra request headers; user-defined, so treated as secret (they may carry tokens)."""


@attrs.frozen
class Resolution:
    """What `resolve` found: the credentials to use, where they came from, and the profile
    whose settings apply (if any)."""

    credentials: Credentials | CredentialSource | None
    origin: str
    """"argument", "environment", "profile NAME (PATH)" or "none"."""
    profile: Profile | None


@attrs.frozen
class ProfileCommandCredentials:
    """Credentials printed as soracom-cli profile JSON by a command (`profileCommand`).

    The command is split like a shell would (`shlex`) but run without a shell, with stdin
    closed, stderr passed through to ours, and killed after `timeout` seconds. It runs before
    every token request; a `sourceProfile` in its output is looked up in `directory`.
    """

    command: str = attrs.field(repr=False)
    """Not in the repr: a command line may carry a secret."""
    directory: Path | None = None
    timeout: float = PROFILE_COMMAND_TIMEOUT
    argv: tuple[str, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        try:
            argv = tuple(shlex.split(self.command))
        except ValueError:
            raise ConfigurationError("profileCommand is not a valid command line") from None
        if not argv:
            raise ConfigurationError("profileCommand is empty")
        object.__setattr__(self, "argv", argv)

    @property
    def program(self) -> str:
        """The command's program name (the only part of the command shown in errors)."""
        return os.path.basename(self.argv[0])

    async def resolve(self) -> Credentials:
        what = f"profileCommand {self.program!r}"
        logger.debug("running %s for credentials", what)
        try:
            with anyio.fail_after(self.timeout):
                result = await anyio.run_process(
                    list(self.argv), stdin=subprocess.DEVNULL, stderr=None, check=False
                )
        except TimeoutError:
            raise ConfigurationError(f"{what} did not finish within {self.timeout:g} s") from None
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise ConfigurationError(f"{what} could not be run: {reason}") from None
        if result.returncode != 0:
            raise ConfigurationError(f"{what} exited with status {result.returncode}")
        if len(result.stdout) > _MAX_PROFILE_BYTES:
            raise ConfigurationError(f"{what} printed more than {_MAX_PROFILE_BYTES} bytes")
        data = _parse_json(result.stdout, f"the output of {what}")
        # As in the CLI, only the credential fields count (a profileCommand in it is ignored).
        credentials = _credentials(
            data,
            origin=f"the output of {what}",
            directory=self.directory or profile_dir(),
            sandbox=False,
            allow_source=True,
        )
        if credentials is None:
            raise ConfigurationError(f"the output of {what} holds no credentials")
        return credentials


# -- environment -----------------------------------------------------------------------------


def credentials_from_env(env: Mapping[str, str] | None = None) -> Credentials | None:
    """Credentials from soracom-cli's environment variables, or None if none are set.

    An incomplete set raises `ConfigurationError` naming the missing variables (never values).
    `SORACOM_OPERATOR_ID` or `SORACOM_EMAIL` alone are ignored: scripts often set them for
    other purposes.
    """
    env = os.environ if env is None else env

    def get(name: str) -> str | None:
        return env.get(name) or None

    key_id, key = get(ENV_AUTH_KEY_ID), get(ENV_AUTH_KEY)
    if key_id or key:
        _require_env({ENV_AUTH_KEY_ID: key_id, ENV_AUTH_KEY: key})
        assert key_id and key
        return AuthKeyCredentials(key_id, key)
    operator_id, user_name, password = get(ENV_OPERATOR_ID), get(ENV_USER_NAME), get(ENV_PASSWORD)
    email = get(ENV_EMAIL)
    if user_name or (password and operator_id and not email):
        _require_env(
            {ENV_OPERATOR_ID: operator_id, ENV_USER_NAME: user_name, ENV_PASSWORD: password}
        )
        assert operator_id and user_name and password
        return SamUserCredentials(operator_id, user_name, password)
    if password:
        _require_env({ENV_EMAIL: email, ENV_PASSWORD: password})
        assert email
        return EmailCredentials(email, password)
    return None


def _require_env(values: Mapping[str, str | None]) -> None:
    missing = [name for name, value in values.items() if not value]
    if missing:
        given = [name for name, value in values.items() if value]
        raise ConfigurationError(
            f"{' and '.join(given)} set but {' and '.join(missing)} not: "
            f"set all of {', '.join(values)}"
        )


# -- profile files ---------------------------------------------------------------------------


def profile_dir(env: Mapping[str, str] | None = None) -> Path:
    """`$SORACOM_PROFILE_DIR`, else `~/.soracom`."""
    env = os.environ if env is None else env
    configured = env.get(ENV_PROFILE_DIR)
    return Path(configured) if configured else Path.home() / ".soracom"


def profile_path(name: str, directory: Path) -> Path:
    if (
        not name
        or name.startswith(".")
        or any(c in name for c in "/\\\0")
        or Path(name).name != name
    ):
        raise ConfigurationError(f"invalid profile name {name!r}")
    return directory / f"{name}.json"


def load_profile(name: str, *, directory: str | os.PathLike[str] | None = None) -> Profile:
    """Read, check and parse the profile `name` (`ConfigurationError` if it is missing,
    accessible by group or others, or malformed)."""
    folder = Path(directory) if directory is not None else profile_dir()
    return _load(name, folder, allow_switch=True)


def _load(name: str, directory: Path, *, allow_switch: bool) -> Profile:
    path = profile_path(name, directory)
    data = _parse_json(_read_private(path), f"profile file {path}")
    return _profile(data, name=name, path=path, directory=directory, allow_switch=allow_switch)


def _read_private(path: Path) -> bytes:
    """The file's bytes, refused if group or others may read or write it (as soracom-cli)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ConfigurationError(
            f"profile file {path} does not exist (create it with `soracom configure`)"
        ) from None
    except OSError as exc:
        raise ConfigurationError(
            f"profile file {path} cannot be read: {exc.strerror or type(exc).__name__}"
        ) from None
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if not stat.S_ISREG(mode):
            raise ConfigurationError(f"profile file {path} is not a regular file")
        # Checked on the open file, so it cannot be swapped between the check and the read.
        if os.name == "posix" and mode & 0o077:
            raise ConfigurationError(
                f"profile file {path} is accessible by group or others "
                f"(mode {stat.S_IMODE(mode):04o}); like soracom-cli, soracom-async will not use "
                f"a profile others can read. Fix it with: chmod 600 {shlex.quote(str(path))}"
            )
        content = file.read(_MAX_PROFILE_BYTES + 1)
    if len(content) > _MAX_PROFILE_BYTES:
        raise ConfigurationError(f"profile file {path} is larger than {_MAX_PROFILE_BYTES} bytes")
    return content


def _parse_json(content: bytes, what: str) -> dict[str, Any]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        # Only the position: the message of a decode error may quote the (secret) document.
        raise ConfigurationError(
            f"{what} is not valid JSON (line {exc.lineno}, column {exc.colno})"
        ) from None
    except UnicodeDecodeError:
        raise ConfigurationError(f"{what} is not UTF-8 text") from None
    if not isinstance(data, dict):
        raise ConfigurationError(f"{what} must hold a JSON object")
    return data


def _field(data: Mapping[str, Any], key: str, kind: type, origin: str) -> Any:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigurationError(f"{origin}: {key!r} must be a {kind.__name__}")
    return value


def _text(data: Mapping[str, Any], key: str, origin: str) -> str | None:
    value: str | None = _field(data, key, str, origin)
    return value or None  # the CLI treats "" as unset


def _profile(
    data: Mapping[str, Any], *, name: str, path: Path, directory: Path, allow_switch: bool
) -> Profile:
    origin = f"profile file {path}"
    coverage = _text(data, "coverageType", origin)
    if coverage is not None:
        coverage = validate_coverage(coverage, origin=f"{origin}: coverageType")
    endpoint = _text(data, "endpoint", origin)
    sandbox = bool(_field(data, "sandbox", bool, origin))
    timeout = _field(data, "tokenTimeoutSeconds", int, origin)
    if timeout is not None:
        try:
            validate_token_timeout(timeout)
        except ConfigurationError as exc:
            raise ConfigurationError(f"{origin}: tokenTimeoutSeconds: {exc}") from None
    raw_headers = _field(data, "headers", dict, origin) or {}
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in raw_headers.items()):
        raise ConfigurationError(f"{origin}: 'headers' must map names to string values")
    credentials: Credentials | CredentialSource | None
    command = _text(data, "profileCommand", origin)
    if command is not None:
        credentials = ProfileCommandCredentials(command, directory)
    else:
        credentials = _credentials(
            data, origin=origin, directory=directory, sandbox=sandbox, allow_source=allow_switch
        )
    return Profile(
        name=name,
        path=path,
        credentials=credentials,
        coverage=coverage,
        endpoint=endpoint,
        sandbox=sandbox,
        token_timeout=timeout,
        headers=dict(raw_headers),
    )


def _credentials(
    data: Mapping[str, Any], *, origin: str, directory: Path, sandbox: bool, allow_source: bool
) -> Credentials | None:
    """The credentials a profile's fields describe (None if it has none).

    With several kinds in one profile: an AuthKey first, then a SAM user, then the root email,
    as the API is most likely meant. A sandbox profile prefers its email and password: the
    CLI's `configure-sandbox` stores the sandbox account's login there, and a production
    AuthKey next to it that only served to create the sandbox account.
    """
    source = _text(data, "sourceProfile", origin)
    operator_id = _text(data, "operatorId", origin)
    user_name = _text(data, "username", origin)
    if source is not None:
        if not allow_source:
            raise ConfigurationError(
                f"{origin}: a source profile cannot itself have a sourceProfile "
                "(nested switch user is not allowed, as in soracom-cli)"
            )
        if operator_id is None or user_name is None:
            raise ConfigurationError(
                f"{origin}: sourceProfile needs operatorId and username (the user to switch to)"
            )
        return SwitchUserCredentials(_source(source, directory), operator_id, user_name)
    key_id, key = _text(data, "authKeyId", origin), _text(data, "authKey", origin)
    email, password = _text(data, "email", origin), _text(data, "password", origin)
    otp = _text(data, "mfaOTPCode", origin)
    if (key_id is None) != (key is None):
        raise ConfigurationError(f"{origin}: authKeyId and authKey must be given together")
    login_email = EmailCredentials(email, password, otp) if email and password else None
    if sandbox and login_email is not None:
        return login_email
    if key_id and key:
        return AuthKeyCredentials(key_id, key)
    if user_name is not None or (operator_id is not None and email is None):
        if operator_id is None or user_name is None or password is None:
            raise ConfigurationError(
                f"{origin}: a SAM user needs operatorId, username and password"
            )
        return SamUserCredentials(operator_id, user_name, password, otp)
    if email is not None or password is not None:
        if login_email is None:
            raise ConfigurationError(f"{origin}: email and password must be given together")
        return login_email
    return None


def _source(name: str, directory: Path) -> LoginCredentials:
    source = _load(name, directory, allow_switch=False)
    credentials = source.credentials
    if isinstance(credentials, ProfileCommandCredentials):
        raise ConfigurationError(
            f"source profile {name!r} uses profileCommand, which soracom-async does not support "
            "in a source profile"
        )
    if not isinstance(credentials, (EmailCredentials, AuthKeyCredentials, SamUserCredentials)):
        raise ConfigurationError(f"source profile {name!r} holds no credentials")
    return credentials


# -- resolution ------------------------------------------------------------------------------


def resolve(
    credentials: Credentials | CredentialSource | None = None,
    profile: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
) -> Resolution:
    """Credentials and profile for a client, in the order of the module docstring.

    Raises `ConfigurationError` for a named profile that is missing, any profile that is
    accessible by others or malformed, and incomplete environment credentials. A client with
    no credentials anywhere is not an error here: calls that need auth will raise.
    """
    env = os.environ if env is None else env
    name = profile or env.get(ENV_PROFILE) or None
    found: Profile | None = None
    if credentials is not None:
        if profile is not None:
            found = load_profile(profile, directory=profile_dir(env))
        return Resolution(credentials, "argument", found)
    from_env = credentials_from_env(env)
    directory = profile_dir(env)
    if name is not None:
        found = load_profile(name, directory=directory)
    elif profile_path(DEFAULT_PROFILE, directory).exists():
        found = load_profile(DEFAULT_PROFILE, directory=directory)
    if from_env is not None:
        return Resolution(from_env, "environment", found)
    if found is not None and found.credentials is not None:
        return Resolution(found.credentials, f"profile {found.name} ({found.path})", found)
    if found is not None:
        raise ConfigurationError(f"profile file {found.path} holds no credentials")
    return Resolution(None, "none", None)
