#!/usr/bin/env python3
"""Lets TorchSharp's libLibTorchSharp.so load where the system libstdc++ predates GCC 13.

TorchSharp 0.107.0 ships a libLibTorchSharp.so built with GCC 13. Its version-needs table asks
libstdc++ for GLIBCXX_3.4.32 on behalf of exactly one symbol, std::ios_base_library_init()
(_ZSt21ios_base_library_initv). GCC 13's <iostream> only *names* that symbol (an undefined global
with no relocation against it), so nothing ever binds to it; but the dynamic loader still refuses
the whole library ("version `GLIBCXX_3.4.32' not found") on Debian 12 or Ubuntu 22.04, whose
libstdc++ stops at GLIBCXX_3.4.30.

This script edits the copy of the library in a build output (never the NuGet cache), in place and
without changing its size:
  1. the Vernaux entry for GLIBCXX_3.4.32 in .gnu.version_r gets VER_FLG_WEAK (0x2), so a missing
     version is no longer fatal (glibc then only notes it under LD_DEBUG);
  2. every dynamic symbol tagged with that version gets VER_NDX_GLOBAL (1) in .gnu.version, the
     same edit as `patchelf --clear-symbol-version`.
It refuses (exit 1, with a reason) when a relocation refers to such a symbol, because then the
symbol would really be needed and a weak version would only move the failure to run time.

It does nothing when the system libstdc++ defines GLIBCXX_3.4.32 (Ubuntu 24.04, Debian 13...), when
the library no longer needs it, or when it was already patched; it says which case applied.
Only the Python 3 standard library is used, so the build needs neither patchelf nor a compiler.

Usage: fix-libtorchsharp-glibcxx.py [--force] LIBRARY...
  --force   patch even if the system libstdc++ provides the version (used by tests).
Exit codes: 0 done or nothing to do, 1 cannot patch (reason printed as an MSBuild-style error).
"""

import os
import struct
import subprocess
import sys
import tempfile

TOOL = "fix-libtorchsharp-glibcxx"
VERSION = "GLIBCXX_3.4.32"
VER_FLG_WEAK = 0x2
VER_NDX_GLOBAL = 1
SHT_RELA, SHT_REL, SHT_DYNSYM = 4, 9, 11
SHT_GNU_VERDEF, SHT_GNU_VERNEED, SHT_GNU_VERSYM = 0x6FFFFFFD, 0x6FFFFFFE, 0x6FFFFFFF


class ElfError(Exception):
    pass


