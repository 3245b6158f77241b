namespace NavLederprogram.PeerSupervision;

/// <summary>The author's new wording of a case, before its meeting begins; the name warning as for <see cref="BringCaseInput"/>.</summary>
public sealed class ChangeCaseInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public bool AcknowledgeNameWarning { get; set; }
}
