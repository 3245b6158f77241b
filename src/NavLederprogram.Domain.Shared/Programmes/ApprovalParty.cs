namespace NavLederprogram.Programmes;

/// <summary>The two owners of the programme; a version is published when both have approved it.</summary>
public enum ApprovalParty { Ks = 1, Directorate = 2 }
