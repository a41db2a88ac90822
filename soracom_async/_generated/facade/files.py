"""The `Files` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
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

    get_exported_file = operation(
        _get_exported_file.SPEC, _get_exported_file.build, _get_exported_file.parse
    )
