"""Data in and out: Excel templates and import (always with a dry run), exports, transfers, trích lục, reports.

Sits beside `services/`: may use domain/, storage/, signing/ and printing/, never Qt. Every use case
checks the user's permission first (domain.roles.require).
"""
