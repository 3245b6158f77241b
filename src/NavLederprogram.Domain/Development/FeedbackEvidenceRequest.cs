namespace NavLederprogram.Development;

/// <summary>A round's result turned into a pending manager-assessed competence evidence: at most one per area.</summary>
public sealed class FeedbackEvidenceRequest
{
    public Guid AreaId { get; private set; }
    public int Level { get; private set; }
    /// <summary>The pending evidence in the Competence module.</summary>
    public Guid EvidenceId { get; private set; }
    public DateTime RequestedAt { get; private set; }

    private FeedbackEvidenceRequest() { }

    internal FeedbackEvidenceRequest(Guid areaId, int level, Guid evidenceId, DateTime requestedAt)
    {
        AreaId = areaId;
        Level = level;
        EvidenceId = evidenceId;
        RequestedAt = DateTime.SpecifyKind(requestedAt, DateTimeKind.Utc);
    }
}
