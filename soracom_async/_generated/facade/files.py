"""The `Files` API group: one rate-limit group, one namespace on the client."""

from ...operation import TagApi, operation
from ..api.files import get_exported_file as _get_exported_file


class FilesApi(TagApi):
    """Operations of the `Files` group, as `client.files.<operation>`."""

    group = "Files"

    get_exported_file = operation(
        _get_exported_file.SPEC, _get_exported_file.build, _get_exported_file.parse
    )
