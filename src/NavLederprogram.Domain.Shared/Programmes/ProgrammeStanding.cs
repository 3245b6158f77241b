namespace NavLederprogram.Programmes;

/// <summary>
/// Where a person stands in the programme: not in it, holding a place in a cohort that has not ended (awaiting
/// approval, enrolled or waitlisted), or completed.
/// </summary>
public enum ProgrammeStanding { NotEnrolled = 0, Pending = 1, Enrolled = 2, Waitlisted = 3, Completed = 4 }
