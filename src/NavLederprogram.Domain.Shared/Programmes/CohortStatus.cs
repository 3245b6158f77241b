namespace NavLederprogram.Programmes;

public enum CohortStatus { Planned = 1, EnrolmentOpen = 2, EnrolmentClosed = 3, Running = 4, Completed = 5, Cancelled = 6 }
