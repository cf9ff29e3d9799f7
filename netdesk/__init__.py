"""netdesk: a desktop personal CRM."""
