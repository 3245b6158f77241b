namespace NavLederprogram.PeerSupervision;

public sealed class AgreementInput
{
    public string? Confidentiality { get; set; }
    public string? MeetingFrequency { get; set; }
    public string? Method { get; set; }
    public string? CaseAnonymisation { get; set; }
    /// <summary>Attended meetings within the period that count as participation; the settings' default when empty.</summary>
    public int? MeetingsForEvidence { get; set; }
    public int? EvidencePeriodMonths { get; set; }
}
