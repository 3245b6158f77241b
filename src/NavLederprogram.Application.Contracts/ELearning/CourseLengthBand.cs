namespace NavLederprogram.ELearning;

/// <summary>How long a course takes, as the catalogue filters it: up to 30 minutes, up to 90 minutes, longer.</summary>
public enum CourseLengthBand
{
    Short,
    Medium,
    Long,
}
