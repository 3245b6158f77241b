namespace NavLederprogram.Programmes;

/// <summary>Pending waits for an admin; Enrolled holds a seat; Waitlisted waits for one in order.</summary>
public enum EnrolmentStatus { Pending = 1, Enrolled = 2, Waitlisted = 3, Withdrawn = 4, Rejected = 5, Completed = 6 }
