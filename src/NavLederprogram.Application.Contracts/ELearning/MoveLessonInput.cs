namespace NavLederprogram.ELearning;

public sealed class MoveLessonInput
{
    /// <summary>The new place, from 1.</summary>
    public int? Position { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
