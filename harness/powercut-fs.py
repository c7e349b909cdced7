#!/usr/bin/python3
"""A disk that forgets, for power-cut tests: a FUSE filesystem that passes every operation through to a backing
directory, keeps apart what has been made durable, and on unmount ("the power is cut") rewrites the backing directory
to exactly that durable state.

The rules are strict POSIX, stricter than ext4 with its journal:
  - A file's bytes are durable once fsync/fdatasync ran on it; bytes written since are lost at the cut, except that a
    random prefix of bytes appended beyond the durable end may survive (a torn tail), sometimes as zeros (the size was
    written, the data blocks were not).
  - A write to a file opened with O_DSYNC (or O_SYNC) is durable when it returns: the kernel follows each such write
    with an fsync(datasync) of its range (generic_write_sync), which reaches fsync() below like any other. Nothing
    here needs to know the flag; test/integration/powercut.test.ts checks that such a write survives a cut.
  - A directory entry (a new file or directory, a rename, an unlink) is durable only once its parent directory was
    fsynced. A file whose name never became durable is gone at the cut, however often its data was fsynced; an
    unlinked or renamed-away name whose directory was not fsynced comes back.
  - Modes, owners and times are not modelled (kept as they are).
With --ignore-fsync, fsync and fsyncdir do nothing: everything since the mount is lost at the cut. A test that passes
in that mode cannot see a lost write.

Run as root (needs /dev/fuse; Debian packages fuse3 and python3-fusepy, which brings libfuse2):
  /usr/bin/python3 powercut-fs.py --backing DIR --shadow DIR --mount DIR [--seed N] [--ignore-fsync]
It prints "ready" once mounted. "Cut the power" with `fusermount3 -u MOUNT` (after killing whatever writes there): the
process then rewrites the backing directory, prints one JSON line describing what the cut did, and exits 0. Mount it
again (same backing and shadow) to see what a restarted machine finds.
"""
import argparse
import errno
import json
import os
import random
import shutil
import stat
import sys

import fusepy


class Node:
    """One file or directory (by identity, not by name: names live in directories)."""
    __slots__ = ('id', 'is_dir', 'durable', 'dirty_lo', 'mode')

    def __init__(self, node_id, is_dir, mode):
        self.id = node_id
        self.is_dir = is_dir
        self.mode = mode
        # Directory: name -> Node as of its last fsync. File: unused.
        self.durable = {} if is_dir else None
        # File: lowest offset changed since its last fsync, None when clean.
        self.dirty_lo = None


