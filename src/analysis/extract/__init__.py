"""What an article says: its dateline, quoted figures and dates, direct quotations."""
