namespace NavLederprogram.ELearning;

/// <summary>A new course: its code and title; the rest is written in the editor of its first draft.</summary>
public sealed class CreateCourseInput
{
    public string? Code { get; set; }
    public CourseTextInput? Title { get; set; }
}
