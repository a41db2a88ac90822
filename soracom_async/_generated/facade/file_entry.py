"""The `FileEntry` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.file_entry import delete_directory as _delete_directory
    from ..api.file_entry import delete_file as _delete_file
    from ..api.file_entry import find_files as _find_files
    from ..api.file_entry import get_file as _get_file
    from ..api.file_entry import get_file_metadata as _get_file_metadata
    from ..api.file_entry import list_files as _list_files
    from ..api.file_entry import put_file as _put_file


class FileEntryApi(TagApi):
    """Operations of the `FileEntry` group, as `client.file_entry.<operation>`.

    One rate-limit group. `help(client.file_entry.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        delete_directory: Deletes the directory specified by scope and path
        delete_file: Deletes the file specified by scope and path.
        find_files: Find files with prefix query parameter in the scope (paginated)
        get_file: Download file specified by the path and the scope
        get_file_metadata: Gets the metadata of the file specified by the path and the scope
        list_files: Returns files and directories from the directory specified by the scope and
            path. (paginated)
        put_file: Uploads the file to the specified path in the scope.
    """

    group = "FileEntry"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        delete_directory = operation(
            _delete_directory.SPEC, _delete_directory.build, _delete_directory.parse
        )
        delete_file = operation(_delete_file.SPEC, _delete_file.build, _delete_file.parse)
        find_files = paginated_operation(
            _find_files.SPEC,
            _find_files.build,
            _find_files.parse,
            items=_find_files.items,
            paging=_find_files.paging,
        )
        get_file = operation(_get_file.SPEC, _get_file.build, _get_file.parse)
        get_file_metadata = operation(
            _get_file_metadata.SPEC, _get_file_metadata.build, _get_file_metadata.parse
        )
        list_files = paginated_operation(
            _list_files.SPEC,
            _list_files.build,
            _list_files.parse,
            items=_list_files.items,
            paging=_list_files.paging,
        )
        put_file = operation(_put_file.SPEC, _put_file.build, _put_file.parse)
    else:
        delete_directory = lazy_operation(
            "..api.file_entry.delete_directory", __package__, group=group
        )
        delete_file = lazy_operation("..api.file_entry.delete_file", __package__, group=group)
        find_files = lazy_paginated_operation(
            "..api.file_entry.find_files", __package__, group=group
        )
        get_file = lazy_operation("..api.file_entry.get_file", __package__, group=group)
        get_file_metadata = lazy_operation(
            "..api.file_entry.get_file_metadata", __package__, group=group
        )
        list_files = lazy_paginated_operation(
            "..api.file_entry.list_files", __package__, group=group
        )
        put_file = lazy_operation("..api.file_entry.put_file", __package__, group=group)
