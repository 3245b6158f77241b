namespace NavLederprogram.PeerSupervision;

/// <summary>A person invited to a group, and where they stand: invited, active, declined or left.</summary>
public class GroupMember
{
    public Guid PersonId { get; private set; }
    /// <summary>The office the person belonged to when invited; counts per office use it.</summary>
    public Guid OfficeId { get; private set; }
    public MemberStatus Status { get; internal set; }
    public DateTime InvitedAt { get; internal set; }
    public DateTime? AnsweredAt { get; internal set; }
    /// <summary>The agreement version the member last accepted; access needs the current one.</summary>
    public int? AcceptedAgreementVersion { get; internal set; }

    private GroupMember() { }

    internal GroupMember(Guid personId, Guid officeId, DateTime now)
    {
        PersonId = personId;
        OfficeId = officeId;
        Reinvite(officeId, now);
    }

    internal void Reinvite(Guid officeId, DateTime now)
    {
        OfficeId = officeId;
        Status = MemberStatus.Invited;
        InvitedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc);
        AnsweredAt = null;
        AcceptedAgreementVersion = null;
    }

    /// <summary>Invited or active: holds a place in the group.</summary>
    public bool HoldsPlace => Status is MemberStatus.Invited or MemberStatus.Active;
}
