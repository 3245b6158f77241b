namespace NavLederprogram.Competence;

/// <summary>
/// Where one person stands against one requirement, kept up to date by <see cref="CompetenceStatusCalculator"/>
/// so that gap reports and the heatmap are plain grouped reads. Office and region are copied in for those reads.
/// </summary>
public class PersonCompetenceStatus
{
    public Guid PersonId { get; set; }
    public Guid RequirementId { get; set; }
    public Guid CompetenceAreaId { get; set; }
    public Guid JobRoleId { get; set; }
    public Guid OfficeId { get; set; }
    public Guid RegionId { get; set; }
    public bool IsMandatory { get; set; }
    public int RequiredLevel { get; set; }
    public int? CurrentLevel { get; set; }
    public CompetenceStatus Status { get; set; }
    public DateOnly Deadline { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>True when nothing a reader sees differs. Competence, role and region follow from the requirement and the office.</summary>
    public bool SameAs(PersonCompetenceStatus other) =>
        OfficeId == other.OfficeId
        && IsMandatory == other.IsMandatory && RequiredLevel == other.RequiredLevel && CurrentLevel == other.CurrentLevel
        && Status == other.Status && Deadline == other.Deadline && ValidUntil == other.ValidUntil;
}
