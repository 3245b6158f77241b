namespace NavLederprogram.Audit;

/// <summary>What an audit log entry records; retention is configured per kind.</summary>
public enum AuditKind
{
    /// <summary>A change an admin or coordinator made to data, with the values before and after.</summary>
    Change = 1,
    /// <summary>A role assignment or permission grant given or taken away.</summary>
    GrantChange = 2,
    SignIn = 3,
    SignInFailed = 4,
    /// <summary>An admin read another person's personal data (a profile, a plan, an export).</summary>
    PersonalDataRead = 5,
    /// <summary>A person's data erased or anonymised.</summary>
    Erasure = 6,
}
