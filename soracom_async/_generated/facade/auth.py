"""The `Auth` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.auth import auth as _auth
from ..api.auth import issue_password_reset_token as _issue_password_reset_token
from ..api.auth import logout as _logout
from ..api.auth import switch_user as _switch_user
from ..api.auth import verify_password_reset_token as _verify_password_reset_token


class AuthApi(TagApi):
    """Operations of the `Auth` group, as `client.auth.<operation>`.

    One rate-limit group. `help(client.auth.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        auth: Performs authentication to access to the Soracom API.
        issue_password_reset_token: Issues a password reset token for the operator.
        logout: Revokes an API key and API token in order to remove access to the Soracom API.
        switch_user: Generates an API key and an API token to call APIs as a different user.
        verify_password_reset_token: Verifies the password reset token and updates password.
    """

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
