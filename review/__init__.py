"""The review web app (Flask) and the review operations it shares with the CLI.

app.py       create_app(): sessions, CSRF, security headers, blueprints
auth.py      login / logout        views.py   queue, record, mails, failures, actions
feeds.py     CSV, JSON API, ICS    services.py  review operations + audit trail
security.py  argon2, lockout, CSRF linking.py   later mails -> revisions, duplicates
mailview.py  hostile mail made safe to show    exports.py   CSV / JSON / iCalendar
"""
