"""Harvest Files end to end: upload a directory, list it, download with streaming, delete it.

    python examples/harvest_files.py                 # uploads a generated sample directory
    python examples/harvest_files.py --dir ./logs    # or a directory of yours

Runs against a local emulator it starts. Each file goes up with `put_file` under
`/<prefix>/<relative path>`; the listing is paginated (`list_files.paginate`); each download is
streamed in chunks (`get_file.stream`) and compared with the local bytes by SHA-256, never held
whole in memory; finally each file is deleted and the listing is checked empty. getFile answers
with a redirect to the file storage: the client follows it without the API's credentials, which
the emulator's storage origin records, so the example checks that too.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import mimetypes
import sys
import tempfile
from pathlib import Path

import soracom_async as sa

PREFIX = "harvest-files-example"
CREDENTIAL_HEADERS = ("x-soracom-api-key", "x-soracom-token", "authorization")


def sample_directory(root: Path) -> Path:
    """A small directory tree to upload when none is given."""
    (root / "reports").mkdir(parents=True)
    (root / "notes.txt").write_text("fleet notes\n")
    (root / "reports" / "day1.csv").write_text("sim,bytes\n1,2048\n")
    (root / "reports" / "blob.bin").write_bytes(bytes(range(256)) * 1024)  # 256 KiB
    return root


def local_files(directory: Path) -> dict[str, Path]:
    """Each regular file below `directory`, by its path relative to it (sorted)."""
    return {
        path.relative_to(directory).as_posix(): path
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


async def upload(client: sa.SoracomClient, files: dict[str, Path]) -> None:
    for name, path in files.items():
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        await client.file_entry.put_file(
            scope="private",
            path=f"/{PREFIX}/{name}",
            body=path.read_bytes(),
            content_type=content_type,
        )
    print(f"uploaded {len(files)} files to /{PREFIX}/")


async def listing(client: sa.SoracomClient, directory: str) -> list[str]:
    """File paths below `directory`, recursing into sub-directories."""
    found: list[str] = []
    async with client.file_entry.list_files.paginate(scope="private", path=directory) as entries:
        async for entry in entries:
            name = str(entry.filename)
            if entry.is_directory:
                found += await listing(client, f"{directory}{name.rstrip('/')}/")
            else:
                found.append(f"{directory}{name}")
    return found


async def verify(client: sa.SoracomClient, files: dict[str, Path]) -> int:
    """Download each file as a stream and compare its SHA-256 with the local file's."""
    verified = 0
    for name, path in files.items():
        digest = hashlib.sha256()
        async with client.file_entry.get_file.stream(
            scope="private", path=f"/{PREFIX}/{name}"
        ) as download:
            async for chunk in download:
                digest.update(chunk)
        if digest.hexdigest() != hashlib.sha256(path.read_bytes()).hexdigest():
            print(f"MISMATCH {name}")
        else:
            verified += 1
    print(f"downloaded and verified {verified}/{len(files)} files (streamed)")
    return verified


async def delete(client: sa.SoracomClient, paths: list[str]) -> None:
    for path in paths:
        await client.file_entry.delete_file(scope="private", path=path)
    print(f"deleted {len(paths)} files")


async def run(client: sa.SoracomClient, directory: Path) -> int:
    files = local_files(directory)
    await upload(client, files)
    listed = await listing(client, f"/{PREFIX}/")
    names = [path.removeprefix(f"/{PREFIX}/") for path in listed]
    print(f"listed {len(listed)} files: {', '.join(names)}")
    verified = await verify(client, files)
    await delete(client, listed)
    left = await listing(client, f"/{PREFIX}/")
    print(f"left after deleting: {len(left)} files")
    return 0 if verified == len(files) == len(listed) and not left else 1


async def main_async(directory: Path) -> int:
    from soracom_async.testing import SoracomEmulator

    with SoracomEmulator(sim_count=1) as emu:
        credentials = sa.AuthKeyCredentials(auth_key_id=emu.auth_key_id, auth_key=emu.auth_key)
        async with sa.SoracomClient(credentials=credentials, base_url=emu.base_url) as client:
            status = await run(client, directory)
        leaked = [
            request.path
            for request in emu.storage_requests
            if any(request.header(h) is not None for h in CREDENTIAL_HEADERS)
        ]
        print(
            f"storage origin: {len(emu.storage_requests)} downloads, "
            f"{len(leaked)} carried API credentials"
        )
        return status if not leaked else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="directory to upload (default: a sample)")
    args = parser.parse_args()
    if args.dir is not None:
        if not args.dir.is_dir():
            parser.error(f"--dir {args.dir} is not a directory")
        return asyncio.run(main_async(args.dir))
    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(main_async(sample_directory(Path(tmp) / "sample")))


if __name__ == "__main__":
    sys.exit(main())
