"""netdesk.core."""
