"""The `Files` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation

if TYPE_CHECKING:
    from ...operation import operation
    from ..api.files import get_exported_file as _get_exported_file


class FilesApi(TagApi):
    """Operations of the `Files` group, as `client.files.<operation>`.

    One rate-limit group. `help(client.files.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        get_exported_file: Get the progress of the process when the file is exported
            asynchronously.
    """

    group = "Files"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        get_exported_file = operation(
            _get_exported_file.SPEC, _get_exported_file.build, _get_exported_file.parse
        )
    else:
        get_exported_file = lazy_operation(
            "..api.files.get_exported_file", __package__, group=group
        )
