using NavLederprogram.Entities;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// A member's private reflection note after a meeting. <see cref="ProtectedText"/> is ciphertext under the author's own key:
/// the row alone reveals nothing. The author may share one note with the group and withdraw the share.
/// </summary>
public class SupervisionReflection : AuditedAggregateRoot
{
    public Guid AuthorPersonId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid? MeetingId { get; private set; }
    public string ProtectedText { get; private set; } = "";
    public DateTime? SharedWithGroupAt { get; private set; }

    private SupervisionReflection() { }

    public SupervisionReflection(Guid id, Guid authorPersonId, Guid groupId, Guid? meetingId, string protectedText) : base(id)
    {
        AuthorPersonId = authorPersonId;
        GroupId = groupId;
        MeetingId = meetingId;
        ProtectedText = protectedText;
    }

    public bool IsShared => SharedWithGroupAt is not null;

    public void Rewrite(string protectedText) => ProtectedText = protectedText;

    public void Share(DateTime now) => SharedWithGroupAt ??= DateTime.SpecifyKind(now, DateTimeKind.Utc);

    public void WithdrawShare() => SharedWithGroupAt = null;
}
