namespace NavLederprogram.Competence;

/// <summary>Uploaded evidence waits for an admin; evidence from the system's own modules is approved at once.</summary>
public enum EvidenceState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