class Elf64:
    """Just enough of an ELF64 little-endian reader for the symbol-versioning tables."""

    def __init__(self, data):
        if data[:4] != b"\x7fELF":
            raise ElfError("not an ELF file")
        if data[4] != 2 or data[5] != 1:
            raise ElfError("not a 64-bit little-endian ELF file")
        self.data = data
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        self.sections = []
        for i in range(shnum):
            name, stype, _flags, _addr, offset, size, link, _info, _align, entsize = struct.unpack_from(
                "<IIQQQQIIQQ", data, shoff + i * shentsize)
            self.sections.append({"name": name, "type": stype, "offset": offset, "size": size,
                                  "link": link, "entsize": entsize, "index": i})

    def section(self, stype):
        found = [s for s in self.sections if s["type"] == stype]
        return found[0] if found else None

    def string(self, strtab, offset):
        start = strtab["offset"] + offset
        end = self.data.index(b"\x00", start)
        return self.data[start:end].decode("ascii", "replace")

    def version_definitions(self):
        """Names defined in .gnu.version_d (what a library such as libstdc++ provides)."""
        verdef = self.section(SHT_GNU_VERDEF)
        if verdef is None:
            return set()
        strtab = self.sections[verdef["link"]]
        names, offset = set(), verdef["offset"]
        while True:
            _ver, _flags, _ndx, cnt, _hash, aux, nxt = struct.unpack_from("<HHHHIII", self.data, offset)
            aux_offset = offset + aux
            for _ in range(cnt):
                name, aux_next = struct.unpack_from("<II", self.data, aux_offset)
                names.add(self.string(strtab, name))
                aux_offset += aux_next
            if nxt == 0:
                return names
            offset += nxt

    def version_needs(self):
        """(file offset of the Vernaux entry, version name, flags, version index) for each need."""
        verneed = self.section(SHT_GNU_VERNEED)
        if verneed is None:
            return []
        strtab = self.sections[verneed["link"]]
        needs, offset = [], verneed["offset"]
        while True:
            _ver, cnt, _file, aux, nxt = struct.unpack_from("<HHIII", self.data, offset)
            aux_offset = offset + aux
            for _ in range(cnt):
                _hash, flags, other, name, aux_next = struct.unpack_from("<IHHII", self.data, aux_offset)
                needs.append((aux_offset, self.string(strtab, name), flags, other))
                if aux_next == 0:
                    break
                aux_offset += aux_next
            if nxt == 0:
                return needs
            offset += nxt

    def dynamic_symbols_with_version(self, index):
        """(symbol index, name, file offset of its .gnu.version entry) for symbols tagged `index`."""
        dynsym, versym = self.section(SHT_DYNSYM), self.section(SHT_GNU_VERSYM)
        if dynsym is None or versym is None:
            return []
        strtab = self.sections[dynsym["link"]]
        found = []
        for i in range(dynsym["size"] // 24):
            entry = versym["offset"] + 2 * i
            value, = struct.unpack_from("<H", self.data, entry)
            if value & 0x7FFF == index:
                name, = struct.unpack_from("<I", self.data, dynsym["offset"] + 24 * i)
                found.append((i, self.string(strtab, name), entry))
        return found

    def relocated_symbols(self):
        """Indices of dynamic symbols that some relocation refers to."""
        dynsym = self.section(SHT_DYNSYM)
        used = set()
        for s in self.sections:
            if s["type"] not in (SHT_RELA, SHT_REL) or dynsym is None or s["link"] != dynsym["index"]:
                continue
            size = 24 if s["type"] == SHT_RELA else 16
            for k in range(s["size"] // size):
                info, = struct.unpack_from("<Q", self.data, s["offset"] + k * size + 8)
                used.add(info >> 32)
        return used


def say(message):
    print(f"{TOOL}: {message}", flush=True)


def fail(message):
    # "origin: error CODE: text" is MSBuild's canonical error format, so Exec reports it as a build error.
    print(f"{TOOL}: error PPDEEP001: {message}", file=sys.stderr, flush=True)
    return 1


def system_libstdcxx():
    """Path of the libstdc++.so.6 the dynamic loader would pick from its cache, else a usual place."""
    for ldconfig in ("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"):
        try:
            out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
        except OSError:
            continue
        for line in out.splitlines():
            line = line.strip()
            if line.startswith("libstdc++.so.6 ") and "x86-64" in line and "=>" in line:
                return line.split("=>", 1)[1].strip()
    for path in ("/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
                 "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6"):
        if os.path.exists(path):
            return path
    return None


def patch(path):
    with open(path, "rb") as f:
        data = bytearray(f.read())
    elf = Elf64(data)
    needs = [n for n in elf.version_needs() if n[1] == VERSION]
    if not needs:
        say(f"{path} does not ask for {VERSION}; nothing to do.")
        return 0
    relocated = elf.relocated_symbols()
    edits, symbols = [], []
    for aux_offset, _name, flags, index in needs:
        for sym_index, sym_name, entry in elf.dynamic_symbols_with_version(index):
            if sym_index in relocated:
                return fail(f"{path}: symbol {sym_name} needs {VERSION} and is bound by a relocation, so it "
                            "cannot be made optional. Install a libstdc++ from GCC 13 or newer "
                            "(or use a newer distribution such as Ubuntu 24.04 or Debian 13).")
            symbols.append(sym_name)
            edits.append((entry, struct.pack("<H", VER_NDX_GLOBAL)))
        if not flags & VER_FLG_WEAK:
            edits.append((aux_offset + 4, struct.pack("<H", flags | VER_FLG_WEAK)))
    if not edits:
        say(f"{path} already patched ({VERSION} is weak and no symbol carries it).")
        return 0
    for offset, value in edits:
        data[offset:offset + len(value)] = value
    check = Elf64(bytes(data))
    if any(not n[2] & VER_FLG_WEAK for n in check.version_needs() if n[1] == VERSION) or any(
            check.dynamic_symbols_with_version(n[3]) for n in check.version_needs() if n[1] == VERSION):
        return fail(f"{path}: the edit did not verify; the file was left unchanged.")
    # Write a new file and rename it over the old one: never modifies a file that might be a hard
    # link into the NuGet cache, and a reader never sees half a library.
    directory = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=".libLibTorchSharp.", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        original = os.stat(path)
        os.chmod(temp, original.st_mode & 0o7777)
        # Same size and same time stamp as the package's file: MSBuild's incremental copy
        # (SkipUnchangedFiles) then keeps the patched copy instead of copying the original again.
        os.utime(temp, ns=(original.st_atime_ns, original.st_mtime_ns))
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    say(f"patched {path}: {VERSION} made weak, version cleared from "
        f"{', '.join(symbols) if symbols else 'no symbol'} (never bound by a relocation).")
    return 0


def main(argv):
    force = "--force" in argv
    paths = [a for a in argv if a != "--force"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    if not force:
        libstdcxx = system_libstdcxx()
        if libstdcxx is not None:
            try:
                with open(libstdcxx, "rb") as f:
                    provided = Elf64(f.read()).version_definitions()
            except (OSError, ElfError) as e:
                return fail(f"cannot read the system libstdc++ {libstdcxx}: {e}")
            if VERSION in provided:
                say(f"the system libstdc++ ({libstdcxx}) provides {VERSION}; libLibTorchSharp.so needs no change.")
                return 0
            newest = max((v for v in provided if v.startswith("GLIBCXX_3.4.")),
                         key=lambda v: int(v.rsplit(".", 1)[1]), default="no GLIBCXX version")
            say(f"the system libstdc++ ({libstdcxx}) stops at {newest}; making {VERSION} optional.")
        else:
            say(f"no system libstdc++.so.6 found; making {VERSION} optional.")
    status = 0
    for path in paths:
        try:
            status |= patch(path)
        except (OSError, ElfError, struct.error, ValueError) as e:
            status |= fail(f"cannot patch {path}: {e}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
