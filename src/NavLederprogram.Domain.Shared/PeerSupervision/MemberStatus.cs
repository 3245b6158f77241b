namespace NavLederprogram.PeerSupervision;

public enum MemberStatus
{
    Invited,
    Active,
    Declined,
    Left,
}
