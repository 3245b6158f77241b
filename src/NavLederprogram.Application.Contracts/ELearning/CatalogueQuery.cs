using NavLederprogram.Paging;

namespace NavLederprogram.ELearning;

/// <summary>The catalogue's search (<see cref="PagedQuery.Filter"/>: title or summary) and filters; every filter is optional.</summary>
public sealed class CatalogueQuery : PagedQuery
{
    public CourseCategory? Category { get; set; }
    /// <summary>Courses aimed at this job role.</summary>
    public Guid? JobRoleId { get; set; }
    /// <summary>The language of the content: nb, nn, en or se.</summary>
    public string? Language { get; set; }
    public CourseLengthBand? Length { get; set; }
}
