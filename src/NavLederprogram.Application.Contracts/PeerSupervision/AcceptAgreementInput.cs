namespace NavLederprogram.PeerSupervision;

/// <summary>The agreement version the member read and accepts.</summary>
public sealed class AcceptAgreementInput
{
    public int? Version { get; set; }
}
