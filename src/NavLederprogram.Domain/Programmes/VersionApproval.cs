using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class VersionApproval
{
    public ApprovalParty Party { get; private set; }
    public Actor ApprovedBy { get; private set; } = null!;
    public DateTime ApprovedAt { get; private set; }

    private VersionApproval() { }

    internal VersionApproval(ApprovalParty party, Actor by, DateTime at)
    {
        Party = party;
        // A copy of its own: EF keeps each owned value with one owner.
        ApprovedBy = by with { };
        ApprovedAt = at;
    }
}
