"""The `Batch` API group: one rate-limit group, one namespace on the client."""

from typing import TYPE_CHECKING

from ...operation import TagApi, lazy_operation, lazy_paginated_operation

if TYPE_CHECKING:
    from ...operation import operation, paginated_operation
    from ..api.batch import create_batch_group as _create_batch_group
    from ..api.batch import create_batch_job as _create_batch_job
    from ..api.batch import delete_batch_group as _delete_batch_group
    from ..api.batch import get_batch_group as _get_batch_group
    from ..api.batch import get_batch_job as _get_batch_job
    from ..api.batch import list_batch_groups as _list_batch_groups
    from ..api.batch import list_batch_jobs as _list_batch_jobs
    from ..api.batch import list_tasks_of_batch_job as _list_tasks_of_batch_job
    from ..api.batch import update_batch_group as _update_batch_group


class BatchApi(TagApi):
    """Operations of the `Batch` group, as `client.batch.<operation>`.

    One rate-limit group. `help(client.batch.<operation>)` shows an operation's
    parameters, result and pagination.

    Operations:
        create_batch_group: Create batch group.
        create_batch_job: Create and run batch job.
        delete_batch_group: Delete batch group.
        get_batch_group: Get batch group.
        get_batch_job: Get batch job.
        list_batch_groups: List batch groups. (paginated)
        list_batch_jobs: List batch jobs. (paginated)
        list_tasks_of_batch_job: List tasks. (paginated)
        update_batch_group: Update batch group.
    """

    group = "Batch"

    # What a type checker sees: each operation typed from its endpoint module. At run time
    # the module is imported when the operation is first used (operation.lazy_operation).
    if TYPE_CHECKING:
        create_batch_group = operation(
            _create_batch_group.SPEC, _create_batch_group.build, _create_batch_group.parse
        )
        create_batch_job = operation(
            _create_batch_job.SPEC, _create_batch_job.build, _create_batch_job.parse
        )
        delete_batch_group = operation(
            _delete_batch_group.SPEC, _delete_batch_group.build, _delete_batch_group.parse
        )
        get_batch_group = operation(
            _get_batch_group.SPEC, _get_batch_group.build, _get_batch_group.parse
        )
        get_batch_job = operation(_get_batch_job.SPEC, _get_batch_job.build, _get_batch_job.parse)
        list_batch_groups = paginated_operation(
            _list_batch_groups.SPEC,
            _list_batch_groups.build,
            _list_batch_groups.parse,
            items=_list_batch_groups.items,
            paging=_list_batch_groups.paging,
        )
        list_batch_jobs = paginated_operation(
            _list_batch_jobs.SPEC,
            _list_batch_jobs.build,
            _list_batch_jobs.parse,
            items=_list_batch_jobs.items,
            paging=_list_batch_jobs.paging,
        )
        list_tasks_of_batch_job = paginated_operation(
            _list_tasks_of_batch_job.SPEC,
            _list_tasks_of_batch_job.build,
            _list_tasks_of_batch_job.parse,
            items=_list_tasks_of_batch_job.items,
            paging=_list_tasks_of_batch_job.paging,
        )
        update_batch_group = operation(
            _update_batch_group.SPEC, _update_batch_group.build, _update_batch_group.parse
        )
    else:
        create_batch_group = lazy_operation(
            "..api.batch.create_batch_group", __package__, group=group
        )
        create_batch_job = lazy_operation("..api.batch.create_batch_job", __package__, group=group)
        delete_batch_group = lazy_operation(
            "..api.batch.delete_batch_group", __package__, group=group
        )
        get_batch_group = lazy_operation("..api.batch.get_batch_group", __package__, group=group)
        get_batch_job = lazy_operation("..api.batch.get_batch_job", __package__, group=group)
        list_batch_groups = lazy_paginated_operation(
            "..api.batch.list_batch_groups", __package__, group=group
        )
        list_batch_jobs = lazy_paginated_operation(
            "..api.batch.list_batch_jobs", __package__, group=group
        )
        list_tasks_of_batch_job = lazy_paginated_operation(
            "..api.batch.list_tasks_of_batch_job", __package__, group=group
        )
        update_batch_group = lazy_operation(
            "..api.batch.update_batch_group", __package__, group=group
        )
