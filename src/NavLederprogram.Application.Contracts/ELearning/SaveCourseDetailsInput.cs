namespace NavLederprogram.ELearning;

public sealed class SaveCourseDetailsInput
{
    public CourseTextInput? Title { get; set; }
    public CourseTextInput? Summary { get; set; }
    public CourseTextInput? Description { get; set; }
    public CourseCategory? Category { get; set; }
    public string? ContentLanguage { get; set; }
    public int? EstimatedMinutes { get; set; }
    public List<Guid>? TargetJobRoleIds { get; set; }
    public List<CourseGrantInput>? Grants { get; set; }
    /// <summary>Every rule listed must be met for the course to be complete.</summary>
    public List<CourseCompletionRule>? CompletionRules { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
