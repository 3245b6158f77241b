namespace NavLederprogram.Programmes;

public enum ProgrammeVersionStatus { Draft = 1, Published = 2 }

/// <summary>The two owners of the programme; a version is published when both have approved it.</summary>
public enum ApprovalParty { Ks = 1, Directorate = 2 }

public enum GatheringFormat { InPerson = 1, Online = 2 }

public enum VersionHistoryAction { Created = 1, Edited = 2, Approved = 3, ApprovalsReset = 4, Published = 5 }

public enum CohortStatus { Planned = 1, EnrolmentOpen = 2, EnrolmentClosed = 3, Running = 4, Completed = 5, Cancelled = 6 }

/// <summary>Pending waits for an admin; Enrolled holds a seat; Waitlisted waits for one in order.</summary>
public enum EnrolmentStatus { Pending = 1, Enrolled = 2, Waitlisted = 3, Withdrawn = 4, Rejected = 5, Completed = 6 }

public enum EnrolmentSource { Application = 1, Nomination = 2 }

public enum AssignmentStatus { Submitted = 1, Approved = 2, Returned = 3 }

public enum MilestoneKind
{
    EnrolmentOpens = 1,
    EnrolmentCloses = 2,
    CohortStarts = 3,
    ModuleUnlocks = 4,
    GatheringReminder = 5,
    DeadlineReminder = 6,
    CohortCompletes = 7,
}

/// <summary>
/// Where a person stands in the programme: not in it, holding a place in a cohort that has not ended (awaiting
/// approval, enrolled or waitlisted), or completed.
/// </summary>
public enum ProgrammeStanding { NotEnrolled = 0, Pending = 1, Enrolled = 2, Waitlisted = 3, Completed = 4 }
