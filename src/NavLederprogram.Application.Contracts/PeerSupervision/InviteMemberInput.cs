namespace NavLederprogram.PeerSupervision;

public sealed class InviteMemberInput
{
    public Guid? PersonId { get; set; }
}
