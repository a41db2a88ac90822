"""The `Auth` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
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

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
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
    else:
        auth = lazy_operation("..api.auth.auth", __package__, group=group)
        issue_password_reset_token = lazy_operation(
            "..api.auth.issue_password_reset_token", __package__, group=group
        )
        logout = lazy_operation("..api.auth.logout", __package__, group=group)
        switch_user = lazy_operation("..api.auth.switch_user", __package__, group=group)
        verify_password_reset_token = lazy_operation(
            "..api.auth.verify_password_reset_token", __package__, group=group
        )
