namespace NavLederprogram.ELearning;

/// <summary>Bokmål is required; nynorsk and English are optional and fall back to bokmål when left empty.</summary>
public sealed class CourseTextInput
{
    public string? Nb { get; set; }
    public string? Nn { get; set; }
    public string? En { get; set; }
}
