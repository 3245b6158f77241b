namespace NavLederprogram.Development;

/// <summary>When and where: a start (UTC), a duration in minutes, a place or an https video link.</summary>
public sealed class CoachingSessionInput
{
    public DateTime? StartsAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
}