class PowercutFs(fusepy.Operations):
    use_ns = True

    def __init__(self, backing, shadow, ignore_fsync, rng):
        self.backing = os.path.realpath(backing)
        self.shadow = os.path.realpath(shadow)
        self.ignore_fsync = ignore_fsync
        self.rng = rng
        self.next_id = 1
        self.live = {}      # backing inode number -> Node, for everything that exists now
        self.fh_node = {}   # open file handle (a backing fd) -> Node
        self.stats = {'fsyncs': 0, 'dirSyncs': 0}
        os.makedirs(self.shadow, exist_ok=True)
        for name in os.listdir(self.shadow):
            os.unlink(os.path.join(self.shadow, name))
        # Whatever is in the backing directory at mount time is durable (it is what survived the last cut).
        self.root = self.adopt(self.backing)

    # ---- the durable model ----

    def new_node(self, is_dir, mode):
        node = Node(self.next_id, is_dir, mode)
        self.next_id += 1
        return node

    def shadow_path(self, node):
        return os.path.join(self.shadow, str(node.id))

    def adopt(self, path):
        st = os.lstat(path)
        node = self.new_node(stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode))
        self.live[st.st_ino] = node
        if node.is_dir:
            for name in os.listdir(path):
                child = os.path.join(path, name)
                if stat.S_ISDIR(os.lstat(child).st_mode) or stat.S_ISREG(os.lstat(child).st_mode):
                    node.durable[name] = self.adopt(child)
        else:
            shutil.copyfile(path, self.shadow_path(node))
        return node

    def node_of_fd(self, fd):
        st = os.fstat(fd)
        node = self.live.get(st.st_ino)
        if node is None:  # cannot happen while only this filesystem changes the backing directory
            node = self.new_node(stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode))
            node.dirty_lo = 0
            self.live[st.st_ino] = node
        return node

    def node_of_path(self, path):
        fd = os.open(self.b(path), os.O_RDONLY | os.O_NOFOLLOW | getattr(os, 'O_PATH', 0))
        try:
            return self.node_of_fd(fd)
        finally:
            os.close(fd)

    def forget(self, path):
        """The name at path is about to go away: its node is no longer live if this was its only link."""
        try:
            st = os.lstat(self.b(path))
        except FileNotFoundError:
            return
        if stat.S_ISDIR(st.st_mode) or st.st_nlink <= 1:
            self.live.pop(st.st_ino, None)

    def sync_file(self, node, fd):
        if node.dirty_lo is None:
            return
        size = os.fstat(fd).st_size
        sp = self.shadow_path(node)
        with open(sp, 'r+b' if os.path.exists(sp) else 'w+b') as out:
            pos = node.dirty_lo
            while pos < size:
                chunk = os.pread(fd, min(1 << 20, size - pos), pos)
                if not chunk:
                    break
                out.seek(pos)
                out.write(chunk)
                pos += len(chunk)
            out.truncate(size)
        node.dirty_lo = None

    # ---- pass-through operations ----

    def b(self, path):
        return os.path.join(self.backing, path.lstrip('/'))

    def init(self, path):
        print('ready', flush=True)

    def getattr(self, path, fh=None):
        st = os.fstat(fh) if fh is not None else os.lstat(self.b(path))
        return {
            'st_mode': st.st_mode, 'st_nlink': st.st_nlink, 'st_size': st.st_size, 'st_uid': st.st_uid,
            'st_gid': st.st_gid, 'st_atime': st.st_atime_ns, 'st_mtime': st.st_mtime_ns, 'st_ctime': st.st_ctime_ns,
            'st_ino': st.st_ino, 'st_blocks': st.st_blocks,
        }

    def access(self, path, amode):
        if not os.access(self.b(path), amode):
            raise fusepy.FuseOSError(errno.EACCES)

    def statfs(self, path):
        sv = os.statvfs(self.b(path))
        return {k: getattr(sv, k) for k in ('f_bavail', 'f_bfree', 'f_blocks', 'f_bsize', 'f_favail', 'f_ffree',
                                              'f_files', 'f_flag', 'f_frsize', 'f_namemax')}

    def chmod(self, path, mode):
        os.chmod(self.b(path), mode)
        self.node_of_path(path).mode = stat.S_IMODE(mode)

    def chown(self, path, uid, gid):
        os.lchown(self.b(path), uid, gid)

    def utimens(self, path, times=None):
        os.utime(self.b(path), ns=times, follow_symlinks=False) if times else os.utime(self.b(path))

    def opendir(self, path):
        return os.open(self.b(path), os.O_RDONLY | os.O_DIRECTORY)

    def readdir(self, path, fh):
        return ['.', '..'] + os.listdir(fh)

    def releasedir(self, path, fh):
        os.close(fh)

    def fsyncdir(self, path, datasync, fh):
        if self.ignore_fsync:
            return 0
        self.stats['dirSyncs'] += 1
        node = self.node_of_fd(fh)
        entries = {}
        for name in os.listdir(fh):
            st = os.stat(name, dir_fd=fh, follow_symlinks=False)
            child = self.live.get(st.st_ino)
            if child is not None:
                entries[name] = child
        node.durable = entries
        return 0

    def mkdir(self, path, mode):
        os.mkdir(self.b(path), mode)
        st = os.lstat(self.b(path))
        self.live[st.st_ino] = self.new_node(True, stat.S_IMODE(st.st_mode))

    def rmdir(self, path):
        self.forget(path)
        os.rmdir(self.b(path))

    def unlink(self, path):
        self.forget(path)
        os.unlink(self.b(path))

    def rename(self, old, new):
        if os.path.lexists(self.b(new)):
            self.forget(new)
        os.rename(self.b(old), self.b(new))

    def symlink(self, target, source):
        raise fusepy.FuseOSError(errno.EPERM)  # not modelled; the gateway makes none

    def link(self, target, source):
        # fusepy's order: target is the new name, source the existing file (`ln source target`). One inode, one node:
        # each name becomes durable with its own directory's fsync, like any other entry.
        os.link(self.b(source), self.b(target))

    def create(self, path, mode, fi=None):
        fd = os.open(self.b(path), os.O_RDWR | os.O_CREAT, mode)
        st = os.fstat(fd)
        node = self.live.get(st.st_ino)
        if node is None:
            node = self.new_node(False, stat.S_IMODE(st.st_mode))
            node.dirty_lo = 0
            self.live[st.st_ino] = node
        self.fh_node[fd] = node
        return fd

    def open(self, path, flags):
        # Always read-write underneath (the kernel enforces the caller's mode): fsync copies through this handle.
        fd = os.open(self.b(path), os.O_RDWR)
        self.fh_node[fd] = self.node_of_fd(fd)
        return fd

    def read(self, path, size, offset, fh):
        return os.pread(fh, size, offset)

    def write(self, path, data, offset, fh):
        # pwrite at the kernel's offset: for O_APPEND the kernel has already put it at the end.
        n = os.pwrite(fh, data, offset)
        node = self.fh_node[fh]
        node.dirty_lo = offset if node.dirty_lo is None else min(node.dirty_lo, offset)
        return n

    def truncate(self, path, length, fh=None):
        if fh is not None:
            node = self.fh_node[fh]
            old = os.fstat(fh).st_size
            os.ftruncate(fh, length)
        else:
            node = self.node_of_path(path)
            old = os.lstat(self.b(path)).st_size
            os.truncate(self.b(path), length)
        lo = min(old, length)
        node.dirty_lo = lo if node.dirty_lo is None else min(node.dirty_lo, lo)

    def flush(self, path, fh):
        return 0

    def release(self, path, fh):
        self.fh_node.pop(fh, None)
        os.close(fh)

    def fsync(self, path, datasync, fh):
        if self.ignore_fsync:
            return 0
        self.stats['fsyncs'] += 1
        self.sync_file(self.fh_node[fh], fh)
        return 0

    # ---- the cut ----

    def cut(self):
        """Rewrites the backing directory to the durable state; returns what the cut did."""
        live_paths = {}  # node id -> backing path, for reading torn tails of files that still exist
        live_names = set()
        for dirpath, dirnames, filenames in os.walk(self.backing):
            for name in dirnames + filenames:
                p = os.path.join(dirpath, name)
                live_names.add(os.path.relpath(p, self.backing))
                node = self.live.get(os.lstat(p).st_ino)
                if node is not None:
                    live_paths[node.id] = p
        report = {'lostEntries': 0, 'revivedEntries': 0, 'tornFiles': 0, 'tornBytesKept': 0, 'unsyncedBytesLost': 0,
                  'fsyncs': self.stats['fsyncs'], 'dirSyncs': self.stats['dirSyncs'], 'ignoreFsync': self.ignore_fsync}
        staging = self.backing + '.cut'
        shutil.rmtree(staging, ignore_errors=True)
        durable_names = set()

        def build(node, out, rel, seen):
            os.makedirs(out, exist_ok=True)
            os.chmod(out, node.mode)
            for name, child in node.durable.items():
                if child.id in seen:
                    continue  # a directory durably reachable under two names: once is enough
                r = os.path.join(rel, name) if rel else name
                durable_names.add(r)
                target = os.path.join(out, name)
                if child.is_dir:
                    build(child, target, r, seen | {child.id})
                    continue
                sp = self.shadow_path(child)
                data = open(sp, 'rb').read() if os.path.exists(sp) else b''
                live = live_paths.get(child.id)
                if child.dirty_lo is not None and live is not None:
                    now = open(live, 'rb').read()
                    extra = now[len(data):] if child.dirty_lo >= len(data) else b''
                    keep = self.rng.randint(0, len(extra)) if extra else 0
                    if keep:
                        report['tornFiles'] += 1
                        report['tornBytesKept'] += keep
                        data += extra[:keep] if self.rng.random() < 0.75 else bytes(keep)
                    report['unsyncedBytesLost'] += max(0, len(now) - len(data))
                with open(target, 'wb') as f:
                    f.write(data)
                os.chmod(target, child.mode)

        build(self.root, staging, '', {self.root.id})
        report['lostEntries'] = len(live_names - durable_names)
        report['revivedEntries'] = len(durable_names - live_names)
        # Swap the contents (the backing directory itself may be a mount point or in use as a path elsewhere).
        for name in os.listdir(self.backing):
            p = os.path.join(self.backing, name)
            shutil.rmtree(p) if os.path.isdir(p) and not os.path.islink(p) else os.unlink(p)
        for name in os.listdir(staging):
            os.rename(os.path.join(staging, name), os.path.join(self.backing, name))
        os.chmod(self.backing, self.root.mode)
        os.rmdir(staging)
        return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--backing', required=True)
    ap.add_argument('--shadow', required=True)
    ap.add_argument('--mount', required=True)
    ap.add_argument('--seed', type=int, default=None)
    ap.add_argument('--ignore-fsync', action='store_true')
    a = ap.parse_args()
    model = PowercutFs(a.backing, a.shadow, a.ignore_fsync, random.Random(a.seed))
    # hard_remove: an unlinked open file is not renamed to .fuse_hidden* (which would look like a new entry);
    # big_writes: writes arrive in 128 KiB pieces, not 4 KiB.
    fusepy.FUSE(model, a.mount, foreground=True, nothreads=True, hard_remove=True, big_writes=True,
                fsname='powercut', subtype='powercut')
    print(json.dumps(model.cut()), flush=True)


if __name__ == '__main__':
    sys.exit(main())
