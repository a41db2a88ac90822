"""The `Soralet` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.soralet import create_soralet as _create_soralet
    from ..api.soralet import delete_soralet as _delete_soralet
    from ..api.soralet import delete_soralet_version as _delete_soralet_version
    from ..api.soralet import get_soralet as _get_soralet
    from ..api.soralet import get_soralet_logs as _get_soralet_logs
    from ..api.soralet import list_soralet_versions as _list_soralet_versions
    from ..api.soralet import list_soralets as _list_soralets
    from ..api.soralet import test_soralet as _test_soralet
    from ..api.soralet import upload_soralet_code as _upload_soralet_code


class SoraletApi(TagApi):
    """Operations of the `Soralet` group, as `client.soralet.<operation>`.

    One rate-limit group. `help(client.soralet.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_soralet: Create a Soralet
        delete_soralet: Delete Soralet
        delete_soralet_version: Delete a Soralet version
        get_soralet: Get a Soralet
        get_soralet_logs: Get log messages from Soralet (paginated)
        list_soralet_versions: List versions of Soralet (paginated)
        list_soralets: List Soralets (paginated)
        test_soralet: Execute Soralet with arguments
        upload_soralet_code: Upload code and create a new version
    """

    group = "Soralet"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_soralet = operation(
            _create_soralet.SPEC, _create_soralet.build, _create_soralet.parse
        )
        delete_soralet = operation(
            _delete_soralet.SPEC, _delete_soralet.build, _delete_soralet.parse
        )
        delete_soralet_version = operation(
            _delete_soralet_version.SPEC,
            _delete_soralet_version.build,
            _delete_soralet_version.parse,
        )
        get_soralet = operation(_get_soralet.SPEC, _get_soralet.build, _get_soralet.parse)
        get_soralet_logs = paginated_operation(
            _get_soralet_logs.SPEC,
            _get_soralet_logs.build,
            _get_soralet_logs.parse,
            items=_get_soralet_logs.items,
            paging=_get_soralet_logs.paging,
        )
        list_soralet_versions = paginated_operation(
            _list_soralet_versions.SPEC,
            _list_soralet_versions.build,
            _list_soralet_versions.parse,
            items=_list_soralet_versions.items,
            paging=_list_soralet_versions.paging,
        )
        list_soralets = paginated_operation(
            _list_soralets.SPEC,
            _list_soralets.build,
            _list_soralets.parse,
            items=_list_soralets.items,
            paging=_list_soralets.paging,
        )
        test_soralet = operation(_test_soralet.SPEC, _test_soralet.build, _test_soralet.parse)
        upload_soralet_code = operation(
            _upload_soralet_code.SPEC, _upload_soralet_code.build, _upload_soralet_code.parse
        )
    else:
        create_soralet = lazy_operation("..api.soralet.create_soralet", __package__, group=group)
        delete_soralet = lazy_operation("..api.soralet.delete_soralet", __package__, group=group)
        delete_soralet_version = lazy_operation(
            "..api.soralet.delete_soralet_version", __package__, group=group
        )
        get_soralet = lazy_operation("..api.soralet.get_soralet", __package__, group=group)
        get_soralet_logs = lazy_paginated_operation(
            "..api.soralet.get_soralet_logs", __package__, group=group
        )
        list_soralet_versions = lazy_paginated_operation(
            "..api.soralet.list_soralet_versions", __package__, group=group
        )
        list_soralets = lazy_paginated_operation(
            "..api.soralet.list_soralets", __package__, group=group
        )
        test_soralet = lazy_operation("..api.soralet.test_soralet", __package__, group=group)
        upload_soralet_code = lazy_operation(
            "..api.soralet.upload_soralet_code", __package__, group=group
        )
