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
