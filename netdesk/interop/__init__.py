"""netdesk.interop."""
