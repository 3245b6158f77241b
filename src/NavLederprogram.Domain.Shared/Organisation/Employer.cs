namespace NavLederprogram.Organisation;

/// <summary>Who employs a person: the state (NAV), a municipality, or KS (the programme's co-owner, for its own staff).</summary>
public enum Employer
{
    State = 0,
    Municipality = 1,
    Ks = 2,
}
