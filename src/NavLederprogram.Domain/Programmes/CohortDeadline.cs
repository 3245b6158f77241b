using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class CohortDeadline
{
    public Guid ModuleId { get; private set; }
    public Guid AssignmentId { get; private set; }
    public DateOnly DueOn { get; internal set; }

    private CohortDeadline() { }

    internal CohortDeadline(Guid moduleId, Guid assignmentId, DateOnly dueOn)
    {
        ModuleId = moduleId;
        AssignmentId = assignmentId;
        DueOn = dueOn;
    }
}
