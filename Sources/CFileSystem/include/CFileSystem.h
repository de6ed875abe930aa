// File-system calls Swift's Glibc module does not expose (they need _GNU_SOURCE).
#ifndef JEUGDSIM_CFILESYSTEM_H
#define JEUGDSIM_CFILESYSTEM_H

/// Swaps two paths in one atomic step (Linux renameat2 with RENAME_EXCHANGE): a reader sees either the old
/// or the new directory, never neither. Returns 0, or -1 with errno set (EINVAL where the file system
/// cannot exchange, ENOSYS on systems without renameat2).
int jeugdsim_exchange_paths(const char *first, const char *second);

#endif
