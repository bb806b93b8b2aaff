"""Reads carnet.exe and the installer back with pefile, a PE reader Carnet does not share:
a program for the window (no console beside it), the version Cargo.toml says, Carnet's names,
and the icon at the sizes Explorer asks for. Used by scripts/check-windows.

    python3 check_pe.py VERSION carnet.exe carnet-VERSION-setup.exe
"""

import sys

import pefile

GUI = pefile.SUBSYSTEM_TYPE["IMAGE_SUBSYSTEM_WINDOWS_GUI"]


def strings_of(pe):
    """The StringFileInfo table of a PE's version resource, as a dict of str."""
    found = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            if entry.Key == b"StringFileInfo":
                for table in entry.StringTable:
                    for key, value in table.entries.items():
                        found[key.decode()] = value.decode()
    return found


def icon_sizes(pe):
    """The sizes (in pixels) of the icons in the PE's first icon group."""
    groups = [
        e for e in pe.DIRECTORY_ENTRY_RESOURCE.entries
        if e.id == pefile.RESOURCE_TYPE["RT_GROUP_ICON"]
    ]
    if not groups:
        return []
    leaf = groups[0].directory.entries[0].directory.entries[0].data.struct
    data = pe.get_data(leaf.OffsetToData, leaf.Size)
    count = int.from_bytes(data[4:6], "little")
    # GRPICONDIRENTRY: width, height (0 means 256), ... 14 bytes each after a 6-byte header.
    return sorted(
        (data[6 + 14 * i] or 256) for i in range(count)
    )


def main():
    version, exe, setup = sys.argv[1:4]
    failures = []

    program = pefile.PE(exe)
    if program.OPTIONAL_HEADER.Subsystem != GUI:
        failures.append("carnet.exe is a console program: a double-click would open a console too")
    names = strings_of(program)
    for key, wanted in [
        ("ProductName", "Carnet"),
        ("FileVersion", version),
        ("ProductVersion", version),
        ("OriginalFilename", "carnet.exe"),
    ]:
        if names.get(key) != wanted:
            failures.append(f"carnet.exe {key} is {names.get(key)!r}, not {wanted!r}")
    sizes = icon_sizes(program)
    for size in (16, 32, 48, 256):
        if size not in sizes:
            failures.append(f"carnet.exe has no {size} px icon (has {sizes})")

    installer = pefile.PE(setup)
    setup_names = strings_of(installer)
    if setup_names.get("ProductVersion") != version:
        failures.append(f"the installer's ProductVersion is {setup_names.get('ProductVersion')!r}")

    if failures:
        for failure in failures:
            print(f"check_pe: {failure}", file=sys.stderr)
        sys.exit(1)
    print(f"  ok: carnet.exe: a window program, version {names['FileVersion']}, icons {sizes} px")
    print(f"  ok: installer: {setup_names.get('FileDescription')}, version {version}")


if __name__ == "__main__":
    main()
