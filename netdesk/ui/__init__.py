"""netdesk.ui."""
