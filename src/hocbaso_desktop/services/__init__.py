"""Use cases over the domain and storage: each checks the user's permission first, then works in one transaction."""
