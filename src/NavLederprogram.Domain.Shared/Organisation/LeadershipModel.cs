namespace NavLederprogram.Organisation;

/// <summary>Ledermodell: one leader for the office, or a state and a municipal leader.</summary>
public enum LeadershipModel
{
    SingleLeader = 0,
    DualLeader = 1,
}
