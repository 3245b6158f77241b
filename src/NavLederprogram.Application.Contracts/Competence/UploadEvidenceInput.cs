using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>The form fields of an evidence upload; the file comes beside them.</summary>
public sealed class UploadEvidenceInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public string? Title { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}
