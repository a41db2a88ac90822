"""The `Credential` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.credential import create_credential as _create_credential
    from ..api.credential import delete_credential as _delete_credential
    from ..api.credential import list_credentials as _list_credentials
    from ..api.credential import update_credential as _update_credential


class CredentialApi(TagApi):
    """Operations of the `Credential` group, as `client.credential.<operation>`.

    One rate-limit group. `help(client.credential.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_credential: Create a credential set
        delete_credential: Delete a credential set
        list_credentials: List credential sets
        update_credential: Update a credential set
    """

    group = "Credential"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_credential = operation(
            _create_credential.SPEC, _create_credential.build, _create_credential.parse
        )
        delete_credential = operation(
            _delete_credential.SPEC, _delete_credential.build, _delete_credential.parse
        )
        list_credentials = operation(
            _list_credentials.SPEC, _list_credentials.build, _list_credentials.parse
        )
        update_credential = operation(
            _update_credential.SPEC, _update_credential.build, _update_credential.parse
        )
    else:
        create_credential = lazy_operation(
            "..api.credential.create_credential", __package__, group=group
        )
        delete_credential = lazy_operation(
            "..api.credential.delete_credential", __package__, group=group
        )
        list_credentials = lazy_operation(
            "..api.credential.list_credentials", __package__, group=group
        )
        update_credential = lazy_operation(
            "..api.credential.update_credential", __package__, group=group
        )
