using NavLederprogram.Entities;

namespace NavLederprogram.PeerSupervision;

/// <summary>A case a member brings to a meeting: a short, anonymised description of a situation with a user of NAV.</summary>
public class SupervisionCase : AuditedAggregateRoot
{
    public Guid GroupId { get; private set; }
    public Guid MeetingId { get; private set; }
    public Guid AuthorPersonId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    private SupervisionCase() { }

    public SupervisionCase(Guid id, Guid groupId, Guid meetingId, Guid authorPersonId, string title, string description) : base(id)
    {
        GroupId = groupId;
        MeetingId = meetingId;
        AuthorPersonId = authorPersonId;
        Rewrite(title, description);
    }

    public void Rewrite(string title, string description)
    {
        var t = title?.Trim() ?? "";
        var d = description?.Trim() ?? "";
        if (t.Length == 0 || t.Length > PeerSupervisionConsts.NameMax) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "title" };
        if (d.Length == 0 || d.Length > PeerSupervisionConsts.CaseMax) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "description" };
        (Title, Description) = (t, d);
    }
}
