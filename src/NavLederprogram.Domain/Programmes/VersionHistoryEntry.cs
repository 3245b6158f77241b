using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class VersionHistoryEntry
{
    public VersionHistoryAction Action { get; private set; }
    public ApprovalParty? Party { get; private set; }
    public Actor By { get; private set; } = null!;
    public DateTime At { get; private set; }

    private VersionHistoryEntry() { }

    internal VersionHistoryEntry(VersionHistoryAction action, ApprovalParty? party, Actor by, DateTime at)
    {
        Action = action;
        Party = party;
        By = by with { };
        At = at;
    }
}
