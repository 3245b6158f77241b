using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record MilestoneDto(string Key, MilestoneKind Kind, string KindName, string Description, DateTime FireAt,
    /// <summary>Still a trigger in the scheduler.</summary>
    bool Scheduled, MilestoneOutcomeDto? LastOutcome);
