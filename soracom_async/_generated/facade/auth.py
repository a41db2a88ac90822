"""The `Auth` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.auth import auth as _auth
from ..api.auth import issue_password_reset_token as _issue_password_reset_token
from ..api.auth import logout as _logout
from ..api.auth import switch_user as _switch_user
from ..api.auth import verify_password_reset_token as _verify_password_reset_token


class AuthApi(TagApi):
    """Operations of the `Auth` group, as `client.auth.<operation>`."""

    group = "Auth"

    auth = operation(_auth.SPEC, _auth.build, _auth.parse)
    issue_password_reset_token = operation(
        _issue_password_reset_token.SPEC,
        _issue_password_reset_token.build,
        _issue_password_reset_token.parse,
    )
    logout = operation(_logout.SPEC, _logout.build, _logout.parse)
    switch_user = operation(_switch_user.SPEC, _switch_user.build, _switch_user.parse)
    verify_password_reset_token = operation(
        _verify_password_reset_token.SPEC,
        _verify_password_reset_token.build,
        _verify_password_reset_token.parse,
    )
