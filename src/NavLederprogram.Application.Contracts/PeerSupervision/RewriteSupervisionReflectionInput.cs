namespace NavLederprogram.PeerSupervision;

public sealed class RewriteSupervisionReflectionInput
{
    public string? Text { get; set; }
}
