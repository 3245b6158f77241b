namespace NavLederprogram.ELearning;

/// <summary>
/// Whom to give a course and by when: the people named, and everyone in the office and/or holding the job role (both given:
/// those of the office holding the role), always within the assigner's scope.
/// </summary>
public sealed class AssignCourseInput
{
    public Guid? CourseId { get; set; }
    public List<Guid>? PersonIds { get; set; }
    public Guid? OfficeId { get; set; }
    public Guid? JobRoleId { get; set; }
    public DateOnly? DueOn { get; set; }
}
