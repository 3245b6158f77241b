namespace NavLederprogram.PeerSupervision;

public sealed class SupervisorCandidateQuery
{
    public Guid? RegionId { get; set; }
    /// <summary>Part of the name or employee number.</summary>
    public string? Filter { get; set; }
}
