"""The `Email` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.email import delete_email as _delete_email
    from ..api.email import get_email as _get_email
    from ..api.email import issue_add_email_token as _issue_add_email_token
    from ..api.email import list_emails as _list_emails
    from ..api.email import verify_add_email_token as _verify_add_email_token


class EmailApi(TagApi):
    """Operations of the `Email` group, as `client.email.<operation>`.

    One rate-limit group. `help(client.email.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_email: Delete email address
        get_email: Get email address
        issue_add_email_token: Issue an authentication token to add an email address
        list_emails: List email addresses
        verify_add_email_token: Verify an authentication token to add an email address
    """

    group = "Email"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_email = operation(_delete_email.SPEC, _delete_email.build, _delete_email.parse)
        get_email = operation(_get_email.SPEC, _get_email.build, _get_email.parse)
        issue_add_email_token = operation(
            _issue_add_email_token.SPEC, _issue_add_email_token.build, _issue_add_email_token.parse
        )
        list_emails = operation(_list_emails.SPEC, _list_emails.build, _list_emails.parse)
        verify_add_email_token = operation(
            _verify_add_email_token.SPEC,
            _verify_add_email_token.build,
            _verify_add_email_token.parse,
        )
    else:
        delete_email = lazy_operation("..api.email.delete_email", __package__, group=group)
        get_email = lazy_operation("..api.email.get_email", __package__, group=group)
        issue_add_email_token = lazy_operation(
            "..api.email.issue_add_email_token", __package__, group=group
        )
        list_emails = lazy_operation("..api.email.list_emails", __package__, group=group)
        verify_add_email_token = lazy_operation(
            "..api.email.verify_add_email_token", __package__, group=group
        )
