"""The review web app (Flask) and the review operations it shares with the CLI.

- app.py: ``create_app()``: sessions, CSRF, security headers, blueprints
- auth.py: login and logout; views.py: queue, record, mails, failures, review actions
- feeds.py: CSV, JSON API and iCalendar routes; exports.py: building those files
- services.py: review operations and the audit trail (the CLI calls these too)
- security.py: argon2 passwords, lockout, CSRF tokens
- linking.py: later mails become revisions of known events; duplicate suggestions
- mailview.py: hostile mail made safe to show, evidence highlighted
"""
