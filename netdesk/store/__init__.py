"""netdesk.store."""
