# Why a file was not written: every message says what was and was not written.
# $file, $folder: paths; $reason: what the operating system said.
write-folder = cannot write in { $folder } ({ $reason }); nothing was written
write-exists = { $file } is there already and was left as it is
write-changed = { $file } changed since it was read here (by hand, another window or another computer); it was left as it is
write-read-only = { $file } is read-only; it was left as it is
write-not-a-file = { $file } is not a regular file (a folder, a pipe or a device); nothing was written
write-unreadable = { $file } could not be looked at before writing ({ $reason }); nothing was written
write-failed = writing the new version failed ({ $reason }); { $file } and its backups are unchanged
write-backup-failed = the version on disk could not be kept as a backup ({ $reason }), so it was not replaced; { $file } and its backups are unchanged
write-replace-failed = the new version could not take the file's place ({ $reason }); { $file } and its backups are unchanged
session-not-ron = the fitting cannot be written as RON ({ $reason }); nothing was written
