# The window's frame: the menu bar, the banner, the warnings and log windows, the questions,
# and the small widgets every panel shares (chips, reason marks, a missing picture).
# $path, $file, $backup: file paths; $name: a catalogue's or a customer's name; $count: a
# number of shoes, warnings or errors; $age: how long ago work was kept ("5 minutes ago");
# $factor: an input's name; $verdict: a verdict's word.

## The menu bar.
frame-menu-file = File
frame-menu-open = Open catalogue…
frame-menu-recent = Open recent
frame-menu-no-recent = No recent catalogues
frame-menu-reload = Reload
frame-menu-sample = Open the sample catalogue
frame-menu-sample-hint = The sample built into the program
frame-menu-save-sample = Save sample catalogue as…
frame-menu-save-sample-hint = Writes the sample and its pictures into a folder, as a copy to edit
frame-menu-view = View
frame-menu-recommended = Recommended shoes
frame-menu-left-out = Why not? Shoes left out
frame-menu-compare = Compare chosen shoes
frame-menu-search = Search shoes
frame-menu-insights = Shop insights…
frame-menu-shop-evidence = Rank with what this shop's fittings show
frame-menu-printable = Printable page of these results
frame-menu-printable-hint = Opens the inputs and the best choices with their reasons as a page to print or keep.
frame-menu-shop-evidence-hint = When at least 5 fittings of customers like this runner tried a shoe and 60 % of them agree (too narrow, came back happy…), the shoe moves by at most 0.05 and its reasons say so with the counts
frame-menu-language = Language
frame-menu-system-language = System language
frame-menu-theme = Theme
frame-menu-theme-system = System theme
frame-menu-theme-light = Light
frame-menu-theme-dark = Dark
frame-menu-find = Find shoes
frame-menu-edit = Edit catalogue
frame-menu-help = Help
frame-help-how = Give your foot width, weight, pronation, season and surface on the left: the list follows at once. Click a shoe for every reason; add up to four to the comparison with "Add to comparison". Shoes that cannot fit you are under "Why not?", with the reason.
frame-menu-keys = Keyboard shortcuts
frame-menu-about = About
frame-key-open = open a catalogue
frame-key-search = search shoes by name
frame-key-move = move through the list
frame-key-escape = close the comparison, clear the search
frame-key-save = save the catalogue (editor)
frame-key-save-as = save it as another file (editor)
frame-key-undo = undo an edit (editor)
frame-key-redo = redo it (editor)
frame-keys-or = or
frame-about-name = Running-shoe selector
frame-about-version = Version { $version }
frame-about-licence = Licence: { $licence }
frame-about-catalogue = Catalogue: { $path }
frame-about-sample = the built-in sample
frame-help-knee = A shoe removes a cause of knee pain; it does not treat an injury. Swelling, redness, a knee that locks or gives way, sharp pain or numbness: see a doctor.
frame-menu-knee = Knee health and when to see a doctor
frame-menu-log = Open log folder
frame-menu-log-hint = Where the program notes what went wrong
frame-catalogue = { $name } · { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
}
frame-catalogue-unnamed = Catalogue
frame-warnings-count = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
frame-warnings-hint = The catalogue works, but something in its file deserves a look

## The banner over the panels.
frame-banner-errors = { $path } has errors.
frame-banner-errors-kept = { $path } has errors. The last good catalogue stays on screen; fix the file and it reloads by itself.
frame-banner-more = …and { $count } more: `shoe-selector check { $path }` lists them all.
frame-banner-dismiss = Dismiss

## The catalogue's warnings.
frame-warnings-title = Catalogue warnings
frame-warnings-intro = The catalogue is in use; these lines of { $file } deserve a look. Fix them in the file, or click a shoe to edit it; the list follows when the file is saved.
frame-warnings-at = line:column
frame-warnings-many = { $count } shoes, this one first: { $message }
frame-warnings-edit = Edit this shoe

## Where the log is.
frame-log-title = Log folder
frame-log-intro = What went wrong (a catalogue that did not load, a save that failed, a picture refused, a crash) is written in a log, a file a day, the last week kept. Send it with your question:
frame-log-open = Open the folder

## Work a crash or a kill left unsaved.
frame-left-behind-intro = The program stopped last time with work not saved.
frame-left-behind-catalogue = • Edits to the catalogue { $file } ({ $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
}), kept { $age }.
frame-left-behind-fitting = • A fitting, { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
} tried on, kept { $age }.
frame-left-behind-fitting-of = • The fitting of { $name }, { $count ->
    [one] { $count } shoe
   *[other] { $count } shoes
} tried on, kept { $age }.
frame-left-behind-ask = Restore it to go on where you stopped, or discard it.

