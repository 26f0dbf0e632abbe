"""Data in and out: Excel templates and import (always with a dry run), exports, transfers, trích lục.

Below `services/` (which calls it): may use domain/, storage/, signing/ and printing/, never Qt or services/. Every use case
checks the user's permission first (domain.roles.require).
"""
