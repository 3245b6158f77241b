namespace NavLederprogram.ELearning;

/// <summary>An action on the version the editor has seen (publish, delete a lesson, discard the draft).</summary>
public sealed class CourseVersionActionInput
{
    public string? ConcurrencyStamp { get; set; }
}
