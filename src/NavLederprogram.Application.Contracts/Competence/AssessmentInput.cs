using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>A leader's assessment of a person in their office; it counts at once.</summary>
public sealed class AssessmentInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public string? Title { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}
