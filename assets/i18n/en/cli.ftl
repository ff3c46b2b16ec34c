# The command line's readable output. $name is the catalogue's name; counts are numbers.

cli-runner = Runner: { $summary }
cli-catalogue-unnamed = catalogue
cli-counts = { $name }: { $shoes ->
    [one] { $shoes } shoe
   *[other] { $shoes } shoes
}, { $recommended } recommended, { $excluded } left out
cli-none-recommended = No shoe in this catalogue meets your hard requirements; see why below.
cli-score = score
cli-left-out = Left out:
cli-what-if = what if

# A --priority the command line refuses; FACTOR=WEIGHT and the factors' keys are as typed.
cli-priority-error = error: --priority { $assignment }: { $problem }
priority-not-assignment = `{ $given }` is not FACTOR=WEIGHT, like `weight=2`
priority-unknown-factor = unknown factor `{ $given }`; the factors are { $keys }
priority-weight = the weight of `{ $factor }` must be a number from 0 to { $max }, not { $given }
cli-sessions-skipped = { $count ->
    [one] 1 session file cannot be read and is skipped
   *[other] { $count } session files cannot be read and are skipped
}
cli-bad-date = error: `{ $date }` is not a day; write it YYYY-MM-DD, like 2026-12-01
cli-no-sessions-folder = error: { $folder } is not a folder of sessions
cli-dates-backwards = error: --since { $since } is after --until { $until }; nothing could be counted

# `report --out`: where the report went, and the files it will not replace. $path, $backup:
# file paths; $error: why a file was not written.
cli-report-written = wrote { $path }
cli-report-written-backup = wrote { $path } (the file that was there is kept as { $backup })
cli-error = error: { $error }
cli-out-exists = error: { $path } is there already and was left as it is; give --force to replace it (it is then kept as a numbered backup beside it)
cli-out-is-document = error: { $path } is a catalogue, a profile or a session (or the file named by --catalogue or --profile); a report never replaces one, even with --force. Choose another file, ending in .html
cli-out-not-a-file = error: { $path } is not a regular file (a folder, a pipe or a device); a report is written only to a file
cli-using-sample = No catalogue given: using the built-in sample catalogue (give --catalogue FILE for your own; `shoe-selector sample --out DIR` writes a copy to edit).
cli-runs-in-unknown = warning: `runs_in` names the shoe "{ $id }", which the catalogue does not have: it is read as a name
