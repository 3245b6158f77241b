namespace NavLederprogram.PeerSupervision;

/// <summary>New time and place of one meeting. A time without an offset is Oslo wall-clock time.</summary>
public sealed class MoveMeetingInput
{
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public string? Place { get; set; }
    public string? VideoLink { get; set; }
}
