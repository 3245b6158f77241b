namespace NavLederprogram.Organisation;

/// <summary>Ledermodell: one leader for the office, or a state and a municipal leader.</summary>
public enum LeadershipModel
{
    SingleLeader = 0,
    DualLeader = 1,
}

/// <summary>Who employs a person: the state (NAV), a municipality, or KS (the programme's co-owner, for its own staff).</summary>
public enum Employer
{
    State = 0,
    Municipality = 1,
    Ks = 2,
}
