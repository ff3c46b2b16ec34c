# The fitting session, for shop staff. $shoe: a shoe's name; $customer: the customer's name;
# $file: a saved session's file name; $path: the sessions folder.

fitting-customer = Customer
fitting-customer-hint = name (optional)
fitting-empty = Choose a shoe and press "Tried on" to note how it felt.
fitting-remove = Remove from the list

# How a pair felt, on its buttons.
fitting-feel-fits = Fits
fitting-feel-too-narrow = Too narrow
fitting-feel-too-wide = Too wide
fitting-feel-heel-slips = Heel slips
fitting-feel-too-soft = Too soft
fitting-feel-too-firm = Too firm
fitting-feel-liked = Liked
fitting-feel-disliked = Disliked

fitting-note = Note on { $shoe }
fitting-note-hint = how it felt
fitting-size-tried = Size tried
fitting-size-bought = Size bought
fitting-size-offered = { $size }, as worked out

fitting-save-session = Save session
fitting-write-report = Write report
fitting-write-report-hint = A printable page with the top choices and what was tried
fitting-new-customer = New customer

# Reopening a saved session.
fitting-returning-customer = Returning customer…
fitting-no-sessions = No saved sessions yet
fitting-session = { $customer } · { $file }
fitting-session-no-name = no name given
fitting-session-unreadable = { $file } (cannot be read)
fitting-sessions-folder = Choose the sessions folder…
fitting-sessions-kept = Sessions are kept in { $path }
fitting-open-report = Open the report
fitting-show-in-folder = Show in folder

# The returning customers: every saved session, found by name or date.
customers-title = Returning customers
customers-search = Name or date (2026-11)
customers-count = { $found } of { $all } { $all ->
    [one] customer
   *[other] customers
}
customers-row = { $customer } · { $date } · { $visits ->
    [one] 1 visit
   *[other] { $visits } visits
}
customers-broken = { $count ->
    [one] 1 session file cannot be read
   *[other] { $count } session files cannot be read
}
fitting-returning-customer-hint = Find a saved customer by name or date; their next visit goes in the same file
fitting-new-visit = Opened { $path }: a new visit today, after { $visits ->
    [one] 1 earlier visit
   *[other] { $visits } earlier visits
}. Note how the last pair went and what was bought, then save.
fitting-bought = Bought
fitting-bought-unknown = Not noted yet
fitting-bought-nothing = Nothing
fitting-last-pair = How the last pair went ({ $shoe })
fitting-last-pair-none = nothing was bought
fitting-last-pair-unknown = Not noted
fitting-last-pair-happy = Happy with it
fitting-last-pair-returned = Brought it back
fitting-last-pair-trouble = Kept it, with trouble
customers-forget = Forget…
customers-forget-hint = Delete this customer's sessions, reports and their backups, and anything the program kept of them (asks first)
customers-forgotten = Forgotten: { $count ->
    [one] 1 session, its reports and backups deleted
   *[other] { $count } sessions, their reports and backups deleted
}, and no file of the program's names the customer now.
customers-still-named = { $count ->
    [one] 1 session, its reports and backups deleted
   *[other] { $count } sessions, their reports and backups deleted
}, but the customer's name is still in: { $files }
customers-not-forgotten = Not all was deleted: { $error }
