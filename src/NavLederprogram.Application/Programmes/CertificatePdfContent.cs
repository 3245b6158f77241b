namespace NavLederprogram.Programmes;

/// <summary>What the printed certificate says.</summary>
public sealed record CertificatePdfContent(
    string PersonName,
    string ProgrammeName,
    string CohortName,
    DateOnly CohortStartsOn,
    DateOnly? CohortEndsOn,
    DateOnly CompletedOn,
    IReadOnlyList<string> ModuleTitles,
    string VerificationCode,
    string VerificationUrl);