## Questions before something is lost.
frame-confirm-cancel = Cancel
frame-confirm-errors-title = Save with errors?
frame-confirm-errors = The catalogue has { $count ->
    [one] { $count } error
   *[other] { $count } errors
}. Saved like this, { $path } will not load until they are fixed.
frame-confirm-save-anyway = Save anyway
frame-confirm-comments-title = Comments will be lost
frame-confirm-comments = { $path } has comments inside the catalogue. Saving rewrites the file: the comment block at its top is kept, the others are lost.
frame-confirm-save-without = Save without them
frame-confirm-unsaved-title = Unsaved changes
frame-confirm-unsaved = The catalogue has changes that are not saved. Discard them?
frame-confirm-discard-changes = Discard changes
frame-confirm-changed-title = The file changed on disk
frame-confirm-changed = Someone changed the catalogue file while you have unsaved edits here. Which version do you keep?
frame-confirm-load-file = Load the file
frame-confirm-keep-edits = Keep my edits
frame-confirm-overwrite = { $path } changed since it was opened or saved here (by hand, another window or another program). Overwritten, that version is kept as a numbered backup beside it ({ $path }.N.bak, the newest five kept).
frame-confirm-overwrite-it = Overwrite it
frame-confirm-save-as = Save as…
frame-confirm-read-only-title = The file is read-only
frame-confirm-read-only = { $path } is read-only: someone may have made it so to keep it as it is. Replace it anyway (it stays read-only, and the version replaced is kept as a numbered backup beside it), or save a copy elsewhere?
frame-confirm-replace-anyway = Replace it
frame-confirm-session-changed = The session file { $path } changed since it was opened or saved here (in another window, on another computer, or by hand). Replace it with this fitting? The version there now is kept as a numbered backup beside it.
frame-confirm-session-read-only = The session file { $path } is read-only. Replace it anyway? It stays read-only, and the version there now is kept as a numbered backup beside it.
frame-confirm-renamed-title = Another name
frame-confirm-renamed = This session is { $before }'s; the fitting now names { $now }. Is that a correction of the name (the session keeps its visits), or another customer (a new session of their own)?
frame-confirm-renamed-correction = A correction
frame-confirm-renamed-another = Another customer
frame-confirm-sample-title = The sample is built in
frame-confirm-sample = The sample catalogue is part of the program and cannot be changed in place. Save a copy of it (the catalogue and its pictures) into a folder of your choice, and edit that.
frame-confirm-save-copy = Save a copy…
frame-confirm-restore-title = Restore unsaved work?
frame-confirm-discard-it = Discard it
frame-confirm-restore = Restore
frame-confirm-fitting-title = Unsaved fitting
frame-confirm-fitting = The fitting is not saved. Save it first?
frame-confirm-fitting-of = The fitting of { $name } is not saved. Save it first?
frame-confirm-save-first = Save it first
frame-confirm-discard-fitting = Discard fitting

## A chip's short name for each input, and what its mark means.
frame-chip-hint = { $factor }: { $verdict }

## A shoe without a picture.
frame-no-picture = no picture

# The path box: a path typed by hand, for when no file dialog can open.
path-box-open = Open a catalogue
path-box-save-as = Save the catalogue as
path-box-picture = Import a picture
path-box-sessions = Keep fitting sessions in
path-box-sample = Save the sample catalogue into
path-box-no-dialog = No file dialog could open here: it needs a desktop portal (xdg-desktop-portal) or zenity. Type the path instead.
path-box-hint = A full path; ~ is your home folder
path-box-do-open = Open
path-box-do-save = Save
path-box-do-import = Import
path-box-do-choose = Choose
path-box-cancel = Cancel
path-box-empty = Type a path first.
path-box-not-a-file = { $path } is not a file.
path-box-not-a-folder = { $path } is not a folder.
path-box-no-folder = The folder { $path } is not there. Take the path again to make it.
path-box-folder-not-made = The folder { $path } could not be made: { $error }

frame-confirm-forget-title = Forget this customer?
frame-confirm-forget-text = Delete every session of { $name } and their reports? { $count ->
    [one] 1 session file: { $files }.
   *[other] { $count } session files: { $files }.
} This cannot be undone.
frame-confirm-forget = Forget them
frame-confirm-forget-file = { $file } (last visit { $date }, { $visits ->
    [one] 1 visit
   *[other] { $visits } visits
})
path-box-exists = { $path } is there already. Save again to replace it (the old one is kept as a backup beside it).
