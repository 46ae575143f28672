"""The briefing: what outlets agree on, where they differ, who said what, who and when."""
