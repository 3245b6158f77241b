namespace NavLederprogram.Programmes;

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
