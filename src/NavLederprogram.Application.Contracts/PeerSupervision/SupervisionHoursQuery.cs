namespace NavLederprogram.PeerSupervision;

/// <summary>A period of Oslo dates, both included; empty ends default to the last twelve months.</summary>
public sealed class SupervisionHoursQuery
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
