# The window's title and its one-off messages. $file, $path: file names; $error: why not.

title = Running-shoe selector
title-with-file = { $unsaved }{ $file } — Running-shoe selector

notice-settings-unreadable = Your saved inputs could not be read, so the defaults are back.
notice-settings-unreadable-kept = Your saved inputs could not be read, so the defaults are back; what was saved is kept in this browser's storage as { $kept }.
notice-address-unread = The inputs in the page's address could not be read ({ $error }), so your own are kept.
notice-settings-unreadable-at = Your saved settings in { $file } could not be read (line { $line }, column { $column }: { $error }), so the defaults are back; the file is kept as { $kept }.
notice-settings-unreadable-at-unkept = Your saved settings in { $file } could not be read (line { $line }, column { $column }: { $error }), so the defaults are back; the file could not be copied, so it is left as it is and the settings are not remembered this time.
notice-settings-unreadable-file = Your saved settings in { $file } could not be read as text, so the defaults are back; the file is kept as { $kept }.
notice-settings-unreadable-file-unkept = Your saved settings in { $file } could not be read as text, so the defaults are back; the file could not be copied, so it is left as it is and the settings are not remembered this time.
notice-saved = Saved to { $path }.
notice-saved-backup = Saved to { $path } (the previous version is in { $backup }).
notice-sample-saved = The sample catalogue was saved as { $path } with its pictures; this copy is open, to edit as you like.
notice-not-saved = Not saved: { $error }
sample-taken = { $file } is there already{ $more ->
        [0] {""}
        [one] {" "}(and { $more } more of the sample's files)
       *[other] {" "}(and { $more } more of the sample's files)
    }; choose an empty folder, nothing was written
notice-drafts-not-kept = Unsaved work cannot be kept against a crash just now ({ $error }); save it to be safe.
dialog-sample-folder = A folder for a copy of the sample catalogue

# How long ago unsaved work was kept.
age-seconds = less than a minute ago
age-minutes = { $minutes ->
    [one] a minute ago
   *[other] { $minutes } minutes ago
}
age-hours = { $hours ->
    [one] an hour ago
   *[other] { $hours } hours ago
}
age-days = { $days ->
    [one] a day ago
   *[other] { $days } days ago
}

# The fitting session's last word.
fitting-saved = Session saved to { $path }
fitting-not-saved = Not saved: { $error }
fitting-opened = Opened { $path }
fitting-not-opened = Could not open the session: { $error }
fitting-report-written = Report written to { $path }; open it in a browser to print it.
fitting-report-writing = Writing the report…
fitting-no-report = No report: { $error }
fitting-no-catalogue = No catalogue is open.
