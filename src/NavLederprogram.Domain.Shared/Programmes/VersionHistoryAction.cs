namespace NavLederprogram.Programmes;

public enum VersionHistoryAction { Created = 1, Edited = 2, Approved = 3, ApprovalsReset = 4, Published = 5 }
